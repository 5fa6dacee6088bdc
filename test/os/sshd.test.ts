// The rendered sshd drop-in checked by the real OpenSSH server: `sshd -t` accepts it, and
// `sshd -T` shows that it wins over Debian's sshd_config and over a cloud-init drop-in.
import * as fs from "fs";
import * as path from "path";
import { OS_RELEASES, OsRelease, acceptedAlgorithms, loadLinuxBaseline, renderSshdConfig, sshdSettingsFor } from "../../stacks/os";
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

function writeDropIn(dir: string, settings: Record<string, SshdValue>): string {
  const file = path.join(dir, "00-rampart.conf");
  fs.writeFileSync(file, renderSshdConfig({ dropInPath: "/etc/ssh/sshd_config.d/00-rampart.conf", settings }), { mode: 0o600 });
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
  it("accepts the rendered drop-in without errors or warnings", () => {
    const dir = tempDir();
    const result = run(SSHD, ["-t", "-f", writeDropIn(dir, baseline.sshd.settings), "-h", hostKey(dir)]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("really checks: it rejects a drop-in with an algorithm OpenSSH does not know", () => {
    const dir = tempDir();
    const settings = { ...baseline.sshd.settings, Ciphers: ["aes128-nope"] };
    const result = run(SSHD, ["-t", "-f", writeDropIn(dir, settings), "-h", hostKey(dir)]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/cipher spec 'aes128-nope'/);
  });
});

// The table's claims tried one by one on the real server: sshd -t accepts a drop-in naming an
// algorithm exactly when the table says this OpenSSH version has it.
describe("Rampart's OpenSSH table against this machine's sshd", () => {
  it.each(ALGORITHM_DIRECTIVES.map((d) => [d]))("%s: sshd -t accepts what the table says this version has, and refuses what came later", (directive) => {
    const dir = tempDir();
    const key = hostKey(dir);
    const accepts = (algorithm: string) => run(SSHD, ["-t", "-f", writeDropIn(dir, { [directive]: [algorithm] }), "-h", key]).status === 0;
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
    const file = writeDropIn(dir, settings);
    expect(fs.readFileSync(file, "utf8")).toMatch(/^AllowGroups ssm-user admins$/m);
    const result = run(SSHD, ["-T", "-f", file, "-h", hostKey(dir)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^allowgroups ssm-user$/m);
    expect(result.stdout).toMatch(/^allowgroups admins$/m);
    expect(result.stdout).toMatch(/^ciphers chacha20-poly1305@openssh\.com,aes256-gcm@openssh\.com,/m);
  });
});

describe("sshd -T with the distribution's sshd_config", () => {
  it("applies every baseline value, ahead of Debian's defaults and cloud-init's 50-cloud-init.conf", () => {
    const dir = tempDir();
    const dropIns = path.join(dir, "sshd_config.d");
    fs.mkdirSync(dropIns);
    // The packaged sshd_config, with its Include pointed at our folder.
    const packaged = fs.readFileSync("/etc/ssh/sshd_config", "utf8");
    expect(packaged).toMatch(/^Include \/etc\/ssh\/sshd_config\.d\/\*\.conf$/m);
    const main = path.join(dir, "sshd_config");
    fs.writeFileSync(main, packaged.replace("/etc/ssh/sshd_config.d/", `${dropIns}/`));
    writeDropIn(dropIns, baseline.sshd.settings);
    // What cloud-init writes when ssh_pwauth is true, plus a careless local change.
    fs.writeFileSync(path.join(dropIns, "50-cloud-init.conf"), "PasswordAuthentication yes\nPermitRootLogin yes\nX11Forwarding yes\n");

    const result = run(SSHD, ["-T", "-f", main, "-h", hostKey(dir)]);
    expect(result.status).toBe(0);
    const effective = new Map(
      result.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const space = line.indexOf(" ");
          return [line.slice(0, space), line.slice(space + 1)] as [string, string];
        }),
    );
    for (const [directive, value] of Object.entries(baseline.sshd.settings)) {
      const [name, text] = expected(directive, value);
      expect({ directive, effective: effective.get(name) }).toEqual({ directive, effective: text });
    }
  });
});

