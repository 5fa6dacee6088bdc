// logrotate (CIS 6.1.3.8): installed, its timer on, and a rotation for the logs the baseline adds
// (the sudo log), which no package rotates. `su root root` because Ubuntu's /var/log is group-writable
// (syslog), where logrotate refuses to rotate without it; `create` keeps new files at 0640.
import { MANAGED_HEADER, NOTHING, RenderedPart } from "./part";
import { CisItems } from "./types";

type On = Extract<CisItems["logrotate"], { enabled: true }>;

export function logrotateText(item: On): string {
  const body = [item.frequency, `rotate ${item.rotate}`, "missingok", "notifempty", "compress", "delaycompress", "su root root", "create 0640 root root"];
  return `${MANAGED_HEADER}${item.logs.join(" ")} {\n${body.map((l) => `    ${l}\n`).join("")}}\n`;
}

export function logrotatePart(item: CisItems["logrotate"]): RenderedPart {
  if (!item.enabled) return NOTHING;
  return {
    packages: ["logrotate"],
    // Written after the package installed /etc/logrotate.d.
    writeFiles: item.logs.length > 0 ? [{ path: item.path, content: logrotateText(item), owner: "root:root", permissions: "0644", defer: true }] : [],
    runcmd: [["systemctl", "enable", "--now", "logrotate.timer"]],
  };
}
