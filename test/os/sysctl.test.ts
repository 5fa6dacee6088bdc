// The rendered /etc/sysctl.d file read by the real sysctl in dry-run mode (it parses the file and
// looks every key up under /proc/sys, without writing anything).
import * as fs from "fs";
import * as path from "path";
import { loadLinuxBaseline, renderSysctlConf } from "../../stacks/os";
import { osTools, run, tempDir } from "./tools";

const tools = osTools({ sysctl: ["sysctl", "procps"] });
const describe = tools.describe;
const SYSCTL = tools.path.sysctl;
const baseline = loadLinuxBaseline();

// Keys that exist only when the kernel is built with an option. Cloud images (Debian, Ubuntu,
// Amazon Linux) enable both; minimal or micro-VM kernels may not, so their absence here is allowed.
const KERNEL_OPTION_KEYS: Record<string, string> = {
  "kernel.sysrq": "CONFIG_MAGIC_SYSRQ",
  "kernel.yama.ptrace_scope": "CONFIG_SECURITY_YAMA",
};

function dryRun(content: string) {
  const file = path.join(tempDir(), "90-rampart.conf");
  fs.writeFileSync(file, content);
  return run(SYSCTL, ["--dry-run", "-p", file]);
}

function missingKeys(stderr: string): string[] {
  return [...stderr.matchAll(/cannot stat \/proc\/sys\/(\S+): No such file or directory/g)].map((m) => m[1].replace(/\//g, "."));
}

describe("sysctl --dry-run -p on the rendered file", () => {
  const result = dryRun(renderSysctlConf(baseline.sysctl));
  const keys = Object.keys(baseline.sysctl.settings);

  it("parses every line", () => {
    expect(result.stderr).not.toMatch(/invalid syntax/);
  });

  it("finds every key under /proc/sys, except those that depend on a kernel build option", () => {
    const missing = missingKeys(result.stderr);
    for (const key of missing) expect({ key, allowedMissing: key in KERNEL_OPTION_KEYS }).toEqual({ key, allowedMissing: true });
    // Nothing else on stderr than those lookups.
    const otherErrors = result.stderr.split("\n").filter((line) => line && !/cannot stat \/proc\/sys\//.test(line));
    expect(otherErrors).toEqual([]);
    // And sysctl echoes "key = value" for each key it found.
    const echoed = result.stdout.split("\n").filter(Boolean);
    const found = keys.filter((k) => !missing.includes(k));
    expect(echoed.sort()).toEqual(found.map((k) => `${k} = ${baseline.sysctl.settings[k]}`).sort());
  });

  it("allows only baseline keys to be missing", () => {
    for (const key of Object.keys(KERNEL_OPTION_KEYS)) expect(keys).toContain(key);
  });

  it("really checks: a key the kernel does not have is reported", () => {
    const bogus = dryRun("net.ipv4.rampart_no_such_key = 1\n");
    expect(missingKeys(bogus.stderr)).toEqual(["net.ipv4.rampart_no_such_key"]);
  });
});
