// The whole scan: the cached Debian 12 root filesystem, copied twice; one copy gets Rampart's
// rendered user data, the other empty user data (a plain first boot); cloud-init applies each,
// oscap scans each, and the pass rates are taken over the in-scope rules (cis-scope.json).
import * as fs from "fs";
import * as path from "path";
import { loadLinuxBaseline, renderUserData } from "../../../stacks/os";
import { findPackageRoot } from "../../../stacks/os/paths";
import { ApplyResult, applyUserData } from "./apply-cloud-init";
import { CIS_PROFILE, ssgVersion } from "./content";
import { scanRootfs } from "./oscap";
import { PassRate, passRate } from "./pass-rate";
import { RuleResult } from "./results";
import { IMAGE_PACKAGES, SUITE, cacheKey, cachedRootfs, freshCopy } from "./rootfs";
import { ScanTools } from "./scan-tools";
import { loadScope } from "./scope";

export const WORK_DIR = path.join(findPackageRoot(), ".rampart-tmp", "os-scan");
export const REPORT_FILE = path.join(WORK_DIR, "report.json");

export interface SystemScan {
  name: "baseline" | "plain";
  rootfs: string;
  apply: ApplyResult;
  results: RuleResult[];
  rate: PassRate;
  seconds: number;
}

export interface ScanRun {
  ssgVersion: string;
  rootfsSeconds: number;
  baseline: SystemScan;
  plain: SystemScan;
  seconds: number;
}

export function baselineUserData(): string {
  return renderUserData(loadLinuxBaseline(), { osFamily: "debian", osVersion: "12" });
}

async function scanSystem(tools: ScanTools, cached: string, name: SystemScan["name"], userData: string): Promise<SystemScan> {
  const started = Date.now();
  const outDir = path.join(WORK_DIR, "run", name);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const rootfs = path.join(outDir, "rootfs");
  await freshCopy(cached, rootfs, path.join(outDir, "copy.log"));
  const apply = await applyUserData(tools, rootfs, userData, outDir, name);
  const results = await scanRootfs(tools.oscap, rootfs, outDir, name);
  return { name, rootfs, apply, results, rate: passRate(results, loadScope()), seconds: (Date.now() - started) / 1000 };
}

export async function runScan(tools: ScanTools): Promise<ScanRun> {
  const started = Date.now();
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const cached = await cachedRootfs(tools, WORK_DIR);
  const rootfsSeconds = (Date.now() - started) / 1000;
  // One after the other: the machine's cores are shared, and each step is mostly CPU.
  const baseline = await scanSystem(tools, cached, "baseline", baselineUserData());
  const plain = await scanSystem(tools, cached, "plain", "#cloud-config\n");
  const run: ScanRun = { ssgVersion: ssgVersion(), rootfsSeconds, baseline, plain, seconds: (Date.now() - started) / 1000 };
  fs.writeFileSync(REPORT_FILE, JSON.stringify(report(run), null, 2) + "\n");
  return run;
}

function systemReport(s: SystemScan) {
  return {
    passed: s.rate.passed,
    failed: s.rate.failed,
    rate: Number(s.rate.rate.toFixed(4)),
    failing: s.rate.failing.map(({ id, title }) => ({ id, title })),
    undecided: s.rate.undecided.map(({ id, title, result }) => ({ id, title, result })),
    excluded: s.rate.excluded.map(({ id, result, exclusion }) => ({ id, result, category: exclusion.category })),
    cloudInit: {
      stages: s.apply.stages.map(({ command, status }) => ({ command, status })),
      errors: s.apply.cloudInitErrors,
      rollbackMessages: s.apply.rollbackMessages,
      sshdCheck: { status: s.apply.sshdCheck.status, output: s.apply.sshdCheck.output.trim() },
      log: s.apply.log,
    },
    seconds: Math.round(s.seconds),
  };
}

export function report(run: ScanRun) {
  return {
    profile: CIS_PROFILE,
    content: `ssg-debian ${run.ssgVersion} (Debian sid), ssg-debian12-ds.xml`,
    rootfs: { suite: SUITE, key: cacheKey(), packages: IMAGE_PACKAGES },
    baseline: systemReport(run.baseline),
    plain: systemReport(run.plain),
    seconds: { rootfs: Math.round(run.rootfsSeconds), total: Math.round(run.seconds) },
  };
}
