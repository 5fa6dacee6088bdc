// AIDE (CIS 6.3): installed, its database built at first boot, and checked by a systemd timer.
// The SCAP Security Guide's checks decide the details: aide_periodic_checking_systemd_timer looks
// for aidecheck.service and aidecheck.timer, both enabled (on Debian and Amazon Linux; Debian's own
// dailyaidecheck.timer is then switched off, so that one check runs), and on Ubuntu for Ubuntu's
// dailyaidecheck.timer enabled, which is kept and given the schedule in a drop-in.
// aide_check_audit_tools reads the audit tools' lines in aide.conf itself (not a drop-in), so they
// are set there, replaced or appended. On Debian 12, aide_build_database (content 0.1.82) finds the
// database only through a `database=file:` line, the name AIDE 0.18 still reads (with a deprecation
// warning) beside Debian's `database_in=`; that warning says the name goes in the next release, so only Debian 12 gets it.
// The database is built last but one in runcmd (after the other files and permissions), so the
// first check compares against the hardened system.
import { MANAGED_HEADER, NOTHING, RenderedPart } from "./part";
import { shQuote } from "./shell";
import { CisItems } from "./types";
import type { OsRelease } from "./releases";
import type { OsFamily } from "./types";

type AideItem = Extract<CisItems["aide"], { enabled: true }>;

interface AideFacts {
  packages: string[];
  conf: string;
  binary: string;
  /** The database the check reads. */
  database: string;
  /** Builds the database and puts it where the check reads it. */
  init: string;
  /** The distribution's own timer: kept (with the schedule) or switched off for aidecheck.timer. */
  vendorTimer?: { unit: string; keep: boolean };
}

const DEBIAN_LIKE = {
  packages: ["aide", "aide-common"],
  conf: "/etc/aide/aide.conf",
  binary: "/usr/bin/aide",
  database: "/var/lib/aide/aide.db",
  init: "aideinit -y -f",
};

export const AIDE_FACTS: Record<OsFamily, AideFacts> = {
  debian: { ...DEBIAN_LIKE, vendorTimer: { unit: "dailyaidecheck.timer", keep: false } },
  ubuntu: { ...DEBIAN_LIKE, vendorTimer: { unit: "dailyaidecheck.timer", keep: true } },
  "amazon-linux": {
    packages: ["aide"],
    conf: "/etc/aide.conf",
    binary: "/usr/sbin/aide",
    database: "/var/lib/aide/aide.db.gz",
    init: "aide --config /etc/aide.conf --init && mv -f /var/lib/aide/aide.db.new.gz /var/lib/aide/aide.db.gz",
  },
};

/** What aide_check_audit_tools expects for each audit tool: permissions, owners, ACLs, SELinux label, xattrs, SHA-512. */
export const AUDIT_TOOL_ATTRIBUTES = "p+i+n+u+g+s+b+acl+selinux+xattrs+sha512";
export const AIDE_SERVICE = "/etc/systemd/system/aidecheck.service";
export const AIDE_TIMER = "/etc/systemd/system/aidecheck.timer";
export const vendorTimerDropIn = (unit: string) => `/etc/systemd/system/${unit}.d/50-rampart.conf`;

/** The schedule for a timer that has its own: the empty OnCalendar= clears the vendor's. */
export function vendorTimerDropInText(item: { checkSchedule: string }): string {
  return `${MANAGED_HEADER}[Timer]\nOnCalendar=\nOnCalendar=${item.checkSchedule}\n`;
}

export function aideServiceText(facts: AideFacts): string {
  return (
    MANAGED_HEADER +
    "# Enabled as the SCAP Security Guide checks it, which also runs a check at every boot.\n" +
    "[Unit]\nDescription=AIDE file integrity check\nDocumentation=man:aide(1)\n" +
    `ConditionPathExists=${facts.database}\n\n` +
    "[Service]\nType=oneshot\nNice=19\nIOSchedulingClass=idle\n" +
    `ExecStart=${facts.binary} --config ${facts.conf} --check\n\n` +
    "[Install]\nWantedBy=multi-user.target\n"
  );
}

export function aideTimerText(item: { checkSchedule: string }): string {
  return (
    MANAGED_HEADER +
    "[Unit]\nDescription=Periodic AIDE file integrity check\n\n" +
    `[Timer]\nOnCalendar=${item.checkSchedule}\nRandomizedDelaySec=30min\nPersistent=true\nUnit=aidecheck.service\n\n` +
    "[Install]\nWantedBy=timers.target\n"
  );
}

/** Sets each audit tool's line in aide.conf: an existing line (with or without /usr) is replaced, else one is appended. */
export function auditToolsCommand(conf: string, tools: readonly string[]): string {
  const c = shQuote(conf);
  return (
    `for t in ${tools.map(shQuote).join(" ")}; do ` +
    `if grep -Eq "^(/usr)?/sbin/$t[[:space:]]" ${c}; then sed -i -E "s|^(/usr)?/sbin/$t[[:space:]].*|/usr/sbin/$t ${AUDIT_TOOL_ATTRIBUTES}|" ${c}; ` +
    `else printf '%s\\n' "/usr/sbin/$t ${AUDIT_TOOL_ATTRIBUTES}" >> ${c}; fi; done`
  );
}

/** Releases whose aide.conf gets the old `database=file:` spelling for the scanner (see above). */
const DATABASE_LINE_RELEASES = ["debian 12"];

export function databaseLineCommand(conf: string, database: string): string {
  return `grep -q '^database=file:' ${shQuote(conf)} || printf '%s\\n' ${shQuote(`database=file:${database}`)} >> ${shQuote(conf)}`;
}

export function aideInitCommand(facts: AideFacts): string {
  return `if ! { ${facts.init}; } >/dev/null; then echo 'rampart: building the AIDE database failed; the daily check waits for ${facts.database}' >&2; fi`;
}

export function aidePart(item: CisItems["aide"], release: OsRelease): RenderedPart {
  if (!item.enabled) return NOTHING;
  const facts = AIDE_FACTS[release.family];
  const on: AideItem = item;
  const unit = (path: string, content: string) => ({ path, content, owner: "root:root", permissions: "0644" });
  const prepare = [
    ...(DATABASE_LINE_RELEASES.includes(`${release.family} ${release.version}`) ? [databaseLineCommand(facts.conf, facts.database)] : []),
    ...(on.auditTools.length > 0 ? [auditToolsCommand(facts.conf, on.auditTools)] : []),
    aideInitCommand(facts),
    ["systemctl", "daemon-reload"],
  ];
  const vendor = facts.vendorTimer;
  if (vendor?.keep) {
    return {
      packages: facts.packages,
      writeFiles: [unit(vendorTimerDropIn(vendor.unit), vendorTimerDropInText(on))],
      runcmd: [...prepare, ["systemctl", "enable", "--now", vendor.unit]],
    };
  }
  return {
    packages: facts.packages,
    writeFiles: [unit(AIDE_SERVICE, aideServiceText(facts)), unit(AIDE_TIMER, aideTimerText(on))],
    runcmd: [
      ...prepare,
      // list-unit-files reads unit files, so this also works before systemd runs (an image build, a chroot).
      ...(vendor ? [`if systemctl list-unit-files ${vendor.unit} | grep -q '^${vendor.unit.replace(/\./g, "\\.")}'; then systemctl disable --now ${vendor.unit}; fi`] : []),
      ["systemctl", "enable", "aidecheck.service"],
      ["systemctl", "enable", "--now", "aidecheck.timer"],
    ],
  };
}
