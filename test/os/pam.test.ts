// The PAM items of the baseline ("cis.pam"): what they render per release, and, on this Debian
// machine, what the rendered apply script does with the system's real pam-auth-update, PAM
// modules and pamtester, in a scratch root (scratch-root.ts): password quality, history, lockout
// and su behave as CIS asks, and a stack that breaks login is rolled back.
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { buildCloudConfig, loadLinuxBaseline, validateLinuxBaseline } from "../../stacks/os";
import type { CloudConfig } from "../../stacks/os";
import { PAM_APPLY_SCRIPT } from "../../stacks/os/render-pam";
import { PamItems } from "../../stacks/os/pam-types";
import { LinuxBaseline } from "../../stacks/os/types";
import { ScratchRoot, mountNamespacesWork } from "./scratch-root";
import { osTools, run } from "./tools";

const baseline = loadLinuxBaseline();
type AllOn = { [K in keyof PamItems]: Extract<PamItems[K], { enabled: true }> };
const pam = baseline.cis!.pam as AllOn;
const debian12 = buildCloudConfig(baseline, { osFamily: "debian", osVersion: "12" });
const al2023 = buildCloudConfig(baseline, { osFamily: "amazon-linux", osVersion: "2023" });

const fileOf = (config: CloudConfig, p: string) => config.write_files.find((f) => f.path === p);
const withPam = (items: Partial<Record<keyof PamItems, unknown>>): LinuxBaseline =>
  JSON.parse(JSON.stringify({ ...baseline, cis: { ...baseline.cis!, pam: { ...baseline.cis!.pam, ...items } } }));
const off = (reason: string) => ({ enabled: false, reason });

describe("what the PAM items render", () => {
  it("Debian 12: libpam-pwquality, the settings files after the packages, the profiles held back, the apply script before the sshd restart", () => {
    expect(debian12.packages).toEqual(expect.arrayContaining(["libpam-pwquality", "cracklib-runtime"]));
    const pwquality = fileOf(debian12, "/etc/security/pwquality.conf")!;
    expect(pwquality.defer).toBe(true);
    expect(pwquality.content).toMatch(/^minlen = 14$/m);
    expect(pwquality.content).toMatch(/^minclass = 4$/m);
    expect(pwquality.content).toMatch(/^dcredit = -1$/m);
    expect(pwquality.content).toMatch(/^enforce_for_root$/m);
    expect(fileOf(debian12, "/etc/security/faillock.conf")!.content).toMatch(/^deny = 4\nunlock_time = 900\neven_deny_root\nroot_unlock_time = 60$/m);
    const profiles = debian12.write_files.filter((f) => f.path.startsWith("/etc/rampart/pam/pam-configs/")).map((f) => path.basename(f.path));
    expect(profiles.sort()).toEqual(["rampart-faillock", "rampart-faillock-notify", "rampart-faillock-reset", "rampart-pwhistory", "rampart-unix"]);
    expect(debian12.write_files.some((f) => f.path.startsWith("/usr/share/pam-configs/"))).toBe(false);
    const apply = debian12.runcmd.findIndex((c) => Array.isArray(c) && c[1] === PAM_APPLY_SCRIPT);
    const sshd = debian12.runcmd.findIndex((c) => typeof c === "string" && c.includes("sshd -t"));
    expect(apply).toBeGreaterThan(-1);
    expect(apply).toBeLessThan(sshd);
    expect(debian12.runcmd).toContainEqual(expect.stringContaining("ENCRYPT_METHOD YESCRYPT"));
    expect(fileOf(debian12, PAM_APPLY_SCRIPT)!.content).toContain("pam-auth-update --enable pwquality rampart-faillock-notify rampart-faillock rampart-faillock-reset rampart-pwhistory rampart-unix --disable unix");
  });

  it("Amazon Linux 2023: authselect and libpwquality, a custom profile with the features, no pam-auth-update", () => {
    expect(al2023.packages).toEqual(expect.arrayContaining(["authselect", "libpwquality"]));
    expect(al2023.packages).not.toContain("libpam-pwquality");
    const script = fileOf(al2023, PAM_APPLY_SCRIPT)!.content;
    for (const feature of ["with-faillock", "with-pwhistory", "without-nullok"]) expect(script).toContain(`authselect enable-feature ${feature}`);
    expect(script).toContain("authselect create-profile rampart");
    expect(script).toContain(`remember=${pam.passwordHistory.remember} enforce_for_root`);
    expect(script).not.toContain("pam-auth-update");
    expect(al2023.write_files.some((f) => f.path.includes("pam-configs"))).toBe(false);
  });

  it.each([
    ["debian", "13"],
    ["ubuntu", "22.04"],
    ["ubuntu", "24.04"],
  ])("%s %s renders them with pam-auth-update", (osFamily, osVersion) => {
    const config = buildCloudConfig(baseline, { osFamily: osFamily as "debian" | "ubuntu", osVersion });
    expect(config.packages).toContain("libpam-pwquality");
    expect(fileOf(config, PAM_APPLY_SCRIPT)!.content).toContain("pam-auth-update --enable");
  });

  it("an item switched off renders nothing of it; all of them off, no script at all", () => {
    const noLockout = buildCloudConfig(withPam({ lockout: off("a directory service locks accounts") }), { osFamily: "debian" });
    expect(fileOf(noLockout, "/etc/security/faillock.conf")).toBeUndefined();
    expect(fileOf(noLockout, PAM_APPLY_SCRIPT)!.content).not.toContain("faillock");
    const noQuality = buildCloudConfig(withPam({ passwordQuality: off("passwords are not used") }), { osFamily: "debian" });
    expect(noQuality.packages).not.toContain("libpam-pwquality");
    expect(noQuality.packages).not.toContain("cracklib-runtime");
    expect(fileOf(noQuality, PAM_APPLY_SCRIPT)!.content).not.toContain("--enable pwquality");
    const reason = "a directory service manages PAM";
    const none = buildCloudConfig(withPam({ passwordQuality: off(reason), passwordHistory: off(reason), lockout: off(reason), unix: off(reason), su: off(reason) }), { osFamily: "debian" });
    expect(none.write_files.some((f) => f.path.startsWith("/etc/rampart/pam/"))).toBe(false);
    expect(none.runcmd).not.toContainEqual(["sh", PAM_APPLY_SCRIPT]);
  });

  it("refuses an item switched off without a reason, and values weaker than CIS Level 1, naming the field", () => {
    expect(() => validateLinuxBaseline(withPam({ lockout: { enabled: false } }), "no-reason.json")).toThrow(/no-reason\.json: \$\.cis\.pam\.lockout/);
    const weak = withPam({ passwordQuality: { ...pam.passwordQuality, settings: { ...pam.passwordQuality.settings, minlen: 8 } } });
    expect(() => validateLinuxBaseline(weak, "weak.json")).toThrow(/weak\.json: \$\.cis\.pam\.passwordQuality/);
    expect(() => validateLinuxBaseline(withPam({ passwordHistory: { ...pam.passwordHistory, remember: 5 } }), "h.json")).toThrow(/h\.json: \$\.cis\.pam\.passwordHistory/);
    expect(() => validateLinuxBaseline(withPam({ lockout: { ...pam.lockout, deny: 10 } }), "l.json")).toThrow(/l\.json: \$\.cis\.pam\.lockout/);
  });

  it("the baseline holds CIS Level 1's values", () => {
    expect(pam.passwordQuality.settings).toMatchObject({ minlen: 14, minclass: 4, difok: 2, maxrepeat: 3, maxsequence: 3, dictcheck: 1, enforcing: 1, enforce_for_root: true });
    expect(pam.passwordHistory).toMatchObject({ remember: 24, enforceForRoot: true });
    expect(pam.lockout).toMatchObject({ deny: 4, unlockTime: 900, evenDenyRoot: true, rootUnlockTime: 60 });
    expect(pam.unix.hashing).toBe("yescrypt");
    expect(pam.su.group).toBe("sugroup");
  });
});

// ---------------------------------------------------------------------------------------------
// With the real tools.
const tools = osTools({
  unshare: ["unshare", "util-linux"],
  pamAuthUpdate: ["pam-auth-update", "libpam-runtime"],
  pamtester: ["pamtester", "pamtester"],
  python3: ["/usr/bin/python3", "python3"],
  openssl: ["openssl", "openssl"],
  setpriv: ["setpriv", "util-linux"],
});
function realDescribe(): jest.Describe {
  if (tools.describe === describe.skip) return describe.skip;
  const problems: string[] = [];
  if (!fs.existsSync("/usr/share/pam-configs/pwquality")) problems.push("libpam-pwquality (Debian package libpam-pwquality)");
  if (!fs.existsSync("/var/cache/cracklib/cracklib_dict.pwd")) problems.push("cracklib's dictionary (Debian package cracklib-runtime)");
  if (!mountNamespacesWork(tools.path.unshare)) problems.push("mount namespaces (unshare -m as root)");
  if (problems.length === 0) return describe;
  if (process.env.CI === "true") throw new Error(`test/os/pam.test.ts needs ${problems.join(" and ")}: run .ci/install-os-tools.sh as root`);
  console.warn(`NOT RUN: test/os/pam.test.ts needs ${problems.join(" and ")}, which this machine lacks, so its real-tool tests were skipped.`);
  return describe.skip;
}
const describeReal = realDescribe();
const { pamtester: PAMTESTER, python3: PYTHON3, openssl: OPENSSL, setpriv: SETPRIV } = tools.path;

const USER = "rampart-alice";
const GOOD = "Zq8#vLm2-Tr9@wXp";

/** A scratch root with the rendered files written and a test user whose password is GOOD. */
function preparedRoot(config: CloudConfig = debian12, edit?: (root: ScratchRoot) => void): ScratchRoot {
  const root = new ScratchRoot(tools.path.unshare);
  for (const f of config.write_files) {
    if (f.path.startsWith("/etc/rampart/pam/") || f.path.startsWith("/etc/security/")) root.write(f.path, f.content, parseInt(f.permissions, 8));
  }
  const hash = run(OPENSSL, ["passwd", "-6", GOOD]).stdout.trim();
  const added = root.run(`useradd -l -M -N -s /bin/sh -p '${hash}' ${USER}`);
  if (added.status !== 0) throw new Error(`useradd in the scratch root failed: ${added.stderr}`);
  edit?.(root);
  return root;
}

const applyScript = `PATH=/usr/sbin:/usr/bin:/sbin:/bin; export PATH; sh ${PAM_APPLY_SCRIPT}`;

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) out[name] = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  }
  return out;
}

/** Active lines of a PAM file, as "type control module args" with single spaces. */
function stack(text: string, type: string): string[] {
  return text
    .split("\n")
    .filter((l) => new RegExp(`^${type}\\s`).test(l))
    .map((l) => l.trim().replace(/\s+/g, " "));
}

describeReal("the apply script on Debian, in a scratch root, with the real pam-auth-update and modules", () => {
  const realPamD = tree("/etc/pam.d");
  let root: ScratchRoot;
  beforeAll(() => {
    root = preparedRoot();
  });

  it("applies every item, says nothing, and leaves this machine's /etc/pam.d alone", () => {
    const result = root.run(applyScript);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(tree("/etc/pam.d")).toEqual(realPamD);
    expect(fs.readdirSync("/usr/share/pam-configs")).not.toContain("rampart-unix");
  });

  it("common-auth: faillock preauth, pam_unix without nullok, faillock authfail, then authsucc (CIS 5.3.2.2, 5.3.3.4.1; SSG accounts_passwords_pam_faillock_enabled)", () => {
    const auth = stack(root.read("/etc/pam.d/common-auth"), "auth");
    const at = (re: RegExp) => auth.findIndex((l) => re.test(l));
    expect(at(/pam_faillock\.so preauth/)).toBeGreaterThan(-1);
    expect(at(/pam_faillock\.so preauth/)).toBeLessThan(at(/pam_unix\.so/));
    expect(at(/pam_unix\.so/)).toBeLessThan(at(/^auth \[default=die\] pam_faillock\.so authfail/));
    // authsucc after the fallback's pam_permit: reached only by a login that succeeded.
    expect(at(/^auth required pam_faillock\.so preauth/)).toBeGreaterThan(-1);
    expect(at(/^auth sufficient pam_faillock\.so authsucc$/)).toBeGreaterThan(at(/^auth required pam_permit\.so/));
    expect(at(/pam_permit\.so/)).toBeGreaterThan(at(/^auth \[default=die\] pam_faillock\.so authfail/));
    expect(auth.join("\n")).not.toMatch(/nullok/);
    expect(stack(root.read("/etc/pam.d/common-account"), "account")[0]).toBe("account required pam_faillock.so");
  });

  it("common-password: pwquality, then pwhistory with use_authtok, then pam_unix hashing with yescrypt and no remember", () => {
    const password = stack(root.read("/etc/pam.d/common-password"), "password");
    expect(password[0]).toMatch(/^password requisite pam_pwquality\.so/);
    expect(password[1]).toBe(`password requisite pam_pwhistory.so remember=${pam.passwordHistory.remember} enforce_for_root try_first_pass use_authtok`);
    expect(password[2]).toMatch(/pam_unix\.so obscure use_authtok try_first_pass yescrypt$/);
    expect(password.join("\n")).not.toMatch(/nullok|remember=\d+.*pam_unix|pam_unix.*remember/);
  });

  it("su: pam_wheel use_uid group=sugroup right after pam_rootok, and sugroup exists, empty", () => {
    const auth = stack(root.read("/etc/pam.d/su"), "auth");
    expect(auth.slice(0, 2)).toEqual(["auth sufficient pam_rootok.so", "auth required pam_wheel.so use_uid group=sugroup"]);
    expect(root.read("/etc/group")).toMatch(/^sugroup:x:\d+:$/m);
  });

  it("pamtester: root's account passes; a weak password is refused, a strong one set with yescrypt, and not again", () => {
    expect(root.run(`${PAMTESTER} login root acct_mgmt`).status).toBe(0);
    const weak = "Short1!x";
    const refused = root.run(`printf '%s\\n' ${weak} ${weak} ${weak} ${weak} ${weak} ${weak} | ${PAMTESTER} passwd ${USER} chauthtok`);
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/shorter than 14 characters/);
    const first = "Bn4$kWq7-Ys3%hLe";
    expect(root.run(`printf '%s\\n' '${first}' '${first}' | ${PAMTESTER} passwd ${USER} chauthtok`).status).toBe(0);
    expect(root.read("/etc/shadow")).toMatch(new RegExp(`^${USER}:\\$y\\$`, "m"));
    const again = root.run(`printf '%s\\n' '${GOOD}' '${GOOD}' '${GOOD}' '${GOOD}' '${GOOD}' '${GOOD}' | ${PAMTESTER} passwd ${USER} chauthtok`);
    expect(again.status).not.toBe(0);
    expect(again.stdout + again.stderr).toMatch(/already used/);
  });

  it("pamtester: `deny` wrong passwords lock the account, the right one is then refused", () => {
    const user = `${USER}`;
    const tries = Array.from({ length: pam.lockout.deny }, () => `printf 'wrong\\n' | ${PAMTESTER} login ${user} authenticate >/dev/null 2>&1`).join("; ");
    const result = root.run(`faillock --user ${user} --reset; ${tries}; printf '%s\\n' 'Bn4$kWq7-Ys3%hLe' | ${PAMTESTER} login ${user} authenticate`);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(new RegExp(`locked due to ${pam.lockout.deny} failed logins`));
  }, 60_000);

  it("pamtester: a successful login clears the earlier failures (authsucc), so they do not add up to a lock", () => {
    const user = `${USER}`;
    const fail = `printf 'wrong\n' | ${PAMTESTER} login ${user} authenticate >/dev/null 2>&1`;
    const good = `printf '%s\n' 'Bn4$kWq7-Ys3%hLe' | ${PAMTESTER} login ${user} authenticate`;
    const almost = Array.from({ length: pam.lockout.deny - 1 }, () => fail).join("; ");
    const result = root.run(`faillock --user ${user} --reset; ${almost}; ${good} && ${almost}; ${good} && faillock --user ${user}`);
    expect({ status: result.status, output: result.stdout + result.stderr }).toEqual({ status: 0, output: expect.stringContaining(`${user}:\nWhen`) });
    expect(result.stdout.split(`${user}:\n`)[1].trim().split("\n")).toHaveLength(1);
  }, 60_000);

  it("su: a user outside sugroup is refused by pam_wheel, before any password is weighed", () => {
    const asUser = (r: ScratchRoot) => {
      const result = r.run(`printf 'x\\n' | ${SETPRIV} --reuid=$(id -u ${USER}) --regid=$(id -g ${USER}) --clear-groups ${PAMTESTER} su root authenticate`);
      return result.stdout + result.stderr;
    };
    expect(asUser(root)).toMatch(/Permission denied/);
    expect(asUser(preparedRoot())).toMatch(/Authentication failure/);
  }, 60_000);

  it("running it again changes nothing and still passes", () => {
    const once = tree(root.path("/etc/pam.d"));
    const result = root.run(applyScript);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(tree(root.path("/etc/pam.d"))).toEqual(once);
  });
});

describeReal("a stack that would break login is rolled back, and the console says why", () => {
  function brokenRun(profileLine: string) {
    const root = preparedRoot(debian12, (r) => {
      const file = "/etc/rampart/pam/pam-configs/rampart-faillock-notify";
      r.write(file, r.read(file) + `\t${profileLine}\n`);
    });
    const before = { pamD: tree(root.path("/etc/pam.d")), varLibPam: tree(root.path("/var/lib/pam")), su: root.read("/etc/pam.d/su") };
    const result = root.run(applyScript);
    return { root, before, result };
  }

  it("a profile naming a module that does not exist", () => {
    const { root, before, result } = brokenRun("required\tpam_rampart_missing.so");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/rampart: PAM check: \/etc\/pam\.d\/common-account: module pam_rampart_missing\.so does not exist/);
    expect(result.stderr).toMatch(/rampart: the PAM change was rolled back/);
    expect(tree(root.path("/etc/pam.d"))).toEqual(before.pamD);
    expect(tree(root.path("/var/lib/pam"))).toEqual(before.varLibPam);
    expect(fs.readdirSync(root.path("/usr/share/pam-configs")).filter((p) => p.startsWith("rampart-"))).toEqual([]);
    expect(root.run(`${PAMTESTER} sshd root acct_mgmt`).status).toBe(0);
  });

  it("a profile whose modules load but whose account stack lets nobody in", () => {
    const { root, before, result } = brokenRun("required\tpam_deny.so");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/rampart: PAM check: pam_acct_mgmt for root through service sshd failed/);
    expect(tree(root.path("/etc/pam.d"))).toEqual(before.pamD);
  });

  it("a problem that was there before is not blamed on the change", () => {
    const root = preparedRoot(debian12, (r) => r.write("/etc/pam.d/rampart-legacy", "auth required pam_rampart_gone.so\n"));
    const result = root.run(applyScript);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    const check = root.run(`${PYTHON3} /etc/rampart/pam/pam-check.py --known /dev/null sshd`);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/rampart-legacy: module pam_rampart_gone\.so does not exist/);
  });
});

describeReal("the Amazon Linux 2023 script's rollback, with a stand-in authselect", () => {
  it("restores /etc/pam.d and /etc/authselect when authselect check rejects the result", () => {
    // A stand-in: selecting writes a system-auth, and check then fails.
    const fake = `#!/bin/sh
case "$1" in
  current) exit 2 ;;
  list) echo "- local	 Local users only" ;;
  create-profile) mkdir -p /etc/authselect/custom/rampart && printf 'password requisite pam_pwhistory.so use_authtok {include if "with-pwhistory"}\\npassword sufficient pam_unix.so sha512 shadow use_authtok\\n' | tee /etc/authselect/custom/rampart/system-auth > /etc/authselect/custom/rampart/password-auth ;;
  select) cp /etc/authselect/custom/rampart/system-auth /etc/pam.d/system-auth ;;
  enable-feature) : ;;
  check) exit 1 ;;
esac
`;
    const root = preparedRoot(al2023, (r) => {
      r.write("/etc/rampart/test-bin/authselect", fake, 0o755);
      fs.mkdirSync(r.path("/etc/authselect"), { recursive: true });
    });
    const before = tree(root.path("/etc/pam.d"));
    const result = root.run(`PATH=/etc/rampart/test-bin:/usr/sbin:/usr/bin:/sbin:/bin; export PATH; sh ${PAM_APPLY_SCRIPT}`);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/rampart: authselect check rejects the configuration/);
    expect(result.stderr).toMatch(/rampart: the PAM change was rolled back/);
    expect(tree(root.path("/etc/pam.d"))).toEqual(before);
    expect(fs.existsSync(root.path("/etc/authselect/custom/rampart"))).toBe(false);
  });

  it("makes no change, and says so, without authselect", () => {
    const root = preparedRoot(al2023);
    const before = tree(root.path("/etc/pam.d"));
    const result = root.run(applyScript);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/rampart: authselect is not installed/);
    expect(tree(root.path("/etc/pam.d"))).toEqual(before);
  });
});
