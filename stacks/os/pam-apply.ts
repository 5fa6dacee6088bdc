// The script that makes the PAM change on the server, checks it and rolls it back. PAM has no
// test mode and reads /etc/pam.d again for every login, so the change is made in place and
// checked right after (pam-check.ts); when the check fails, /etc/pam.d (and what the tool keeps
// beside it) is put back from the copy taken first, and the reason goes to stderr, which
// cloud-init copies to the console and to cloud-init-output.log. Debian and Ubuntu change PAM
// with pam-auth-update, Amazon Linux 2023 with authselect: each with the system's own tool.
import { MANAGED_HEADER } from "./part";
import { PamProfile, UNIX_PROFILE, pwhistoryArguments } from "./pam-files";
import { PamItems } from "./pam-types";
import { shQuote } from "./shell";

/** Where the scripts, the pending profiles and the backup live on the server. */
export const PAM_STATE_DIR = "/etc/rampart/pam";
/** The services whose account stack is run by the check: how administrators get in. */
export const CHECKED_SERVICES = ["sshd", "login", "su", "sudo"];

const COMMON = `set -u
state=${PAM_STATE_DIR}
backup="$state/backup"
services=${shQuote(CHECKED_SERVICES.join(" "))}
say() { printf 'rampart: %s\\n' "$*" >&2; }

# Replaces folder $2 by a copy of $1. Renames, so that $2 is missing only between two mv calls.
restore_dir() {
  rm -rf "$2.rampart-restore" && cp -a "$1" "$2.rampart-restore" &&
    rm -rf "$2.rampart-rejected" && mv "$2" "$2.rampart-rejected" && mv "$2.rampart-restore" "$2"
}

check() { python3 "$state/pam-check.py" "$@" $services; }

command -v python3 >/dev/null 2>&1 || { say "python3 is missing, so the PAM change could not be checked; it was not made"; exit 1; }
`;

function expectLines(expect: { file: string; pattern: string }[], what: string): string {
  return expect.map((e) => `grep -Eq ${shQuote(e.pattern)} /etc/pam.d/${e.file} || rollback ${shQuote(`${what}: /etc/pam.d/${e.file} lacks ${e.pattern}`)}\n`).join("");
}

const NO_NULLOK = (files: string[]) =>
  `if grep -Eq '^[^#]*pam_unix\\.so.*[[:space:]]nullok' ${files.map((f) => `/etc/pam.d/${f}`).join(" ")}; then rollback 'pam_unix still allows empty passwords (nullok)'; fi\n`;

function suCommands(su: PamItems["su"]): string {
  if (!su.enabled) return "";
  const group = su.group;
  const line = `auth       required   pam_wheel.so use_uid group=${group}`;
  const present = `^[[:space:]]*auth[[:space:]]+required[[:space:]]+pam_wheel\\.so[[:space:]]+use_uid[[:space:]]+group=${group}[[:space:]]*$`;
  return `
# su only for members of ${group}, created empty (CIS 5.2.7): right after pam_rootok, so root keeps su.
getent group ${group} >/dev/null 2>&1 || groupadd ${group} || rollback ${shQuote(`groupadd ${group} failed`)}
members=$(getent group ${group} | cut -d: -f4)
[ -z "$members" ] || say "group ${group} is not empty ($members): its members can use su"
if ! grep -Eq ${shQuote(present)} /etc/pam.d/su; then
  if awk -v line=${shQuote(line)} '{ print } !done && /^[[:space:]]*auth[[:space:]]+sufficient[[:space:]]+pam_rootok\\.so/ { print line; done = 1 } END { exit done ? 0 : 3 }' /etc/pam.d/su >"$state/su.new"; then
    chmod 0644 "$state/su.new" && mv -f "$state/su.new" /etc/pam.d/su || rollback 'cannot write /etc/pam.d/su'
  else
    rm -f "$state/su.new"; rollback 'no "auth sufficient pam_rootok.so" line in /etc/pam.d/su to put pam_wheel after'
  fi
fi
`;
}

const CHECK_AND_FINISH = `
check --known "$backup/known-problems" || rollback "the PAM check failed (see above)"
`;

/** The Debian and Ubuntu script: pam-auth-update profiles, then su, then the check. */
export function debianApplyScript(pam: PamItems, profiles: PamProfile[]): string {
  const names = profiles.map((p) => p.name).join(" ");
  const enable = [...(pam.passwordQuality.enabled ? ["pwquality"] : []), ...profiles.map((p) => p.name)];
  const disable = pam.unix.enabled ? " --disable unix" : "";
  const unixFiles = ["common-auth", "common-password"];
  return (
    "#!/bin/sh\n" +
    MANAGED_HEADER +
    "# Applies the PAM items with pam-auth-update, checks the result, and rolls it back when the check fails.\n" +
    COMMON +
    `profiles=${shQuote(names)}
rollback() {
  say "$1"
  for p in $profiles; do rm -f "/usr/share/pam-configs/$p"; done
  # /var/lib/pam is pam-auth-update's record, not read at login: restored in place.
  if restore_dir "$backup/pam.d" /etc/pam.d && rm -rf /var/lib/pam/* && cp -a "$backup/var-lib-pam/." /var/lib/pam/; then
    # pam-auth-update also keeps its choice in debconf: let it read the restored files again.
    DEBIAN_FRONTEND=noninteractive pam-auth-update --package >/dev/null 2>&1
    diff -r "$backup/pam.d" /etc/pam.d >/dev/null 2>&1 || restore_dir "$backup/pam.d" /etc/pam.d
    say "the PAM change was rolled back: /etc/pam.d is restored from $backup/pam.d (the rejected one is /etc/pam.d.rampart-rejected)"
  else
    say "the PAM rollback failed: the previous /etc/pam.d is in $backup/pam.d"
  fi
  exit 1
}

rm -rf "$backup" && mkdir -p "$backup" && cp -a /etc/pam.d "$backup/pam.d" && cp -a /var/lib/pam "$backup/var-lib-pam" ||
  { say "cannot copy /etc/pam.d to $backup, so the PAM change was not made"; exit 1; }
check --record "$backup/known-problems"
` +
    (enable.length > 0
      ? `
# The profiles wait in $state/pam-configs until now: in /usr/share/pam-configs, a package
# install (libpam-pwquality in cloud-init's packages stage) would have enabled them unchecked.
for p in $profiles; do
  install -m 0644 "$state/pam-configs/$p" "/usr/share/pam-configs/$p" || rollback "cannot install the pam-auth-update profile $p"
done
DEBIAN_FRONTEND=noninteractive pam-auth-update --enable ${enable.join(" ")}${disable} || rollback 'pam-auth-update failed'
` +
        // pam-auth-update leaves /etc/pam.d/common-* alone when they were edited by hand: check it did its work.
        (pam.passwordQuality.enabled ? expectLines([{ file: "common-password", pattern: "^password[[:space:]]+requisite[[:space:]]+pam_pwquality\\.so" }], "pam-auth-update did not enable pwquality") : "") +
        profiles.map((p) => expectLines(p.expect, `pam-auth-update did not enable ${p.name}`)).join("") +
        (pam.unix.enabled ? NO_NULLOK(unixFiles) : "")
      : "") +
    suCommands(pam.su) +
    CHECK_AND_FINISH
  );
}

/**
 * The Amazon Linux 2023 script: a custom authselect profile "rampart" (CIS Amazon Linux 2023 asks
 * for a custom profile), based on the profile in use, or on the local-accounts profile when
 * authselect manages nothing yet ("local" since authselect 1.5, "minimal" before; its modules all
 * ship with pam, where "sssd" would also need pam_sss). Then the features, su and the check.
 */
export function authselectApplyScript(pam: PamItems): string {
  const features = [
    ...(pam.lockout.enabled ? ["with-faillock"] : []),
    ...(pam.passwordHistory.enabled ? ["with-pwhistory"] : []),
    ...(pam.unix.enabled ? ["without-nullok"] : []),
  ];
  const custom = "/etc/authselect/custom/rampart";
  const edits: string[] = [];
  // Amazon Linux 2023's PAM (1.5.1) reads no pwhistory.conf (PAM 1.5.3 does): the options go on the module line.
  if (pam.passwordHistory.enabled) edits.push(`-e ${shQuote(`s/^(password[[:space:]]+requisite[[:space:]]+pam_pwhistory\\.so)[^{]*/\\1 use_authtok ${pwhistoryArguments(pam.passwordHistory)} /`)}`);
  if (pam.unix.enabled) edits.push(`-e ${shQuote(`s/^(password[[:space:]].*pam_unix\\.so.*[[:space:]])(sha512|yescrypt|md5)([[:space:]])/\\1${pam.unix.hashing}\\3/`)}`);
  const stacks = ["system-auth", "password-auth"];
  const expect: { file: string; pattern: string }[] = [];
  if (pam.passwordQuality.enabled) expect.push({ file: "system-auth", pattern: "^password[[:space:]]+requisite[[:space:]]+pam_pwquality\\.so" });
  for (const file of stacks) {
    if (pam.lockout.enabled) {
      expect.push({ file, pattern: "^auth[[:space:]]+required[[:space:]]+pam_faillock\\.so[[:space:]]+preauth" }, { file, pattern: "^account[[:space:]]+required[[:space:]]+pam_faillock\\.so" });
    }
    if (pam.passwordHistory.enabled) expect.push({ file, pattern: `^password[[:space:]]+requisite[[:space:]]+pam_pwhistory\\.so.*remember=${pam.passwordHistory.remember}` });
    if (pam.unix.enabled) expect.push({ file, pattern: `^password[[:space:]].*pam_unix\\.so.*[[:space:]]${pam.unix.hashing}([[:space:]]|$)` });
  }
  const authselectSteps =
    features.length === 0 && edits.length === 0
      ? ""
      : `
command -v authselect >/dev/null 2>&1 || rollback 'authselect is not installed'
current=$(authselect current --raw 2>/dev/null) || current=
profile=\${current%% *}
kept=\${current#"$profile"}
if [ "$profile" != custom/rampart ]; then
  base=$profile
  if [ -z "$base" ]; then
    for candidate in local minimal; do
      if authselect list 2>/dev/null | grep -Eq "^- $candidate([[:space:]]|$)"; then base=$candidate; break; fi
    done
  fi
  [ -n "$base" ] || rollback 'authselect offers no profile to base the rampart profile on'
  rm -rf ${custom}
  authselect create-profile rampart --base-on="$base" --symlink-meta >/dev/null || rollback "authselect create-profile rampart --base-on=$base failed"
fi
` +
        (edits.length > 0
          ? `sed -i -E ${edits.join(" ")} ${custom}/system-auth ${custom}/password-auth || rollback 'cannot edit the rampart authselect profile'\n`
          : "") +
        `authselect select custom/rampart $kept --force >/dev/null || rollback 'authselect select custom/rampart failed'
` +
        features.map((f) => `authselect enable-feature ${f} >/dev/null || rollback 'authselect enable-feature ${f} failed'\n`).join("") +
        `authselect check >/dev/null || rollback 'authselect check rejects the configuration'
`;
  return (
    "#!/bin/sh\n" +
    MANAGED_HEADER +
    "# Applies the PAM items with authselect, checks the result, and rolls it back when the check fails.\n" +
    COMMON +
    `rollback() {
  say "$1"
  if restore_dir "$backup/pam.d" /etc/pam.d; then
    if [ -d "$backup/authselect" ]; then restore_dir "$backup/authselect" /etc/authselect; fi
    if [ -f "$backup/nsswitch.conf" ]; then cp -p "$backup/nsswitch.conf" /etc/nsswitch.conf; fi
    say "the PAM change was rolled back: /etc/pam.d is restored from $backup/pam.d (the rejected one is /etc/pam.d.rampart-rejected)"
  else
    say "the PAM rollback failed: the previous /etc/pam.d is in $backup/pam.d"
  fi
  exit 1
}

rm -rf "$backup" && mkdir -p "$backup" && cp -a /etc/pam.d "$backup/pam.d" ||
  { say "cannot copy /etc/pam.d to $backup, so the PAM change was not made"; exit 1; }
if [ -d /etc/authselect ]; then cp -a /etc/authselect "$backup/authselect" || { say "cannot copy /etc/authselect to $backup, so the PAM change was not made"; exit 1; }; fi
if [ -f /etc/nsswitch.conf ]; then cp -p /etc/nsswitch.conf "$backup/nsswitch.conf"; fi
check --record "$backup/known-problems"
` +
    authselectSteps +
    (expect.length > 0 ? expectLines(expect, "authselect did not apply the PAM items") : "") +
    (pam.unix.enabled ? NO_NULLOK(stacks) : "") +
    suCommands(pam.su) +
    CHECK_AND_FINISH
  );
}
