// The rendered sshd drop-in checked by the real OpenSSH server: `sshd -t` accepts it, and
// `sshd -T` shows that it wins over Debian's sshd_config and over a cloud-init drop-in.
import * as fs from "fs";
import * as path from "path";
import { loadLinuxBaseline, renderSshdConfig } from "../../stacks/os";
import { SshdValue } from "../../stacks/os/types";
import { ensureSshPrivsepDir, hostKey, osTools, run, tempDir } from "./tools";

const tools = osTools({ sshd: ["/usr/sbin/sshd", "openssh-server"], keygen: ["ssh-keygen", "openssh-client"] });
const describe = tools.describe;
const SSHD = tools.path.sshd;
const baseline = loadLinuxBaseline();

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
