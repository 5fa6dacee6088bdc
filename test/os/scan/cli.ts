// npm run os:scan: the OpenSCAP CIS Level 1 Server scan of Debian 12 with and without the baseline.
// Prints both pass rates and each failing in-scope rule; writes .rampart-tmp/os-scan/report.json.
import { formatRate } from "./pass-rate";
import { REPORT_FILE, runScan, SystemScan } from "./scan";
import { findScanTools } from "./scan-tools";

function describeSystem(s: SystemScan): string[] {
  const lines = [`${s.name}: ${formatRate(s.rate)} of the in-scope CIS Level 1 Server rules pass (${s.rate.excluded.filter((r) => r.result === "pass" || r.result === "fail").length} evaluated rules out of scope, ${Math.round(s.seconds)}s)`];
  // Inside the chroot, systemctl cannot reach a systemd and auditctl has no audit capability, so the
  // final stage's runcmd ends non-zero by design; the rollback messages are what matter.
  for (const stage of s.apply.stages) if (stage.status !== 0) lines.push(`  ${stage.command} exited ${stage.status}`);
  for (const error of s.apply.cloudInitErrors) lines.push(`  cloud-init error: ${error}`);
  for (const message of s.apply.rollbackMessages) lines.push(`  rollback: ${message}`);
  if (s.apply.sshdCheck.status !== 0) lines.push(`  sshd -t exited ${s.apply.sshdCheck.status}: ${s.apply.sshdCheck.output.trim()}`);
  for (const r of s.rate.undecided) lines.push(`  ${r.result}: ${r.id}  ${r.title}`);
  for (const r of s.rate.failing) lines.push(`  fail: ${r.id}  ${r.title}`);
  return lines;
}

async function main(): Promise<void> {
  const run = await runScan(findScanTools());
  console.log([`content: ssg-debian ${run.ssgVersion}, rootfs ${Math.round(run.rootfsSeconds)}s, total ${Math.round(run.seconds)}s`, ...describeSystem(run.baseline), ...describeSystem(run.plain), `report: ${REPORT_FILE}`].join("\n"));
}

main().catch((error: Error) => {
  console.error(`os:scan: ${error.message}`);
  process.exit(1);
});
