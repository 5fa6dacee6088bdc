// The OS baseline validator: the shipped baseline passes; mistakes are reported with the file,
// the JSON path and the reason, all at once, and odd input never escapes as another error type.
import * as fs from "fs";
import * as path from "path";
import { LinuxBaseline } from "../../stacks/os/types";
import { findPackageRoot } from "../../stacks/os/paths";
import { LinuxBaselineError, loadLinuxBaselineFile, validateLinuxBaseline } from "../../stacks/os/validate";
import { loadLinuxBaseline } from "../../stacks/os";
import { tempDir } from "./tools";

const ROOT = path.resolve(__dirname, "..", "..");
const SHIPPED = path.join(ROOT, "baselines", "os", "linux.json");

function shipped(): LinuxBaseline {
  return JSON.parse(fs.readFileSync(SHIPPED, "utf8"));
}

function rejection(data: unknown, file = "custom.json"): LinuxBaselineError {
  try {
    validateLinuxBaseline(data, file);
  } catch (error) {
    if (error instanceof LinuxBaselineError) return error;
    throw error;
  }
  throw new Error("expected the baseline to be rejected");
}

describe("the shipped baseline", () => {
  it("validates against linux.schema.json", () => {
    expect(() => loadLinuxBaselineFile(SHIPPED)).not.toThrow();
  });

  it("is what loadLinuxBaseline() loads by default", () => {
    expect(loadLinuxBaseline()).toEqual(shipped());
  });
});

describe("finding the package root", () => {
  it("works from the compiled folder dist/stacks/os as well as from the sources", () => {
    expect(findPackageRoot(path.join(ROOT, "dist", "stacks", "os"))).toBe(ROOT);
    expect(findPackageRoot(path.join(ROOT, "stacks", "os"))).toBe(ROOT);
  });

  it("says what it looked for when there is no baseline above the folder", () => {
    expect(() => findPackageRoot(tempDir())).toThrow(/baselines\/os\/linux\.schema\.json/);
  });
});

type Mutation = (b: any) => void;

// label | mutation | expected JSONPath | expected reason
const MALFORMED: [string, Mutation, string, RegExp][] = [
  ["a number written as a string", (b) => (b.sshd.settings.MaxAuthTries = "2"), "$.sshd.settings.MaxAuthTries", /must be integer/],
  ["a misspelt sshd directive", (b) => (b.sshd.settings.PermitRootlogin = "no"), "$.sshd.settings.PermitRootlogin", /not an allowed property/],
  ["a weak cipher", (b) => b.sshd.settings.Ciphers.push("aes128-cbc"), "$.sshd.settings.Ciphers[6]", /must be one of/],
  ["a SHA-1 MAC", (b) => (b.sshd.settings.MACs = ["hmac-sha1"]), "$.sshd.settings.MACs[0]", /must be one of/],
  ["a missing security-critical directive", (b) => delete b.sshd.settings.PasswordAuthentication, "$.sshd.settings.PasswordAuthentication", /is required/],
  ["a yes/no directive given a boolean", (b) => (b.sshd.settings.X11Forwarding = false), "$.sshd.settings.X11Forwarding", /must be string/],
  ["an sshd time with a space", (b) => (b.sshd.settings.LoginGraceTime = "30 s"), "$.sshd.settings.LoginGraceTime", /must be integer, or must match/],
  ["the drop-in path of baselines before 0.3", (b) => (b.sshd.dropInPath = "/etc/ssh/sshd_config.d/00-rampart.conf"), "$.sshd.dropInPath", /not an allowed property/],
  ["a sysctl key with an empty segment", (b) => (b.sysctl.settings["net..ipv4"] = 1), '$.sysctl.settings["net..ipv4"]', /not a valid name/],
  ["a sysctl key outside /proc/sys namespaces", (b) => (b.sysctl.settings["ip_forward"] = 0), "$.sysctl.settings.ip_forward", /not a valid name/],
  ["a sysctl value smuggling a second line", (b) => (b.sysctl.settings["kernel.sysrq"] = "0\nkernel.modules_disabled = 1"), '$.sysctl.settings["kernel.sysrq"]', /must be integer, or must match/],
  ["an audit rule of unknown kind", (b) => (b.auditd.rules[0].kind = "exec"), "$.auditd.rules[0].kind", /must be one of "watch", "syscall"/],
  ["audit permissions outside rwxa", (b) => (b.auditd.rules[0].permissions = "wz"), "$.auditd.rules[0].permissions", /must match/],
  ["an audit key longer than auditctl allows", (b) => (b.auditd.rules[0].key = "k".repeat(32)), "$.auditd.rules[0].key", /must match/],
  ["a package name with shell metacharacters", (b) => (b.removePackages.debian[0] = "telnet; reboot"), "$.removePackages.debian[0]", /must match/],
  ["a missing OS family", (b) => delete b.removePackages["amazon-linux"], '$.removePackages["amazon-linux"]', /is required/],
  ["a UMASK that is not octal", (b) => (b.loginDefs.UMASK = "089"), "$.loginDefs.UMASK", /must match/],
  ["a lower-case login.defs key", (b) => (b.loginDefs.umask = "027"), "$.loginDefs.umask", /not a valid name/],
  ["an unknown dnf-automatic upgrade type", (b) => (b.updates.dnfAutomatic.upgradeType = "all"), "$.updates.dnfAutomatic.upgradeType", /must be one of "security", "default"/],
  ["an apt origin with a quote", (b) => (b.updates.unattendedUpgrades.originsPattern.debian[0] = 'a"b'), "$.updates.unattendedUpgrades.originsPattern.debian[0]", /must match/],
  ["an unknown top-level section", (b) => (b.firewall = {}), "$.firewall", /not an allowed property/],
  ["another schema version", (b) => (b.schemaVersion = 2), "$.schemaVersion", /must be 1/],
  [
    "ChallengeResponseAuthentication contradicting its alias",
    (b) => (b.sshd.settings.ChallengeResponseAuthentication = "yes"),
    "$.sshd.settings.ChallengeResponseAuthentication",
    /must equal KbdInteractiveAuthentication/,
  ],
];

describe.each(MALFORMED)("a baseline with %s", (_label, mutate, jsonPath, reason) => {
  it(`is rejected at ${jsonPath} with the file name and the reason`, () => {
    const data = shipped();
    mutate(data);
    const error = rejection(data, "team/linux.json");
    expect(error.file).toBe("team/linux.json");
    const issue = error.issues.find((i) => i.path === jsonPath);
    expect(issue).toBeDefined();
    expect(issue!.reason).toMatch(reason);
    expect(error.message).toContain(`team/linux.json: ${jsonPath}: ${issue!.reason}`);
  });
});

describe("reporting", () => {
  it("lists every problem in one error", () => {
    const data: any = shipped();
    data.sshd.settings.MaxSessions = -1;
    data.sysctl.settings["kernel.randomize_va_space"] = "two words!";
    const error = rejection(data);
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["$.sshd.settings.MaxSessions", '$.sysctl.settings["kernel.randomize_va_space"]']),
    );
  });

  it("keeps the reasons of two failures of the same definition apart", () => {
    const data: any = shipped();
    data.sshd.settings.LoginGraceTime = true;
    data.sshd.settings.ClientAliveInterval = "5 minutes";
    const issues = rejection(data).issues;
    expect(issues.find((i) => i.path === "$.sshd.settings.LoginGraceTime")?.reason).toBe("must be integer, or must be string");
    expect(issues.find((i) => i.path === "$.sshd.settings.ClientAliveInterval")?.reason).toMatch(/^must be integer, or must match \^/);
  });

  it.each([
    ["null", null],
    ["a number", 5],
    ["a string", "linux"],
    ["a list", []],
  ])("rejects %s at the root without any other kind of error", (_label, data) => {
    const error = rejection(data);
    expect(error.issues).toEqual([{ path: "$", reason: "must be object" }]);
  });

  it("names the file when it is not JSON", () => {
    const file = path.join(tempDir(), "broken.json");
    fs.writeFileSync(file, "{ sshd: ");
    expect(() => loadLinuxBaselineFile(file)).toThrow(LinuxBaselineError);
    expect(() => loadLinuxBaselineFile(file)).toThrow(`${file}: $: is not valid JSON`);
  });

  it("names the file when it cannot be read", () => {
    const file = path.join(tempDir(), "missing.json");
    expect(() => loadLinuxBaselineFile(file)).toThrow(`${file}: $: cannot read the file (ENOENT)`);
  });
});
