// The CIS Level 1 Server items of the baseline's "cis" section that configure the system rather
// than a login path: file integrity, file permissions, cron and at, time, logs, /tmp and the
// packages CIS wants present. Each one is on (its settings) or off with a reason.
import type { Switchable } from "./types";

export type JournaldSettings = {
  Compress: "yes" | "no";
  Storage: "persistent" | "auto" | "volatile" | "none";
  ForwardToSyslog: "yes" | "no";
};

export interface CisSystemItems {
  /** AIDE installed, its database built at first boot, checked by a systemd timer. */
  aide: Switchable<{ checkSchedule: string; auditTools: string[] }>;
  /** Account files, cron, /var/log and interactive users' homes and dot files, tightened in runcmd. */
  filePermissions: Switchable<{ logFileMaxMode: string; homeMaxMode: string; dotFileMaxMode: string }>;
  /** cron.allow and at.allow naming root only; cron.deny and at.deny removed. */
  cronAt: Switchable<Record<never, never>>;
  /** systemd-timesyncd (Debian, Ubuntu) with these servers, or chrony (Amazon Linux 2023). */
  timeSync: Switchable<{ path: string; servers: string[]; fallbackServers: { debian: string[]; ubuntu: string[] } }>;
  /** A journald drop-in; systemd-journal-remote installed with its listening socket masked. */
  journald: Switchable<{ path: string; settings: JournaldSettings; journalRemote: boolean }>;
  /** logrotate installed, its timer on, and a rotation for the logs the baseline adds. */
  logrotate: Switchable<{ path: string; logs: string[]; frequency: "daily" | "weekly" | "monthly"; rotate: number }>;
  /** /tmp on tmpfs with these mount options (from the next boot). */
  tmp: Switchable<{ options: string[]; size: string }>;
  /** AppArmor and its tools on Debian and Ubuntu (Amazon Linux 2023 has SELinux instead). */
  apparmor: Switchable<Record<never, never>>;
  /** nftables installed as the firewall utility, with no ruleset enabled. */
  nftables: Switchable<Record<never, never>>;
}
