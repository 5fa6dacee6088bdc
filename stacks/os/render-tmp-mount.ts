// /tmp on tmpfs (CIS 1.1.2.1) with nosuid, nodev and noexec. systemd's own tmp.mount (Debian and
// Ubuntu keep it in /usr/share/systemd, Debian 13 and Amazon Linux 2023 in the unit path) without
// noexec; Rampart writes the whole unit to /etc/systemd/system, where it takes precedence over a
// vendor copy on every release, and enables it. It is not started now: mounting over /tmp while
// cloud-init runs would hide files in use. /tmp is a tmpfs from the next boot (package_reboot_if_required
// often brings it on the first boot).
import { MANAGED_HEADER, NOTHING, RenderedPart } from "./part";
import { CisItems } from "./types";

export const TMP_MOUNT_UNIT = "/etc/systemd/system/tmp.mount";

export function tmpMountText(item: { options: string[]; size: string }): string {
  // % starts a specifier in unit files: %% is a literal one.
  const options = ["mode=1777", "strictatime", ...item.options, `size=${item.size.replace(/%/g, "%%")}`, "nr_inodes=1m"].join(",");
  return (
    MANAGED_HEADER +
    "[Unit]\nDescription=Temporary Directory /tmp\nDocumentation=https://systemd.io/TEMPORARY_DIRECTORIES\n" +
    "ConditionPathIsSymbolicLink=!/tmp\nDefaultDependencies=no\nConflicts=umount.target\nBefore=local-fs.target umount.target\nAfter=swap.target\n\n" +
    `[Mount]\nWhat=tmpfs\nWhere=/tmp\nType=tmpfs\nOptions=${options}\n\n` +
    "[Install]\nWantedBy=local-fs.target\n"
  );
}

export function tmpMountPart(item: CisItems["tmp"]): RenderedPart {
  if (!item.enabled) return NOTHING;
  return {
    packages: [],
    writeFiles: [{ path: TMP_MOUNT_UNIT, content: tmpMountText(item), owner: "root:root", permissions: "0644" }],
    runcmd: [["systemctl", "daemon-reload"], ["systemctl", "enable", "tmp.mount"]],
  };
}
