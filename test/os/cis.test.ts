// The CIS Level 1 items of the baseline's "cis" section, checked by the real tools that read them:
// visudo for the sudoers drop-in (and the guard that keeps a bad one out), modprobe for the module
// blacklist, sh and bash for the login profile. Items switched off render nothing.
import * as fs from "fs";
import * as path from "path";
import { buildCloudConfig, loadLinuxBaseline, validateLinuxBaseline } from "../../stacks/os";
import { modprobeText, profileText, sudoersInstallCommand, sudoersText } from "../../stacks/os/render-cis";
import { CisItems } from "../../stacks/os/types";
import { osTools, run, tempDir } from "./tools";

const tools = osTools({ visudo: ["visudo", "sudo"], modprobe: ["modprobe", "kmod"], sh: ["sh", "dash"], bash: ["bash", "bash"] });
const describe = tools.describe;
const { visudo: VISUDO, modprobe: MODPROBE, sh: SH, bash: BASH } = tools.path;
const baseline = loadLinuxBaseline();
const cis = baseline.cis as CisItems & { [K in keyof CisItems]: Extract<CisItems[K], { enabled: true }> };

function write(name: string, content: string, mode = 0o644): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content, { mode });
  return file;
}

describe("sudo: use_pty, a log file and re-authentication, installed only when visudo -c accepts it", () => {
  it("visudo -c accepts the rendered drop-in", () => {
    const result = run(VISUDO, ["-cf", write("50-rampart", sudoersText(cis.sudo), 0o440)]);
    expect(result.stdout + result.stderr).toMatch(/parsed OK/);
    expect(result.status).toBe(0);
  });

  it("asks for the password again after timestamp_timeout minutes, at most 15", () => {
    expect(sudoersText(cis.sudo)).toMatch(/^Defaults timestamp_timeout=15$/m);
    const invalid = JSON.parse(JSON.stringify({ ...baseline, cis: { ...baseline.cis!, sudo: { ...cis.sudo, timestampTimeoutMinutes: -1 } } }));
    expect(() => validateLinuxBaseline(invalid, "negative.json")).toThrow(/timestampTimeoutMinutes/);
  });

  it("the install command installs an accepted drop-in and refuses a broken one, saying so", () => {
    const dir = tempDir();
    const target = path.join(dir, "50-rampart");
    const good = write("pending-good", sudoersText(cis.sudo), 0o440);
    expect(run(SH, ["-c", sudoersInstallCommand(good, target, VISUDO)])).toMatchObject({ status: 0, stderr: "" });
    expect(fs.readFileSync(target, "utf8")).toBe(sudoersText(cis.sudo));
    expect(fs.statSync(target).mode & 0o777).toBe(0o440);
    expect(fs.existsSync(good)).toBe(false);

    const badTarget = path.join(dir, "60-broken");
    const bad = write("pending-bad", "Defaults use_pty\nDefaults logfile=\n%%% not sudoers\n", 0o440);
    const result = run(SH, ["-c", sudoersInstallCommand(bad, badTarget, VISUDO)]);
    expect(result.stderr).toContain(`rampart: visudo -c rejected ${badTarget}; it was not installed`);
    expect(fs.existsSync(badTarget)).toBe(false);
  });

  it("a drop-in that breaks the whole configuration once installed is taken out again", () => {
    // A stand-in visudo that accepts the file alone but not the configuration it joins.
    const fake = write("visudo", `#!/bin/sh\ncase "$*" in *-cqf*) exit 0;; *) exit 1;; esac\n`, 0o755);
    const target = path.join(tempDir(), "50-rampart");
    const pending = write("pending", sudoersText(cis.sudo), 0o440);
    const result = run(SH, ["-c", sudoersInstallCommand(pending, target, fake)]);
    expect(fs.existsSync(target)).toBe(false);
    expect(result.stderr).toContain("it was removed again");
  });
});

describe("kernel modules: blacklisted, and their install command is /bin/false", () => {
  it("modprobe reads every one of them from the rendered file", () => {
    const shown = run(MODPROBE, ["--showconfig", "-C", write("50-rampart.conf", modprobeText(cis.kernelModules.disable))]).stdout;
    for (const name of cis.kernelModules.disable.map((m) => m.replace(/-/g, "_"))) {
      expect(shown).toMatch(new RegExp(`^blacklist ${name}$`, "m"));
      expect(shown).toMatch(new RegExp(`^install ${name} /bin/false$`, "m"));
    }
    expect(cis.kernelModules.disable).toEqual(expect.arrayContaining(["cramfs", "freevxfs", "hfs", "hfsplus", "jffs2", "udf", "usb-storage"]));
  });
});

describe.each([["sh"], ["bash"]])("the login profile in %s", (shell) => {
  const SHELL = shell === "sh" ? SH : BASH;
  const profile = () => write("50-rampart.sh", profileText(cis.shell));

  it("sets a read-only, exported TMOUT and the umask", () => {
    const file = profile();
    const result = run(SHELL, ["-c", `. '${file}'; echo "$TMOUT"; umask; sh -c 'echo "$TMOUT"'; (TMOUT=0) 2>/dev/null || echo refused`]);
    expect(result.stdout.trim().split("\n")).toEqual([String(cis.shell.timeoutSeconds), cis.shell.umask.padStart(4, "0"), String(cis.shell.timeoutSeconds), "refused"]);
  });

  it("can be sourced twice (a login shell may read profile.d again) without an error", () => {
    const file = profile();
    expect(run(SHELL, ["-c", `. '${file}'; . '${file}'; echo ok`])).toMatchObject({ status: 0, stdout: "ok\n", stderr: "" });
  });

  it("spells the timeout `declare -xr TMOUT=` for bash, at the start of a line, as scanners look for it", () => {
    expect(profileText(cis.shell)).toMatch(new RegExp(`^\\s*declare -xr TMOUT=${cis.shell.timeoutSeconds}$`, "m"));
  });
});

describe("the bashrc umask (interactive shells that are not login shells)", () => {
  it("is written into a copy of this machine's bash.bashrc, and bash then creates files with it", () => {
    const copy = write("bash.bashrc", fs.existsSync("/etc/bash.bashrc") ? fs.readFileSync("/etc/bash.bashrc", "utf8") : "# empty\n", 0o644);
    const command = buildCloudConfig(baseline, { osFamily: "debian", osVersion: "12" }).runcmd.find((c) => typeof c === "string" && c.includes("/etc/bash.bashrc"));
    expect(typeof command).toBe("string");
    expect(run(SH, ["-c", String(command).split("/etc/bash.bashrc").join(copy)])).toMatchObject({ status: 0, stderr: "" });
    expect(fs.readFileSync(copy, "utf8").match(/^\s*umask.*$/gm)).toEqual([`umask ${cis.shell.umask}`]);
    // PS1 set: Debian's bash.bashrc returns at once in a shell that is not interactive.
    expect(run(BASH, ["-c", `PS1='$ '; . '${copy}'; umask`]).stdout.trim()).toBe(cis.shell.umask.padStart(4, "0"));
  });

  it("goes to /etc/bashrc on Amazon Linux", () => {
    const runcmd = buildCloudConfig(baseline, { osFamily: "amazon-linux" }).runcmd.filter((c) => typeof c === "string" && /bash\.?rc/.test(c));
    expect(runcmd).toEqual([expect.stringContaining("/etc/bashrc")]);
  });
});

describe("what the cis section renders into the user data", () => {
  const config = buildCloudConfig(baseline, { osFamily: "debian", osVersion: "12" });
  const paths = config.write_files.map((f) => f.path);

  it("every item's files, the banner sshd shows, core dumps off and inactive accounts locked", () => {
    expect(paths).toEqual(expect.arrayContaining(["/etc/rampart/pending/50-rampart", cis.kernelModules.path, cis.coreDumps.limitsPath, cis.coreDumps.coredumpPath, cis.shell.path, "/etc/issue", "/etc/issue.net"]));
    expect(baseline.sshd.settings.Banner).toBe("/etc/issue.net");
    expect(config.write_files.find((f) => f.path === cis.coreDumps.coredumpPath)!.content).toMatch(/^\[Coredump\]\nStorage=none\nProcessSizeMax=0$/m);
    expect(config.write_files.find((f) => f.path === cis.coreDumps.limitsPath)!.content).toMatch(/^\* hard core 0$/m);
    expect(config.runcmd).toContainEqual(["useradd", "-D", "-f", String(cis.inactiveAccounts.days)]);
  });

  it("an item switched off with a reason renders nothing; switched off without one, the baseline is refused", () => {
    const off = { ...baseline, cis: { ...baseline.cis!, sudo: { enabled: false as const, reason: "sudo is not installed on these images" } } };
    expect(validateLinuxBaseline(JSON.parse(JSON.stringify(off)), "off.json")).toBeTruthy();
    expect(buildCloudConfig(off, { osFamily: "debian" }).write_files.map((f) => f.path)).not.toContain("/etc/rampart/pending/50-rampart");
    const noReason = JSON.parse(JSON.stringify({ ...baseline, cis: { ...baseline.cis!, sudo: { enabled: false } } }));
    expect(() => validateLinuxBaseline(noReason, "no-reason.json")).toThrow(/no-reason\.json: \$\.cis\.sudo/);
  });

  it("a baseline without a cis section still renders (nothing of it)", () => {
    const { cis: _omitted, ...older } = baseline;
    expect(buildCloudConfig(older, { osFamily: "debian" }).write_files.map((f) => f.path)).not.toContain(cis.shell.path);
  });
});
