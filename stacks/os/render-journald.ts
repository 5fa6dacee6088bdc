// journald (CIS 6.1.1, 6.1.2): a drop-in with Compress, Storage and ForwardToSyslog, and the same
// keys in /etc/systemd/journald.conf itself, the only file the SCAP Security Guide's Debian 12 checks
// read (journald_compress, journald_storage, journald_disable_forward_to_syslog; content 0.1.82).
// journald is restarted to take them (Storage=persistent creates /var/log/journal). systemd-journal-remote is installed, as CIS 6.1.2.1.1 asks, and its
// listening socket masked (6.1.2.1.4): this server sends logs, it does not receive them. With
// ForwardToSyslog=no an installed rsyslog (Ubuntu's images have one) no longer gets the journal's
// messages: journald is the one logging system.
import { MANAGED_HEADER, NOTHING, RenderedPart } from "./part";
import { setConfigKeyCommand, shQuote } from "./shell";
import { CisItems } from "./types";
import type { JournaldSettings } from "./cis-system-types";

const KEYS: (keyof JournaldSettings)[] = ["Compress", "Storage", "ForwardToSyslog"];

export function journaldText(settings: JournaldSettings): string {
  return `${MANAGED_HEADER}[Journal]\n${KEYS.map((k) => `${k}=${settings[k]}\n`).join("")}`;
}

export const JOURNALD_CONF = "/etc/systemd/journald.conf";

/**
 * Sets each key as Key=value (no spaces: what the scanner's pattern wants) in journald.conf: an active
 * line is rewritten, else one is appended. Appending lands in [Journal], the file's only section.
 */
export function journaldConfCommand(settings: JournaldSettings, file = JOURNALD_CONF): string {
  const f = shQuote(file);
  const section = `[ -f ${f} ] || printf '[Journal]\\n' > ${f}; grep -q '^\\[Journal\\]' ${f} || printf '[Journal]\\n' >> ${f}`;
  return [section, ...KEYS.map((k) => setConfigKeyCommand(file, k, settings[k], "assign"))].join("; ");
}

export function journaldPart(item: CisItems["journald"]): RenderedPart {
  if (!item.enabled) return NOTHING;
  return {
    packages: item.journalRemote ? ["systemd-journal-remote"] : [],
    writeFiles: [{ path: item.path, content: journaldText(item.settings), owner: "root:root", permissions: "0644" }],
    runcmd: [
      journaldConfCommand(item.settings),
      ["systemctl", "restart", "systemd-journald.service"],
      ...(item.journalRemote ? [["systemctl", "mask", "--now", "systemd-journal-remote.socket"]] : []),
    ],
  };
}
