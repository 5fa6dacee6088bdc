// journald (CIS 6.1.1, 6.1.2): a drop-in with Compress, Storage and ForwardToSyslog, which the
// SCAP Security Guide reads from journald.conf.d; journald is restarted to take it (Storage=persistent
// creates /var/log/journal). systemd-journal-remote is installed, as CIS 6.1.2.1.1 asks, and its
// listening socket masked (6.1.2.1.4): this server sends logs, it does not receive them. With
// ForwardToSyslog=no an installed rsyslog (Ubuntu's images have one) no longer gets the journal's
// messages: journald is the one logging system.
import { MANAGED_HEADER, RenderedPart } from "./part";
import { CisItems } from "./types";
import type { JournaldSettings } from "./cis-system-types";

const KEYS: (keyof JournaldSettings)[] = ["Compress", "Storage", "ForwardToSyslog"];

export function journaldText(settings: JournaldSettings): string {
  return `${MANAGED_HEADER}[Journal]\n${KEYS.map((k) => `${k}=${settings[k]}\n`).join("")}`;
}

export function journaldPart(item: CisItems["journald"]): RenderedPart {
  if (!item.enabled) return { packages: [], writeFiles: [], runcmd: [] };
  return {
    packages: item.journalRemote ? ["systemd-journal-remote"] : [],
    writeFiles: [{ path: item.path, content: journaldText(item.settings), owner: "root:root", permissions: "0644" }],
    runcmd: [
      ["systemctl", "restart", "systemd-journald.service"],
      ...(item.journalRemote ? [["systemctl", "mask", "--now", "systemd-journal-remote.socket"]] : []),
    ],
  };
}
