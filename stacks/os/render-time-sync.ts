// Time synchronisation (CIS 2.3): one time daemon, pointed at an authorised server. Debian and
// Ubuntu get systemd-timesyncd (its own package since Debian 12; installing it removes another
// time daemon, as both provide time-daemon) with a drop-in naming the servers: the Amazon Time Sync
// Service at its link-local IPv4 and IPv6 addresses by default. FallbackNTP names the
// distribution's pool, which is what the SCAP Security Guide's service_timesyncd_configured looks
// for; timesyncd uses it only when no NTP= server is known. Amazon Linux 2023 ships chrony already
// configured for the Amazon Time Sync Service: it is only installed and enabled.
import { MANAGED_HEADER, NOTHING, RenderedPart } from "./part";
import { CisItems, OsFamily } from "./types";

type On = Extract<CisItems["timeSync"], { enabled: true }>;

export function timesyncdText(item: On, osFamily: "debian" | "ubuntu"): string {
  return `${MANAGED_HEADER}[Time]\nNTP=${item.servers.join(" ")}\nFallbackNTP=${item.fallbackServers[osFamily].join(" ")}\n`;
}

export function timeSyncPart(item: CisItems["timeSync"], osFamily: OsFamily): RenderedPart {
  if (!item.enabled) return NOTHING;
  if (osFamily === "amazon-linux") {
    return { packages: ["chrony"], writeFiles: [], runcmd: [["systemctl", "enable", "--now", "chronyd.service"]] };
  }
  return {
    packages: ["systemd-timesyncd"],
    writeFiles: [{ path: item.path, content: timesyncdText(item, osFamily), owner: "root:root", permissions: "0644" }],
    // A restart reads the drop-in when the daemon was already running.
    runcmd: [["systemctl", "enable", "systemd-timesyncd.service"], ["systemctl", "restart", "systemd-timesyncd.service"]],
  };
}
