// File permissions (CIS 7.1, 2.4.1, 6.1.4.1, 7.2.9, 7.2.10): the account files and their "-"
// backups, cron's files, the files in /var/log, and interactive users' home directories and dot
// files. A script in runcmd, so it runs after the packages are installed and after cloud-init
// created the default cloud user. It only ever takes permission bits away ("at most 0640"), never
// adds them, so running it again changes nothing.
import { MANAGED_HEADER, NOTHING, RenderedPart } from "./part";
import { shQuote } from "./shell";
import { CisItems, OsFamily } from "./types";

export const FILE_PERMISSIONS_SCRIPT = "/etc/rampart/file-permissions.sh";

/** The chmod that takes away every bit `maxMode` does not allow ("0640" -> "u-x,g-wx,o-rwx"). */
export function chmodAtMost(maxMode: string): string {
  const digits = maxMode.padStart(4, "0").slice(-3);
  const removed = [...digits].map((d, i) => {
    const bits = 7 & ~Number(d);
    const letters = (bits & 4 ? "r" : "") + (bits & 2 ? "w" : "") + (bits & 1 ? "x" : "");
    return letters ? `${"ugo"[i]}-${letters}` : "";
  });
  const chmod = removed.filter(Boolean).join(",");
  if (!chmod) throw new Error(`a maximum mode of ${maxMode} takes nothing away`);
  return chmod;
}

/** The bits `maxMode` does not allow, for find -perm / ("0640" -> "0137"). */
export function forbiddenBits(maxMode: string): string {
  return `0${(0o777 & ~parseInt(maxMode, 8)).toString(8).padStart(3, "0")}`;
}

/** Who owns the shadow files and how open they may be: Debian and Ubuntu read them through the shadow group. */
const SHADOW: Record<OsFamily, { group: string; maxMode: string }> = {
  debian: { group: "shadow", maxMode: "0640" },
  ubuntu: { group: "shadow", maxMode: "0640" },
  "amazon-linux": { group: "root", maxMode: "0000" },
};

type Entry = [path: string, group: string, maxMode: string];

export function fixedEntries(osFamily: OsFamily): Entry[] {
  const shadow = SHADOW[osFamily];
  return [
    ["/etc/passwd", "root", "0644"],
    ["/etc/passwd-", "root", "0644"],
    ["/etc/group", "root", "0644"],
    ["/etc/group-", "root", "0644"],
    ["/etc/shadow", shadow.group, shadow.maxMode],
    ["/etc/shadow-", shadow.group, shadow.maxMode],
    ["/etc/gshadow", shadow.group, shadow.maxMode],
    ["/etc/gshadow-", shadow.group, shadow.maxMode],
    ["/etc/shells", "root", "0644"],
    ["/etc/security/opasswd", "root", "0600"],
    ["/etc/security/opasswd.old", "root", "0600"],
    ["/etc/crontab", "root", "0600"],
    ...["d", "hourly", "daily", "weekly", "monthly"].map((d): Entry => [`/etc/cron.${d}`, "root", "0700"]),
  ];
}

type On = Extract<CisItems["filePermissions"], { enabled: true }>;

export function filePermissionsScript(item: On, osFamily: OsFamily): string {
  const fixed = fixedEntries(osFamily)
    .map(([p, group, mode]) => `tighten ${shQuote(p)} ${group} ${chmodAtMost(mode)}`)
    .join("\n");
  return `#!/bin/sh
${MANAGED_HEADER}# Takes permissions away, never adds them: running it again changes nothing.
set -u
say() { printf 'rampart: %s\\n' "$*" >&2; }
# tighten PATH GROUP CHMOD: owned by root and that group, with the bits CHMOD names removed (when PATH exists).
tighten() {
  [ -e "$1" ] || return 0
  chown "root:$2" "$1" && chmod "$3" "$1" || say "cannot set root:$2 and $3 on $1"
}
${fixed}

# Log files: at most ${item.logFileMaxMode}.
find /var/log -type f -perm /${forbiddenBits(item.logFileMaxMode)} -exec chmod ${chmodAtMost(item.logFileMaxMode)} {} + || say 'cannot tighten the files in /var/log'

# Interactive users (UID_MIN..UID_MAX of login.defs, a login shell): home at most ${item.homeMaxMode},
# dot files at most ${item.dotFileMaxMode}, shell history and .netrc at most 0600.
uid_min=$(awk '$1 == "UID_MIN" { print $2 }' /etc/login.defs 2>/dev/null)
uid_max=$(awk '$1 == "UID_MAX" { print $2 }' /etc/login.defs 2>/dev/null)
awk -F: -v min="\${uid_min:-1000}" -v max="\${uid_max:-60000}" '$3 >= min && $3 <= max && $7 !~ /(nologin|false)$/ { print $6 }' /etc/passwd |
  while IFS= read -r home; do
    case "$home" in /|"") continue ;; esac
    [ -d "$home" ] || continue
    chmod ${chmodAtMost(item.homeMaxMode)} "$home" || say "cannot tighten $home"
    find "$home" -maxdepth 1 -type f -name '.*' -exec chmod ${chmodAtMost(item.dotFileMaxMode)} {} + || say "cannot tighten the dot files in $home"
    find "$home" -maxdepth 1 -type f \\( -name .bash_history -o -name .netrc \\) -exec chmod ${chmodAtMost("0600")} {} +
  done
exit 0
`;
}

export function filePermissionsPart(item: CisItems["filePermissions"], osFamily: OsFamily): RenderedPart {
  if (!item.enabled) return NOTHING;
  return {
    packages: [],
    writeFiles: [{ path: FILE_PERMISSIONS_SCRIPT, content: filePermissionsScript(item, osFamily), owner: "root:root", permissions: "0700" }],
    runcmd: [["sh", FILE_PERMISSIONS_SCRIPT]],
  };
}
