// The rendered sshd block checked by the real OpenSSH server: `sshd -t` accepts it, and once the
// apply command has merged it into Debian's sshd_config, `sshd -T` shows that it wins over the
// distribution's defaults and over a cloud-init drop-in.
import * as fs from "fs";
import * as path from "path";
import { OS_RELEASES, OsRelease, acceptedAlgorithms, loadLinuxBaseline, renderSshdConfig, sshdSettingsFor } from "../../stacks/os";
import { SSHD_BLOCK_BEGIN, sshdApplyCommand } from "../../stacks/os/render-sshd";
import { ALGORITHM_DIRECTIVES, opensshVersion } from "../../stacks/os/openssh";
import { SshdValue } from "../../stacks/os/types";
import { ensureSshPrivsepDir, hostKey, osTools, run, sshdVersion, tempDir } from "./tools";

const tools = osTools({ sshd: ["/usr/sbin/sshd", "openssh-server"], keygen: ["ssh-keygen", "openssh-client"] });
const describe = tools.describe;
const SSHD = tools.path.sshd;
const loaded = loadLinuxBaseline();
// This machine's sshd stands for a release with its OpenSSH version: the baseline as rendered for it.
const machineOpenssh = describe === globalThis.describe.skip ? "9.2" : sshdVersion(SSHD);
const machineRelease: OsRelease = { ...OS_RELEASES[0], name: `this machine (OpenSSH ${machineOpenssh})`, openssh: machineOpenssh };
const baseline = { ...loaded, sshd: { ...loaded.sshd, settings: sshdSettingsFor(loaded.sshd.settings, machineRelease) } };

// Only when the tests run: creating it needs root, like installing the tools.
if (describe !== globalThis.describe.skip) beforeAll(ensureSshPrivsepDir);

function writeBlock(dir: string, settings: Record<string, SshdValue>): string {
  const file = path.join(dir, "sshd_config.block");
  fs.writeFileSync(file, renderSshdConfig({ settings }), { mode: 0o600 });
  return file;
}

/** sshd -T prints times in seconds: 30s → 30, 1m30s → 90. */
function seconds(value: SshdValue): string {
  const text = String(value);
  if (/^\d+$/.test(text)) return text;
  const unit: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
  let total = 0;
  for (const [, n, u] of text.matchAll(/(\d+)([smhdw])/gi)) total += Number(n) * unit[u.toLowerCase()];
  return String(total);
}

/** What `sshd -T` prints for a baseline directive (lower-case name, comma-joined lists, times in seconds). */
function expected(directive: string, value: SshdValue): [string, string] {
  // ChallengeResponseAuthentication is an alias that sshd -T reports under its new name.
  const name = directive === "ChallengeResponseAuthentication" ? "kbdinteractiveauthentication" : directive.toLowerCase();
  if (Array.isArray(value)) return [name, value.join(",")];
  if (directive === "LoginGraceTime" || directive === "ClientAliveInterval") return [name, seconds(value)];
  return [name, String(value)];
}

describe("sshd -t", () => {
  it("accepts the rendered block without errors or warnings", () => {
    const dir = tempDir();
    const result = run(SSHD, ["-t", "-f", writeBlock(dir, baseline.sshd.settings), "-h", hostKey(dir)]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("really checks: it rejects a block with an algorithm OpenSSH does not know", () => {
    const dir = tempDir();
    const settings = { ...baseline.sshd.settings, Ciphers: ["aes128-nope"] };
    const result = run(SSHD, ["-t", "-f", writeBlock(dir, settings), "-h", hostKey(dir)]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/cipher spec 'aes128-nope'/);
  });
});

// The table's claims tried one by one on the real server: sshd -t accepts a block naming an
// algorithm exactly when the table says this OpenSSH version has it.
describe("Rampart's OpenSSH table against this machine's sshd", () => {
  it.each(ALGORITHM_DIRECTIVES.map((d) => [d]))("%s: sshd -t accepts what the table says this version has, and refuses what came later", (directive) => {
    const dir = tempDir();
    const key = hostKey(dir);
    const accepts = (algorithm: string) => run(SSHD, ["-t", "-f", writeBlock(dir, { [directive]: [algorithm] }), "-h", key]).status === 0;
    const accepted = acceptedAlgorithms(directive, machineOpenssh);
    const all = acceptedAlgorithms(directive, "99.0");
    const verdicts = Object.fromEntries(all.map((a) => [a, accepts(a)]));
    expect(verdicts).toEqual(Object.fromEntries(all.map((a) => [a, accepted.includes(a)])));
  });

  it("a supported release on this machine's distribution has this machine's OpenSSH version in the table", () => {
    const osRelease = fs.existsSync("/etc/os-release") ? fs.readFileSync("/etc/os-release", "utf8") : "";
    const id = /^ID=(.*)$/m.exec(osRelease)?.[1].replace(/"/g, "");
    const version = /^VERSION_ID=(.*)$/m.exec(osRelease)?.[1].replace(/"/g, "");
    const release = OS_RELEASES.find((r) => r.family === id && r.version === version);
    if (!release) return void console.warn(`this machine (${id} ${version}) is no release of the table; its OpenSSH version was not compared`);
    expect(opensshVersion(release.openssh)).toEqual(opensshVersion(machineOpenssh));
  });
});

describe("list directives", () => {
  it("writes algorithms comma-separated and AllowGroups space-separated, as sshd reads them", () => {
    const dir = tempDir();
    const settings = { ...baseline.sshd.settings, AllowGroups: ["ssm-user", "admins"] };
    const file = writeBlock(dir, settings);
    expect(fs.readFileSync(file, "utf8")).toMatch(/^AllowGroups ssm-user admins$/m);
    const result = run(SSHD, ["-T", "-f", file, "-h", hostKey(dir)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^allowgroups ssm-user$/m);
    expect(result.stdout).toMatch(/^allowgroups admins$/m);
    expect(result.stdout).toMatch(/^ciphers chacha20-poly1305@openssh\.com,aes256-gcm@openssh\.com,/m);
  });
});

describe("the apply command on the distribution's sshd_config, checked by the real sshd", () => {
  /** The packaged sshd_config in `dir`, its Include pointed at `dir`/sshd_config.d, and an sshd that reads it. */
  function distribution(dir: string) {
    const dropIns = path.join(dir, "sshd_config.d");
    fs.mkdirSync(dropIns);
    const packaged = fs.readFileSync("/etc/ssh/sshd_config", "utf8");
    expect(packaged).toMatch(/^Include \/etc\/ssh\/sshd_config\.d\/\*\.conf$/m);
    const config = path.join(dir, "sshd_config");
    fs.writeFileSync(config, packaged.replace("/etc/ssh/sshd_config.d/", `${dropIns}/`), { mode: 0o644 });
    // What cloud-init writes when ssh_pwauth is true, plus a careless local change.
    fs.writeFileSync(path.join(dropIns, "50-cloud-init.conf"), "PasswordAuthentication yes\nPermitRootLogin yes\nX11Forwarding yes\n");
    const key = hostKey(dir);
    const sshd = path.join(dir, "sshd");
    fs.writeFileSync(sshd, `#!/bin/sh\nexec ${SSHD} -f ${config} -h ${key} "$@"\n`, { mode: 0o755 });
    const systemctl = path.join(dir, "systemctl");
    fs.writeFileSync(systemctl, `#!/bin/sh\necho "systemctl $*" > ${path.join(dir, "restarted")}\n`, { mode: 0o755 });
    return { config, key, packaged, targets: { sshd, systemctl, config, block: writeBlock(dir, baseline.sshd.settings) } };
  }

  function effectiveSettings(config: string, key: string): Map<string, string> {
    const result = run(SSHD, ["-T", "-f", config, "-h", key]);
    expect(result.status).toBe(0);
    return new Map(
      result.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf(" ")), line.slice(line.indexOf(" ") + 1)] as [string, string]),
    );
  }

  it("applies every baseline value, ahead of Debian's defaults and cloud-init's 50-cloud-init.conf, and restarts sshd", () => {
    const dir = tempDir();
    const { config, key, targets } = distribution(dir);
    const result = run("sh", ["-c", sshdApplyCommand("debian", targets)]);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(fs.readFileSync(path.join(dir, "restarted"), "utf8")).toBe("systemctl restart ssh\n");
    expect(fs.statSync(config).mode & 0o777).toBe(0o600);
    const effective = effectiveSettings(config, key);
    for (const [directive, value] of Object.entries(baseline.sshd.settings)) {
      const [name, text] = expected(directive, value);
      expect({ directive, effective: effective.get(name) }).toEqual({ directive, effective: text });
    }
  });

  it("leaves one active line per baseline directive outside Match blocks, so a scanner reading the file agrees with sshd", () => {
    const dir = tempDir();
    const { config, targets } = distribution(dir);
    fs.appendFileSync(config, "X11Forwarding yes\nmaxauthtries=6\nMatch User backup\n  X11Forwarding yes\n");
    expect(run("sh", ["-c", sshdApplyCommand("debian", targets)]).status).toBe(0);
    const text = fs.readFileSync(config, "utf8");
    const beforeMatch = text.slice(0, text.indexOf("\nMatch User backup"));
    expect(beforeMatch.match(/^X11Forwarding .*/gm)).toEqual(["X11Forwarding no"]);
    expect(beforeMatch).toMatch(/^# superseded by Rampart: maxauthtries=6$/m);
    expect(text).toMatch(/^Match User backup\n {2}X11Forwarding yes$/m);
    expect(text.startsWith(`${SSHD_BLOCK_BEGIN}\n`)).toBe(true);
  });

  it("run twice, replaces its block instead of adding a second one", () => {
    const dir = tempDir();
    const { config, targets } = distribution(dir);
    const block = fs.readFileSync(targets.block, "utf8");
    expect(run("sh", ["-c", sshdApplyCommand("debian", targets)]).status).toBe(0);
    const once = fs.readFileSync(config, "utf8");
    fs.writeFileSync(targets.block, block);
    expect(run("sh", ["-c", sshdApplyCommand("debian", targets)]).status).toBe(0);
    expect(fs.readFileSync(config, "utf8")).toBe(once);
  });

  it("when sshd -t refuses the result, puts the previous sshd_config back, does not restart, and says so", () => {
    const dir = tempDir();
    const { config, packaged, targets } = distribution(dir);
    fs.writeFileSync(targets.block, renderSshdConfig({ settings: { ...baseline.sshd.settings, Ciphers: ["aes128-nope"] } }));
    const before = fs.readFileSync(config, "utf8");
    const result = run("sh", ["-c", sshdApplyCommand("debian", targets)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`rampart: sshd -t rejected the baseline's settings in ${config}; the previous file was restored and sshd keeps it`);
    expect(fs.readFileSync(config, "utf8")).toBe(before);
    expect(before).toContain(packaged.split("\n")[0]);
    expect(fs.existsSync(path.join(dir, "restarted"))).toBe(false);
  });
});
