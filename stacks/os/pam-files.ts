// The files of the PAM items: pwquality.conf and faillock.conf (read by their modules), and on
// Debian and Ubuntu the pam-auth-update profiles that put the modules into /etc/pam.d/common-*
// (as the CIS Debian Linux 12 Benchmark v1.1.0, 5.3.2, does it). pam-auth-update orders a block's
// modules by Priority, highest first.
import { MANAGED_HEADER } from "./part";
import { PamItems, PwqualitySettings } from "./pam-types";

type On<T> = Extract<T, { enabled: true }>;

// A fixed order, so the key order of linux.json does not change the rendered file.
const PWQUALITY_KEYS: (keyof PwqualitySettings)[] = ["minlen", "minclass", "dcredit", "ucredit", "lcredit", "ocredit", "difok", "maxrepeat", "maxsequence", "dictcheck", "enforcing", "retry", "enforce_for_root"];

export function pwqualityText(item: On<PamItems["passwordQuality"]>): string {
  const lines = PWQUALITY_KEYS.flatMap((key) => {
    const value = item.settings[key];
    if (typeof value === "boolean") return value ? [key] : [];
    return [`${key} = ${value}`];
  });
  return MANAGED_HEADER + lines.join("\n") + "\n";
}

export function faillockText(item: On<PamItems["lockout"]>): string {
  const lines = [`deny = ${item.deny}`, `unlock_time = ${item.unlockTime}`];
  if (item.evenDenyRoot) lines.push("even_deny_root", `root_unlock_time = ${item.rootUnlockTime}`);
  return MANAGED_HEADER + lines.join("\n") + "\n";
}

/** The pam_pwhistory arguments (CIS 5.3.3.3): remember, enforce_for_root, and the new password from pam_pwquality. */
export function pwhistoryArguments(item: On<PamItems["passwordHistory"]>): string {
  return `remember=${item.remember}${item.enforceForRoot ? " enforce_for_root" : ""}`;
}

export interface PamProfile {
  /** File name in /usr/share/pam-configs, and the name pam-auth-update --enable takes. */
  name: string;
  content: string;
  /** What /etc/pam.d/<file> must contain once the profile is on (a grep -E pattern). */
  expect: { file: string; pattern: string }[];
}

// pam-auth-update reads "Field: value" lines and indented continuation lines. No Managed-by
// header: a "#" line is not a comment in this format.
function profile(fields: [string, string | string[]][]): string {
  return fields.map(([key, value]) => (Array.isArray(value) ? `${key}:\n${value.map((l) => `\t${l}`).join("\n")}` : `${key}: ${value}`)).join("\n") + "\n";
}

export const UNIX_PROFILE = "rampart-unix";

/** The profiles for the items that are on, in the order they are enabled. */
export function debianProfiles(pam: PamItems): PamProfile[] {
  const out: PamProfile[] = [];
  if (pam.lockout.enabled) {
    out.push({
      name: "rampart-faillock-notify",
      // Before pam_unix: a locked account fails whatever password follows. `required`, as
      // pam_faillock(8) and the SCAP Security Guide's check write it.
      content: profile([
        ["Name", "Refuse locked accounts and reset the failure count on login (Rampart, pam_faillock)"],
        ["Default", "yes"],
        ["Priority", "1024"],
        ["Auth-Type", "Primary"],
        ["Auth", ["required\tpam_faillock.so preauth"]],
        ["Account-Type", "Primary"],
        ["Account", ["required\tpam_faillock.so"]],
      ]),
      expect: [
        { file: "common-auth", pattern: "^auth[[:space:]]+required[[:space:]]+pam_faillock\\.so[[:space:]]+preauth" },
        { file: "common-account", pattern: "^account[[:space:]]+required[[:space:]]+pam_faillock\\.so" },
      ],
    });
    out.push({
      name: "rampart-faillock",
      // After pam_unix, which jumps past it on success: only a failed password gets here.
      content: profile([
        ["Name", "Count failed logins and lock the account (Rampart, pam_faillock)"],
        ["Default", "yes"],
        ["Priority", "0"],
        ["Auth-Type", "Primary"],
        ["Auth", ["[default=die]\tpam_faillock.so authfail"]],
      ]),
      expect: [{ file: "common-auth", pattern: "^auth[[:space:]]+\\[default=die\\][[:space:]]+pam_faillock\\.so[[:space:]]+authfail" }],
    });
    out.push({
      name: "rampart-faillock-reset",
      // Last of the Additional block, after pam_permit, so only a successful login gets here: it
      // clears the failure records (pam_faillock(8)'s authsucc). Priority 0 keeps it behind the
      // other Additional modules, which a `sufficient` success would skip.
      content: profile([
        ["Name", "Clear the failure records after a successful login (Rampart, pam_faillock)"],
        ["Default", "yes"],
        ["Priority", "0"],
        ["Auth-Type", "Additional"],
        ["Auth", ["sufficient\tpam_faillock.so authsucc"]],
      ]),
      expect: [{ file: "common-auth", pattern: "^auth[[:space:]]+sufficient[[:space:]]+pam_faillock\\.so[[:space:]]+authsucc" }],
    });
  }
  if (pam.passwordHistory.enabled) {
    const args = pwhistoryArguments(pam.passwordHistory);
    out.push({
      name: "rampart-pwhistory",
      // Priority 1000: after pam_pwquality (1024), whose accepted password it takes (use_authtok),
      // before pam_unix (256). Alone in the block (quality off), it asks for the password itself.
      content: profile([
        ["Name", "Refuse recently used passwords (Rampart, pam_pwhistory)"],
        ["Default", "yes"],
        ["Priority", "1000"],
        ["Password-Type", "Primary"],
        ["Password", [`requisite\tpam_pwhistory.so ${args} try_first_pass use_authtok`]],
        ["Password-Initial", [`requisite\tpam_pwhistory.so ${args}`]],
      ]),
      expect: [{ file: "common-password", pattern: `^password[[:space:]]+requisite[[:space:]]+pam_pwhistory\\.so.*remember=${pam.passwordHistory.remember}` }],
    });
  }
  if (pam.unix.enabled) {
    const hashing = pam.unix.hashing;
    // Debian's own "unix" profile without nullok. A profile of its own, not an edit of Debian's:
    // a libpam-runtime upgrade rewrites /usr/share/pam-configs/unix and would bring nullok back.
    out.push({
      name: UNIX_PROFILE,
      content: profile([
        ["Name", "Unix authentication, no empty passwords (Rampart, pam_unix)"],
        ["Default", "yes"],
        ["Priority", "256"],
        ["Auth-Type", "Primary"],
        ["Auth", ["[success=end default=ignore]\tpam_unix.so try_first_pass"]],
        ["Auth-Initial", ["[success=end default=ignore]\tpam_unix.so"]],
        ["Account-Type", "Primary"],
        ["Account", ["[success=end new_authtok_reqd=done default=ignore]\tpam_unix.so"]],
        ["Account-Initial", ["[success=end new_authtok_reqd=done default=ignore]\tpam_unix.so"]],
        ["Session-Type", "Additional"],
        ["Session", ["required\tpam_unix.so"]],
        ["Session-Initial", ["required\tpam_unix.so"]],
        ["Password-Type", "Primary"],
        ["Password", [`[success=end default=ignore]\tpam_unix.so obscure use_authtok try_first_pass ${hashing}`]],
        ["Password-Initial", [`[success=end default=ignore]\tpam_unix.so obscure ${hashing}`]],
      ]),
      expect: [
        { file: "common-auth", pattern: "^auth[[:space:]].*pam_unix\\.so" },
        { file: "common-password", pattern: `^password[[:space:]].*pam_unix\\.so.*[[:space:]]${hashing}([[:space:]]|$)` },
      ],
    });
  }
  return out;
}
