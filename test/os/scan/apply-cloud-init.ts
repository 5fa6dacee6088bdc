// Applies user data to a root filesystem with the real cloud-init it contains, as a first boot
// would: a NoCloud seed, then the four stages in order, in one namespace (the stages hand state to
// each other through /run/cloud-init). Packages the user data asks for come from deb.debian.org
// through the root filesystem's own apt; policy-rc.d keeps their services from starting.
// The real sshd then checks the configuration it was left with (sshd -t).
import * as fs from "fs";
import * as path from "path";
import { ChrootTools, runInChroot } from "./chroot";

const SEED_DIR = "var/lib/cloud/seed/nocloud";
// Scan-only cloud-init settings: read the seed, and leave this machine's network alone.
const HARNESS_CFG = "etc/cloud/cloud.cfg.d/99-os-scan.cfg";
const POLICY_RC_D = "usr/sbin/policy-rc.d";

export const STAGES = [
  "cloud-init init --local",
  "cloud-init init",
  "cloud-init modules --mode config",
  "cloud-init modules --mode final",
];
const SSHD_CHECK = "/usr/sbin/sshd -t";
const RESULT = "cat /run/cloud-init/result.json";

export interface Section {
  command: string;
  status: number;
  output: string;
}

export interface ApplyResult {
  stages: Section[];
  sshdCheck: Section;
  /** cloud-init's own summary (/run/cloud-init/result.json): the errors of each stage. */
  cloudInitErrors: string[];
  /** Lines the user data printed to report a rollback ("rampart: sshd -t rejected ..."). */
  rollbackMessages: string[];
  log: string;
}

const BEGIN = "==os-scan-begin== ";
const END = "==os-scan-end== ";

function sectionScript(command: string): string {
  return `echo '${BEGIN}${command}'; ${command} 2>&1; echo "${END}$?"`;
}

export function parseSections(output: string): Section[] {
  const sections: Section[] = [];
  const pattern = new RegExp(`^${BEGIN}(.*)\\n([\\s\\S]*?)^${END}(\\d+)$`, "gm");
  for (const m of output.matchAll(pattern)) sections.push({ command: m[1], output: m[2], status: Number(m[3]) });
  return sections;
}

export async function applyUserData(tools: ChrootTools, rootfs: string, userData: string, outDir: string, name: string): Promise<ApplyResult> {
  const seed = path.join(rootfs, SEED_DIR);
  fs.mkdirSync(seed, { recursive: true });
  fs.writeFileSync(path.join(seed, "meta-data"), `instance-id: rampart-os-scan-${name}\nlocal-hostname: rampart-os-scan\n`);
  fs.writeFileSync(path.join(seed, "user-data"), userData);
  fs.writeFileSync(path.join(rootfs, HARNESS_CFG), "datasource_list: [NoCloud, None]\nnetwork: {config: disabled}\n");
  fs.writeFileSync(path.join(rootfs, POLICY_RC_D), "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  const log = path.join(outDir, `${name}-cloud-init.log`);
  fs.writeFileSync(log, "");
  const script = ["export DEBIAN_FRONTEND=noninteractive", ...STAGES.map(sectionScript), sectionScript(SSHD_CHECK), sectionScript(RESULT)].join("\n");
  try {
    await runInChroot(tools, rootfs, script, path.join(outDir, "stubs"), { name: `cloud-init applying the ${name} user data`, timeoutMs: 25 * 60_000, log });
  } finally {
    // Harness files out before the scan: they are not part of the system under test.
    fs.rmSync(path.join(rootfs, POLICY_RC_D), { force: true });
    fs.rmSync(path.join(rootfs, HARNESS_CFG), { force: true });
  }
  const output = fs.readFileSync(log, "utf8");
  // cloud-init also keeps its own log inside the root filesystem: copy it next to ours.
  for (const file of ["var/log/cloud-init.log", "var/log/cloud-init-output.log"]) {
    if (fs.existsSync(path.join(rootfs, file))) fs.copyFileSync(path.join(rootfs, file), path.join(outDir, `${name}-${path.basename(file)}`));
  }
  const sections = parseSections(output);
  const section = (command: string): Section => {
    const found = sections.find((s) => s.command === command);
    if (!found) throw new Error(`cloud-init applying the ${name} user data: "${command}" did not run to the end (log ${log})`);
    return found;
  };
  return {
    stages: STAGES.map(section),
    sshdCheck: section(SSHD_CHECK),
    cloudInitErrors: cloudInitErrors(section(RESULT).output),
    rollbackMessages: [...new Set(output.split("\n").filter((line) => /(^|\s)rampart:/.test(line)).map((line) => line.trim()))],
    log,
  };
}

function cloudInitErrors(resultJson: string): string[] {
  try {
    const result = JSON.parse(resultJson) as { v1?: { errors?: string[] } };
    return result.v1?.errors ?? [];
  } catch {
    return [`/run/cloud-init/result.json was not readable: ${resultJson.trim().slice(0, 200)}`];
  }
}
