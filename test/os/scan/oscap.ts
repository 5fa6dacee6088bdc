// Evaluates the CIS Level 1 Server profile offline against a root filesystem: OSCAP_PROBE_ROOT
// makes every probe read files under it instead of this machine's.
import * as fs from "fs";
import * as path from "path";
import { CIS_PROFILE, DATASTREAM } from "./content";
import { readResults, RuleResult } from "./results";
import { runStep } from "./step";

/** Runs oscap and returns the rule results; writes <outDir>/<name>-results.xml, -report.html and -oscap.log. */
export async function scanRootfs(oscap: string, rootfs: string, outDir: string, name: string): Promise<RuleResult[]> {
  const results = path.join(outDir, `${name}-results.xml`);
  const log = path.join(outDir, `${name}-oscap.log`);
  // The dpkginfo probe reads packages through libapt with RootDir set to the probe root, but libapt
  // reads this machine's apt.conf.d first; a setting there such as Docker's `Dir::Cache::pkgcache ""`
  // then points under the root filesystem and breaks it ("dpkginfo_init has failed", every
  // package-dependent rule "notapplicable"). APT_CONFIG is read before apt.conf.d: point both away.
  const aptConfig = path.join(outDir, "scan-apt.conf");
  const noParts = path.join(outDir, "apt.conf.d-empty");
  fs.mkdirSync(noParts, { recursive: true });
  fs.writeFileSync(aptConfig, `Dir::Etc::parts "${noParts}";\nDir::Etc::main "/dev/null";\n`);
  fs.writeFileSync(log, "");
  fs.rmSync(results, { force: true });
  // oscap exits 2 when some rule fails, which is what a scan is for; 1 is an error.
  await runStep(
    oscap,
    ["xccdf", "eval", "--skip-signature-validation", "--profile", CIS_PROFILE, "--results", results, "--report", path.join(outDir, `${name}-report.html`), DATASTREAM],
    { name: `oscap xccdf eval of the ${name} root filesystem`, timeoutMs: 20 * 60_000, log, okStatuses: [0, 2], env: { ...process.env, OSCAP_PROBE_ROOT: rootfs, APT_CONFIG: aptConfig } },
  );
  return readResults(results);
}
