// The runcmd commands that edit files and remove packages, run for real by sh against copies
// and stand-ins: the system's own files and packages are never touched.
import * as fs from "fs";
import * as path from "path";
import { loadLinuxBaseline } from "../../stacks/os";
import { auditdConfCommands } from "../../stacks/os/render-auditd";
import { loginDefsCommands } from "../../stacks/os/render-login-defs";
import { removePackagesCommand } from "../../stacks/os/render-packages";
import { sshdApplyCommand } from "../../stacks/os/render-sshd";
import { setConfigKeyCommand, shQuote } from "../../stacks/os/shell";
import { requireTool, run, tempDir } from "./tools";

const SH = requireTool("sh", "dash");
const baseline = loadLinuxBaseline();

function runAll(commands: string[], env: NodeJS.ProcessEnv = process.env): void {
  for (const command of commands) {
    const result = run(SH, ["-c", command], { env });
    expect({ command, status: result.status, stderr: result.stderr }).toEqual({ command, status: 0, stderr: "" });
  }
}

/** Active (uncommented) lines of a config file, split into key and value. */
function activeLines(text: string, separator: RegExp): [string, string][] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const [key, ...rest] = l.split(separator);
      return [key, rest.join(" ").trim()];
    });
}

// A login.defs in the style Debian and Amazon Linux ship: commented docs, tab-separated values.
const LOGIN_DEFS_SAMPLE = `#
# PASS_MAX_DAYS   Maximum number of days a password may be used.
#PASS_MAX_DAYS 30
PASS_MAX_DAYS\t99999
PASS_MIN_DAYS\t0
UMASK\t\t022
ENCRYPT_METHOD SHA512
`;

describe("login.defs commands", () => {
  const source = fs.existsSync("/etc/login.defs") ? fs.readFileSync("/etc/login.defs", "utf8") : LOGIN_DEFS_SAMPLE;

  it.each([
    ["this system's /etc/login.defs (a copy)", source],
    ["a sample with commented defaults and a missing key", LOGIN_DEFS_SAMPLE],
    ["an empty file", ""],
  ])("set each key exactly once in %s and are idempotent", (_label, content) => {
    const file = path.join(tempDir(), "login.defs");
    fs.writeFileSync(file, content);
    const commands = loginDefsCommands(baseline.loginDefs, file);
    runAll(commands);
    const once = fs.readFileSync(file, "utf8");
    const lines = activeLines(once, /\s+/);
    for (const [key, value] of Object.entries(baseline.loginDefs)) {
      expect({ key, values: lines.filter(([k]) => k === key).map(([, v]) => v) }).toEqual({ key, values: [String(value)] });
    }
    runAll(commands);
    expect(fs.readFileSync(file, "utf8")).toBe(once);
  });

  it("leaves comments and other keys alone", () => {
    const file = path.join(tempDir(), "login.defs");
    fs.writeFileSync(file, LOGIN_DEFS_SAMPLE);
    runAll(loginDefsCommands(baseline.loginDefs, file));
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("#PASS_MAX_DAYS 30\n");
    expect(text).toContain("ENCRYPT_METHOD SHA512\n");
  });
});

describe("auditd.conf commands", () => {
  const SAMPLE = "log_file = /var/log/audit/audit.log\nspace_left = 5%\nspace_left_action = email\nadmin_space_left=10\n";

  it("set every key, without confusing space_left with space_left_action", () => {
    const file = path.join(tempDir(), "auditd.conf");
    fs.writeFileSync(file, SAMPLE);
    runAll(auditdConfCommands(baseline.auditd.config, file));
    const lines = new Map(activeLines(fs.readFileSync(file, "utf8"), /\s*=\s*/));
    for (const [key, value] of Object.entries(baseline.auditd.config)) expect([key, lines.get(key)]).toEqual([key, String(value)]);
    expect(lines.get("log_file")).toBe("/var/log/audit/audit.log");
  });

  it("write values with sed's special characters literally", () => {
    const file = path.join(tempDir(), "auditd.conf");
    fs.writeFileSync(file, "name = old\n");
    runAll([setConfigKeyCommand(file, "name", "a|b&c\\d", "equals")]);
    expect(fs.readFileSync(file, "utf8")).toBe("name = a|b&c\\d\n");
  });
});

/** A folder of stand-in commands that log their arguments, put first on PATH. */
function fakeCommands(scripts: Record<string, string>): { env: NodeJS.ProcessEnv; log: () => string[] } {
  const dir = tempDir();
  const log = path.join(dir, "calls.log");
  for (const [name, body] of Object.entries(scripts)) {
    fs.writeFileSync(path.join(dir, name), `#!/bin/sh\necho "${name} DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> ${shQuote(log)}\n${body}\n`, { mode: 0o755 });
  }
  // Without DEBIAN_FRONTEND from the caller, so the log shows whether the command sets it itself.
  const { DEBIAN_FRONTEND: _ignored, ...inherited } = process.env;
  return {
    env: { ...inherited, PATH: `${dir}:${process.env.PATH}` },
    log: () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter(Boolean) : []),
  };
}

describe("package removal", () => {
  it("on Debian purges only packages dpkg reports installed (real dpkg-query, stand-in apt-get)", () => {
    requireTool("dpkg-query", "dpkg");
    const fake = fakeCommands({ "apt-get": "exit 0" });
    runAll([removePackagesCommand("debian", ["bash", "rampart-no-such-package"])!], fake.env);
    expect(fake.log()).toEqual(["apt-get DEBIAN_FRONTEND=noninteractive purge -y bash"]);
  });

  it("on Amazon Linux removes only packages rpm reports installed (stand-ins for rpm and dnf)", () => {
    const fake = fakeCommands({ rpm: '[ "$3" = telnet ]', dnf: "exit 0" });
    runAll([removePackagesCommand("amazon-linux", ["telnet", "ypserv"])!], fake.env);
    expect(fake.log().filter((l) => l.startsWith("dnf"))).toEqual(["dnf DEBIAN_FRONTEND= remove -y telnet"]);
  });

  it("renders nothing for an empty list", () => {
    expect(removePackagesCommand("debian", [])).toBeUndefined();
  });
});

describe("shQuote", () => {
  it.each([["plain-word_1.2"], ["two words"], ["it's"], ["$(reboot)"], [""]])("round-trips %j through sh", (word) => {
    const result = run(SH, ["-c", `printf '%s' ${shQuote(word)}`]);
    expect(result.stdout).toBe(word);
  });
});

describe("the sshd apply command (lockout guard)", () => {
  // Stand-ins for sshd and systemctl that record their calls; the real ones are never run here.
  function standIns(sshdExit: number) {
    const dir = tempDir();
    const calls = path.join(dir, "calls");
    const tool = (name: string, exit: number) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, `#!/bin/sh\necho "${name} $*" >> ${shQuote(calls)}\nexit ${exit}\n`, { mode: 0o755 });
      return file;
    };
    const config = path.join(dir, "sshd_config");
    fs.writeFileSync(config, "Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin yes\n");
    const block = path.join(dir, "sshd_config.block");
    fs.writeFileSync(block, "# BEGIN Rampart\nPermitRootLogin no\n# END Rampart\n");
    const command = sshdApplyCommand("debian", { sshd: tool("sshd", sshdExit), systemctl: tool("systemctl", 0), config, block, privsepDir: path.join(dir, "run-sshd") });
    const result = run(SH, ["-c", command]);
    return { result, config, block, calls: fs.existsSync(calls) ? fs.readFileSync(calls, "utf8").trim().split("\n") : [] };
  }

  it("restarts sshd when sshd -t accepts the merged file, which starts with the block", () => {
    const { result, config, block, calls } = standIns(0);
    expect(result.status).toBe(0);
    expect(calls).toEqual(["sshd -t", "systemctl restart ssh"]);
    expect(fs.readFileSync(config, "utf8")).toBe("# BEGIN Rampart\nPermitRootLogin no\n# END Rampart\nInclude /etc/ssh/sshd_config.d/*.conf\n# superseded by Rampart: PermitRootLogin yes\n");
    expect(fs.readFileSync(`${config}.rampart-previous`, "utf8")).toBe("Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin yes\n");
    expect(fs.existsSync(block)).toBe(false);
  });

  it("when sshd -t refuses it: no restart, the previous file back (so a reboot cannot lock anyone out), the reason on stderr, exit 1", () => {
    const { result, config, calls } = standIns(255);
    expect(calls).toEqual(["sshd -t"]);
    expect(fs.readFileSync(config, "utf8")).toBe("Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin yes\n");
    expect(result.stderr).toBe(`rampart: sshd -t rejected the baseline's settings in ${config}; the previous file was restored and sshd keeps it\n`);
    expect(result.status).toBe(1);
  });

  it("when the block cannot be merged (no block file), leaves sshd_config as it was and says so", () => {
    const dir = tempDir();
    const config = path.join(dir, "sshd_config");
    fs.writeFileSync(config, "PermitRootLogin yes\n");
    const command = sshdApplyCommand("debian", { sshd: "/bin/false", systemctl: "/bin/false", config, block: path.join(dir, "missing") });
    const result = run(SH, ["-c", command]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`rampart: could not write the baseline's settings into ${config}; it was left as it was`);
    expect(fs.readFileSync(config, "utf8")).toBe("PermitRootLogin yes\n");
    expect(fs.readdirSync(dir).sort()).toEqual(["sshd_config", "sshd_config.rampart-previous"]);
  });
});
