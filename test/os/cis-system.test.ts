// The system items of the baseline's "cis" section (AIDE, file permissions, cron and at, time,
// journald, logrotate, /tmp, AppArmor, nftables), checked by the real tools that read them: aide
// --config-check, systemd-analyze verify and cat-config, logrotate -d, and the permission script
// run for real in a scratch root (unshare -m). The patterns are the SCAP Security Guide's checks.
import * as fs from "fs";
import * as path from "path";
import { buildCloudConfig, loadLinuxBaseline, validateLinuxBaseline } from "../../stacks/os";
import type { CloudConfig } from "../../stacks/os";
import { CisSystemItems } from "../../stacks/os/cis-system-types";
import { AIDE_FACTS, AIDE_SERVICE, AIDE_TIMER, AUDIT_TOOL_ATTRIBUTES, aideInitCommand, aideServiceText, aideTimerText, auditToolsCommand, databaseLineCommand, vendorTimerDropIn, vendorTimerDropInText } from "../../stacks/os/render-aide";
import { chmodAtMost, FILE_PERMISSIONS_SCRIPT, filePermissionsScript, forbiddenBits } from "../../stacks/os/render-file-permissions";
import { journaldConfCommand, journaldText } from "../../stacks/os/render-journald";
import { logrotateText } from "../../stacks/os/render-logrotate";
import { timesyncdText } from "../../stacks/os/render-time-sync";
import { TMP_MOUNT_UNIT, tmpMountText } from "../../stacks/os/render-tmp-mount";
import { LinuxBaseline, OsFamily } from "../../stacks/os/types";
import { ScratchRoot, mountNamespacesWork } from "./scratch-root";
import { osTools, run, tempDir } from "./tools";

const baseline = loadLinuxBaseline();
type AllOn = { [K in keyof CisSystemItems]: Extract<CisSystemItems[K], { enabled: true }> };
const cis = baseline.cis as unknown as AllOn;
const RELEASES: [OsFamily, string][] = [
  ["debian", "12"],
  ["debian", "13"],
  ["ubuntu", "22.04"],
  ["ubuntu", "24.04"],
  ["amazon-linux", "2023"],
];

function write(dir: string, name: string, content: string, mode = 0o644): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content, { mode });
  fs.chmodSync(file, mode);
  return file;
}
const fileOf = (config: CloudConfig, p: string) => config.write_files.find((f) => f.path === p);
const withCis = (items: Partial<Record<keyof CisSystemItems, unknown>>): LinuxBaseline =>
  JSON.parse(JSON.stringify({ ...baseline, cis: { ...baseline.cis!, ...items } }));
const off = (reason: string) => ({ enabled: false, reason });

const aideTools = osTools({ aide: ["aide", "aide"], aideinit: ["aideinit", "aide-common"], sh: ["sh", "dash"] });
aideTools.describe("AIDE: the audit tools in aide.conf, read by the real aide", () => {
  const { aide: AIDE, sh: SH } = aideTools.path;
  const debianConf = "/etc/aide/aide.conf";

  function configCheck(conf: string) {
    return run(AIDE, ["--config", conf, "--config-check"]);
  }

  it("aide --config-check accepts Debian's aide.conf with the audit tools set, and the line is the one aide_check_audit_tools reads", () => {
    const conf = write(tempDir(), "aide.conf", fs.readFileSync(debianConf, "utf8"));
    const command = auditToolsCommand(conf, cis.aide.auditTools);
    expect(run(SH, ["-c", command])).toMatchObject({ status: 0, stderr: "" });
    const once = fs.readFileSync(conf, "utf8");
    // Idempotent: a second run replaces the lines it wrote, it does not add more.
    expect(run(SH, ["-c", command]).status).toBe(0);
    expect(fs.readFileSync(conf, "utf8")).toBe(once);
    for (const tool of cis.aide.auditTools) {
      // The SCAP Security Guide: the first line matching ^(?:/usr)?/sbin/TOOL\s+(...)$ carries exactly these attributes (Debian).
      const first = new RegExp(`^(?:/usr)?/sbin/${tool}\\s+([^\\n]+)$`, "m").exec(once);
      expect(first?.[1]).toBe("p+i+n+u+g+s+b+acl+selinux+xattrs+sha512");
    }
    expect(configCheck(conf)).toMatchObject({ status: 0, stderr: "" });
  });

  it("replaces a tool line the distribution already has, with or without /usr", () => {
    const conf = write(tempDir(), "aide.conf", `${fs.readFileSync(debianConf, "utf8")}/sbin/auditctl p+i+n+u+g+s+b+acl+xattrs+sha512\n`);
    run(SH, ["-c", auditToolsCommand(conf, cis.aide.auditTools)]);
    const lines = fs.readFileSync(conf, "utf8").split("\n").filter((l) => /^(\/usr)?\/sbin\/auditctl\s/.test(l));
    expect(lines).toEqual([`/usr/sbin/auditctl ${AUDIT_TOOL_ATTRIBUTES}`]);
    expect(configCheck(conf).status).toBe(0);
  });

  it("Debian 12: the database= line aide_build_database looks for, once, beside Debian's database_in= (aide only warns)", () => {
    const conf = write(tempDir(), "aide.conf", fs.readFileSync(debianConf, "utf8"));
    const command = databaseLineCommand(conf, AIDE_FACTS.debian.database);
    run(SH, ["-c", command]);
    run(SH, ["-c", command]);
    const text = fs.readFileSync(conf, "utf8");
    // The SCAP Security Guide (0.1.82): ^database=file:(?:@@{DBDIR}/)?([a-z./]+)$, first instance, and the file must exist.
    expect([...text.matchAll(/^database=file:(?:@@\{DBDIR\}\/)?([a-z./]+)$/gm)].map((m) => m[1])).toEqual(["/var/lib/aide/aide.db"]);
    const result = configCheck(conf);
    expect(result.status).toBe(0);
    expect(result.stderr.split("\n").filter((l) => l && !/DEPRECATED/.test(l))).toEqual([]);
    const debian12 = buildCloudConfig(baseline, { osFamily: "debian", osVersion: "12" });
    const debian13 = buildCloudConfig(baseline, { osFamily: "debian", osVersion: "13" });
    expect(debian12.runcmd).toContainEqual(databaseLineCommand(AIDE_FACTS.debian.conf, AIDE_FACTS.debian.database));
    expect(debian13.runcmd.some((c) => String(c).includes("database=file:"))).toBe(false);
  });

  it("the check is real: aide refuses an attribute it does not know", () => {
    const conf = write(tempDir(), "aide.conf", `${fs.readFileSync(debianConf, "utf8")}/usr/sbin/auditctl p+i+bogus\n`);
    const result = configCheck(conf);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/bogus/);
  });
});

const aideRunTools = osTools({ aide: ["aide", "aide"], aideinit: ["aideinit", "aide-common"], unshare: ["unshare", "util-linux"] });
const aideScratch = aideRunTools.path.unshare.startsWith("/") && mountNamespacesWork(aideRunTools.path.unshare);
(aideScratch ? aideRunTools.describe : describe.skip)("AIDE: the rendered first-boot init and the check the timer runs, for real in a scratch root", () => {
  // A small configuration that watches one folder, so that init takes a moment, not minutes.
  function scratch(osFamily: OsFamily, watched: string): ScratchRoot {
    const facts = AIDE_FACTS[osFamily];
    const root = new ScratchRoot(aideRunTools.path.unshare, ["/var/lib/aide"]);
    const gz = facts.database.endsWith(".gz");
    const conf = [`database_in=file:${facts.database}`, `database_out=file:/var/lib/aide/aide.db.new${gz ? ".gz" : ""}`, `gzip_dbout=${gz ? "yes" : "no"}`, `${watched} p+i+n+u+g+s+b+sha512`];
    root.write(facts.conf, `${conf.join("\n")}\n`, 0o600);
    // Debian's aideinit builds the database as _aide, which owns /var/lib/aide there.
    const aideUser = /^_aide:x:(\d+):/m.exec(fs.readFileSync("/etc/passwd", "utf8"));
    if (aideUser) fs.chownSync(root.path("/var/lib/aide"), Number(aideUser[1]), 0);
    fs.chmodSync(root.path("/var/lib/aide"), 0o700);
    return root;
  }

  it.each([["debian"], ["amazon-linux"]] as [OsFamily][])("%s: the database is built where aidecheck.service reads it; the check passes, then reports a change", (osFamily) => {
    const watched = tempDir();
    write(watched, "file", "before\n");
    const root = scratch(osFamily, watched);
    const facts = AIDE_FACTS[osFamily];
    const init = aideInitCommand(facts);
    // The service's own command line, with this machine's aide (Amazon Linux keeps it in /usr/sbin).
    const execStart = /^ExecStart=(\S+) (.*)$/m.exec(aideServiceText(facts))!;
    const check = `${aideRunTools.path.aide} ${execStart[2]}`;
    const result = root.run(`${init}\n[ -s ${facts.database} ] || exit 7\n${check} >/dev/null; echo "clean=$?"\necho after >> '${watched}/file'\n${check} >/dev/null; echo "changed=$?"`);
    expect(result.stderr).not.toMatch(/rampart:|ERROR|WARNING/);
    expect(result.stdout).toContain("clean=0\n");
    expect(result.stdout).toMatch(/changed=[1-9]/);
  });
});

const systemdTools = osTools({ analyze: ["systemd-analyze", "systemd"], aide: ["aide", "aide"] });
systemdTools.describe("systemd units and drop-ins, read by systemd-analyze", () => {
  const { analyze: ANALYZE } = systemdTools.path;

  function verify(dir: string, files: string[]) {
    return run(ANALYZE, ["verify", ...files.map((f) => path.join(dir, f))], { env: { ...process.env, SYSTEMD_LOG_COLOR: "0" } });
  }

  it("aidecheck.service and aidecheck.timer verify cleanly, and the schedule is a calendar systemd accepts", () => {
    const dir = tempDir();
    write(dir, "aidecheck.service", aideServiceText(AIDE_FACTS.debian));
    write(dir, "aidecheck.timer", aideTimerText(cis.aide));
    expect(verify(dir, ["aidecheck.service", "aidecheck.timer"])).toMatchObject({ status: 0, stderr: "" });
    expect(run(ANALYZE, ["calendar", cis.aide.checkSchedule]).status).toBe(0);
    expect(run(ANALYZE, ["calendar", "every full moon"]).status).not.toBe(0);
  });

  it("Ubuntu keeps its dailyaidecheck.timer (aide-common's, read here from this machine) with the schedule from a drop-in, which systemd reads", () => {
    const vendor = "/lib/systemd/system/dailyaidecheck.timer";
    const dir = tempDir();
    write(dir, "dailyaidecheck.timer", fs.readFileSync(vendor, "utf8"));
    write(dir, "dailyaidecheck.service", fs.readFileSync(vendor.replace(".timer", ".service"), "utf8"));
    const dropIn = path.join(dir, "dailyaidecheck.timer.d", path.basename(vendorTimerDropIn("dailyaidecheck.timer")));
    const env = { ...process.env, SYSTEMD_UNIT_PATH: `${dir}:`, SYSTEMD_LOG_COLOR: "0" };
    write(dir, path.relative(dir, dropIn), vendorTimerDropInText(cis.aide));
    expect(run(ANALYZE, ["verify", path.join(dir, "dailyaidecheck.timer")], { env })).toMatchObject({ status: 0, stderr: "" });
    // The drop-in is really read: a bad schedule in it is reported.
    write(dir, path.relative(dir, dropIn), vendorTimerDropInText({ checkSchedule: "every full moon" }));
    expect(run(ANALYZE, ["verify", path.join(dir, "dailyaidecheck.timer")], { env }).stderr).toMatch(/50-rampart\.conf:\d+: Failed to parse calendar/);
  });

  it("tmp.mount verifies cleanly, is a tmpfs on /tmp with nosuid, nodev and noexec, and a bad unit is reported", () => {
    const dir = tempDir();
    write(dir, "tmp.mount", tmpMountText(cis.tmp));
    expect(verify(dir, ["tmp.mount"])).toMatchObject({ status: 0, stderr: "" });
    const options = /^Options=(.*)$/m.exec(tmpMountText(cis.tmp))![1].split(",");
    expect(options).toEqual(expect.arrayContaining(["nosuid", "nodev", "noexec", "mode=1777", "size=50%%"]));
    write(dir, "broken/tmp.mount", tmpMountText(cis.tmp).replace("Where=/tmp", "Where=/var/tmp"));
    expect(verify(path.join(dir, "broken"), ["tmp.mount"]).status).not.toBe(0);
  });

  it.each([
    ["systemd/journald.conf", cis.journald.path, journaldText(cis.journald.settings), ["[Journal]", "Compress=yes", "Storage=persistent", "ForwardToSyslog=no"]],
    ["systemd/timesyncd.conf", cis.timeSync.path, timesyncdText(cis.timeSync, "debian"), ["[Time]", "NTP=169.254.169.123 fd00:ec2::123", `FallbackNTP=${cis.timeSync.fallbackServers.debian.join(" ")}`]],
  ])("systemd reads the %s drop-in from its folder", (config, dropIn, text, lines) => {
    const root = tempDir();
    write(root, dropIn, text);
    const result = run(ANALYZE, [`--root=${root}`, "cat-config", "--no-pager", config]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`# ${path.join(root, dropIn)}`);
    const active = result.stdout.split("\n").filter((l) => l && !l.startsWith("#"));
    expect(active).toEqual(lines);
  });
});

const journaldTools = osTools({ analyze: ["systemd-analyze", "systemd"], sh: ["sh", "dash"] });
journaldTools.describe("journald.conf itself, where the SCAP Security Guide reads the keys", () => {
  const { analyze: ANALYZE, sh: SH } = journaldTools.path;

  it.each([["Debian's journald.conf", fs.existsSync("/etc/systemd/journald.conf") ? fs.readFileSync("/etc/systemd/journald.conf", "utf8") : "[Journal]\n#Compress=yes\n"], ["a file with other values", "[Journal]\nCompress=no\n  Storage=volatile\n"], ["no file", undefined]])(
    "%s: each key set once as Key=value, read by systemd",
    (_what, original) => {
      const root = tempDir();
      const file = path.join(root, "etc/systemd/journald.conf");
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (original !== undefined) fs.writeFileSync(file, original);
      const command = journaldConfCommand(cis.journald.settings, file);
      expect(run(SH, ["-c", command])).toMatchObject({ status: 0, stderr: "" });
      const once = fs.readFileSync(file, "utf8");
      run(SH, ["-c", command]);
      expect(fs.readFileSync(file, "utf8")).toBe(once);
      for (const [key, value] of Object.entries(cis.journald.settings)) {
        // journald_compress and its siblings (0.1.82): ^[ \t]*Key=(.+?)[ \t]*(?:$|#), every instance.
        expect([...once.matchAll(new RegExp(`^[ \\t]*${key}=(.+?)[ \\t]*(?:$|#)`, "gm"))].map((m) => m[1])).toEqual([value]);
      }
      const shown = run(ANALYZE, [`--root=${root}`, "cat-config", "--no-pager", "systemd/journald.conf"]);
      expect(shown.stdout.split("\n").filter((l) => l && !l.startsWith("#"))).toEqual(["[Journal]", "Compress=yes", "Storage=persistent", "ForwardToSyslog=no"]);
    },
  );
});

describe("what the SCAP Security Guide looks for in the rendered files", () => {
  it("timesyncd: the Debian pool after [Time], as service_timesyncd_configured's pattern wants, and the Amazon Time Sync Service first", () => {
    const text = timesyncdText(cis.timeSync, "debian");
    // service_timesyncd_configured: [Time], then (NTP|FallbackNTP)= one of var_multiple_time_servers (Debian's pool).
    const ssg = /^\s*\[Time\].*(?:\n\s*[^[\s].*)*\n^[\s]*(NTP|FallbackNTP)[\s]*=[\s]*0\.debian\.pool\.ntp\.org.*$/m;
    expect(text).toMatch(ssg);
    expect(text).toMatch(/^NTP=169\.254\.169\.123 fd00:ec2::123$/m);
    expect(timesyncdText(cis.timeSync, "ubuntu")).toMatch(/^FallbackNTP=ntp\.ubuntu\.com$/m);
  });

  it("journald: each key in the [Journal] section of a journald.conf.d drop-in", () => {
    expect(cis.journald.path).toMatch(/^\/etc\/systemd\/journald\.conf\.d\/[^/]+\.conf$/);
    expect(journaldText(cis.journald.settings)).toMatch(/^\[Journal\]\nCompress=yes\nStorage=persistent\nForwardToSyslog=no\n$/m);
  });

  it("chmodAtMost and forbiddenBits take away exactly what a maximum mode forbids", () => {
    expect(chmodAtMost("0640")).toBe("u-x,g-wx,o-rwx");
    expect(chmodAtMost("0644")).toBe("u-x,g-wx,o-wx");
    expect(chmodAtMost("0000")).toBe("u-rwx,g-rwx,o-rwx");
    expect(chmodAtMost("0750")).toBe("g-w,o-rwx");
    expect(forbiddenBits("0640")).toBe("0137");
    expect(() => chmodAtMost("0777")).toThrow(/takes nothing away/);
  });
});

const logrotateTools = osTools({ logrotate: ["logrotate", "logrotate"] });
logrotateTools.describe("logrotate reads the rendered rotation", () => {
  const { logrotate: LOGROTATE } = logrotateTools.path;

  it("logrotate -d accepts it without an error, and reports a broken one", () => {
    const dir = tempDir();
    const good = write(dir, "rampart", logrotateText(cis.logrotate));
    const result = run(LOGROTATE, ["-d", "-s", path.join(dir, "state"), good]);
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(/error/i);
    expect(result.stdout + result.stderr).toContain(`rotating pattern: ${cis.logrotate.logs.join(" ")}  ${cis.logrotate.frequency} (${cis.logrotate.rotate} rotations)`);
    const bad = write(dir, "broken", logrotateText(cis.logrotate).replace("missingok", "missingok\n    create 0640 nosuchuser root"));
    expect(run(LOGROTATE, ["-d", "-s", path.join(dir, "state"), bad]).status).not.toBe(0);
  });
});

const permTools = osTools({ unshare: ["unshare", "util-linux"], sh: ["sh", "dash"] });
const scratchWorks = permTools.path.unshare.startsWith("/") && mountNamespacesWork(permTools.path.unshare);
if (!scratchWorks) console.warn("NOT RUN: test/os/cis-system.test.ts file permissions need unshare -m and bind mounts (root, outside a restricted container)");
(scratchWorks ? permTools.describe : describe.skip)("file permissions, applied for real in a scratch root", () => {
  const mode = (root: ScratchRoot, p: string) => fs.statSync(root.path(p)).mode & 0o7777;
  const owner = (root: ScratchRoot, p: string) => `${fs.statSync(root.path(p)).uid}:${fs.statSync(root.path(p)).gid}`;
  const shadowGid = () => Number(/^shadow:x:(\d+):/m.exec(fs.readFileSync("/etc/group", "utf8"))![1]);

  function prepared(): ScratchRoot {
    const root = new ScratchRoot(permTools.path.unshare, ["/var/log", "/home"]);
    // Looser than CIS allows, as an image might ship them.
    for (const f of ["/etc/shadow", "/etc/gshadow", "/etc/passwd", "/etc/group"]) fs.chmodSync(root.path(f), 0o666);
    fs.chownSync(root.path("/etc/shadow"), 0, 0);
    root.write("/etc/shadow-", "root:*:19000:0:99999:7:::\n", 0o644);
    root.write("/etc/crontab", "# crontab\n", 0o644);
    fs.mkdirSync(root.path("/etc/cron.d"), { recursive: true });
    fs.chmodSync(root.path("/etc/cron.d"), 0o755);
    root.write("/var/log/syslog", "x\n", 0o644);
    root.write("/var/log/apt/history.log", "x\n", 0o666);
    root.write("/var/log/private.log", "x\n", 0o600);
    // The default cloud user, as cloud-init created it before runcmd, and a service account.
    fs.appendFileSync(root.path("/etc/passwd"), "admin:x:1000:1000:Debian:/home/admin:/bin/bash\nsvc:x:1001:1001::/home/svc:/usr/sbin/nologin\n");
    for (const [f, m] of [[".bashrc", 0o644], [".profile", 0o666], [".bash_history", 0o644], ["notes.txt", 0o664], [".ssh/authorized_keys", 0o600]] as const) {
      write(path.join(root.dir, "empty-home"), `admin/${f}`, "x\n", m);
    }
    fs.chmodSync(path.join(root.dir, "empty-home/admin"), 0o755);
    write(path.join(root.dir, "empty-home"), "svc/.profile", "x\n", 0o644);
    fs.chmodSync(path.join(root.dir, "empty-home/svc"), 0o755);
    return root;
  }

  function applied(osFamily: OsFamily): ScratchRoot {
    const root = prepared();
    const script = write(tempDir(), "file-permissions.sh", filePermissionsScript(cis.filePermissions, osFamily), 0o700);
    expect(root.run(`sh '${script}'`)).toMatchObject({ status: 0, stderr: "" });
    // Only takes bits away: a second run changes nothing and says nothing.
    const before = snapshot(root);
    expect(root.run(`sh '${script}'`)).toMatchObject({ status: 0, stderr: "" });
    expect(snapshot(root)).toEqual(before);
    return root;
  }

  const WATCHED = ["/etc/passwd", "/etc/group", "/etc/shadow", "/etc/shadow-", "/etc/gshadow", "/etc/crontab", "/etc/cron.d", "/var/log/syslog", "/var/log/apt/history.log", "/var/log/private.log", "/home/admin", "/home/admin/.bashrc", "/home/admin/.profile", "/home/admin/.bash_history", "/home/admin/notes.txt", "/home/svc", "/home/svc/.profile"];
  const snapshot = (root: ScratchRoot) => Object.fromEntries(WATCHED.map((p) => [p, `${mode(root, p).toString(8)} ${owner(root, p)}`]));

  it("Debian and Ubuntu: account files 0644, shadow files 0640 root:shadow, cron 0600/0700, logs at most 0640, the cloud user's home 0750 and dot files 0740", () => {
    const root = applied("debian");
    for (const f of ["/etc/passwd", "/etc/group"]) expect(mode(root, f)).toBe(0o644);
    for (const f of ["/etc/shadow", "/etc/shadow-", "/etc/gshadow"]) {
      expect(mode(root, f)).toBe(0o640);
      expect(owner(root, f)).toBe(`0:${shadowGid()}`);
    }
    expect(mode(root, "/etc/crontab")).toBe(0o600);
    expect(mode(root, "/etc/cron.d")).toBe(0o700);
    expect(mode(root, "/var/log/syslog")).toBe(0o640);
    expect(mode(root, "/var/log/apt/history.log")).toBe(0o640);
    expect(mode(root, "/var/log/private.log")).toBe(0o600);
    expect(mode(root, "/home/admin")).toBe(0o750);
    expect(mode(root, "/home/admin/.bashrc")).toBe(0o640);
    expect(mode(root, "/home/admin/.profile")).toBe(0o640);
    expect(mode(root, "/home/admin/.bash_history")).toBe(0o600);
    // Not a dot file; the .ssh folder keeps its own modes.
    expect(mode(root, "/home/admin/notes.txt")).toBe(0o664);
    expect(fs.statSync(path.join(root.dir, "empty-home/admin/.ssh/authorized_keys")).mode & 0o777).toBe(0o600);
    // A service account without a login shell is not an interactive user.
    expect(mode(root, "/home/svc")).toBe(0o755);
    expect(mode(root, "/home/svc/.profile")).toBe(0o644);
  });

  it("Amazon Linux 2023: shadow files 0000 root:root", () => {
    const root = applied("amazon-linux");
    for (const f of ["/etc/shadow", "/etc/shadow-", "/etc/gshadow"]) {
      expect(mode(root, f)).toBe(0o000);
      expect(owner(root, f)).toBe("0:0");
    }
    expect(mode(root, "/etc/passwd")).toBe(0o644);
  });
});

describe("what the system items render for each release", () => {
  it.each(RELEASES)("%s %s: packages, files and commands of its family", (osFamily, osVersion) => {
    const config = buildCloudConfig(baseline, { osFamily, osVersion });
    const debianLike = osFamily !== "amazon-linux";
    const packages = config.packages ?? [];
    expect(packages).toEqual(expect.arrayContaining(["aide", "logrotate", "nftables", "systemd-journal-remote"]));
    if (debianLike) {
      expect(packages).toEqual(expect.arrayContaining(["aide-common", "apparmor", "apparmor-utils", "systemd-timesyncd"]));
      expect(packages).not.toContain("chrony");
      expect(config.runcmd).toContainEqual(expect.stringContaining("aideinit -y -f"));
      expect(fileOf(config, cis.timeSync.path)!.content).toMatch(/^NTP=169\.254\.169\.123 fd00:ec2::123$/m);
      expect(config.runcmd).toContainEqual(["systemctl", "enable", "--now", "apparmor.service"]);
    } else {
      expect(packages).toContain("chrony");
      expect(packages).not.toEqual(expect.arrayContaining(["apparmor"]));
      expect(packages).not.toContain("systemd-timesyncd");
      expect(config.runcmd).toContainEqual(expect.stringContaining("aide --config /etc/aide.conf --init && mv -f /var/lib/aide/aide.db.new.gz /var/lib/aide/aide.db.gz"));
      expect(fileOf(config, cis.timeSync.path)).toBeUndefined();
      expect(config.runcmd).toContainEqual(["systemctl", "enable", "--now", "chronyd.service"]);
    }
    const facts = AIDE_FACTS[osFamily];
    if (osFamily === "ubuntu") {
      // What the SCAP Security Guide checks on Ubuntu: its own dailyaidecheck.timer, enabled.
      expect(fileOf(config, vendorTimerDropIn("dailyaidecheck.timer"))!.content).toContain(`OnCalendar=\nOnCalendar=${cis.aide.checkSchedule}\n`);
      expect(config.runcmd).toContainEqual(["systemctl", "enable", "--now", "dailyaidecheck.timer"]);
      expect(fileOf(config, AIDE_SERVICE)).toBeUndefined();
    } else {
      expect(fileOf(config, AIDE_SERVICE)!.content).toContain(`ExecStart=${facts.binary} --config ${facts.conf} --check`);
      expect(fileOf(config, AIDE_TIMER)!.content).toContain(`OnCalendar=${cis.aide.checkSchedule}`);
      expect(config.runcmd).toContainEqual(["systemctl", "enable", "aidecheck.service"]);
      expect(config.runcmd).toContainEqual(["systemctl", "enable", "--now", "aidecheck.timer"]);
      expect(config.runcmd.some((c) => String(c).includes("systemctl disable --now dailyaidecheck.timer"))).toBe(osFamily === "debian");
    }
    expect(fileOf(config, "/etc/cron.allow")).toMatchObject({ content: "root\n", owner: "root:root", permissions: "0640" });
    expect(fileOf(config, "/etc/at.allow")).toMatchObject({ content: "root\n", owner: "root:root", permissions: "0640" });
    expect(config.runcmd).toContainEqual(["rm", "-f", "/etc/cron.deny", "/etc/at.deny"]);
    expect(config.runcmd.some((c) => String(c).includes("chgrp crontab /etc/cron.allow"))).toBe(osFamily === "ubuntu");
    expect(fileOf(config, FILE_PERMISSIONS_SCRIPT)!.content).toContain(osFamily === "amazon-linux" ? "tighten /etc/shadow root u-rwx,g-rwx,o-rwx" : "tighten /etc/shadow shadow u-x,g-wx,o-rwx");
    expect(fileOf(config, TMP_MOUNT_UNIT)!.content).toMatch(/^Options=mode=1777,strictatime,nosuid,nodev,noexec,size=50%%,nr_inodes=1m$/m);
    expect(config.runcmd).toContainEqual(["systemctl", "mask", "--now", "systemd-journal-remote.socket"]);
  });

  it("the permission script runs after the PAM change, and AIDE's database is built last, after the sshd change", () => {
    const config = buildCloudConfig(baseline, { osFamily: "debian", osVersion: "12" });
    const at = (pred: (c: unknown) => boolean) => config.runcmd.findIndex(pred);
    const pam = at((c) => Array.isArray(c) && String(c[1]).endsWith("/pam/apply.sh"));
    const perms = at((c) => Array.isArray(c) && c[1] === FILE_PERMISSIONS_SCRIPT);
    const aide = at((c) => String(c).includes("aideinit"));
    const sshd = at((c) => String(c).includes("sshd -t"));
    expect(pam).toBeGreaterThan(-1);
    expect([pam < perms, perms < sshd, sshd < aide]).toEqual([true, true, true]);
  });

  const MARKS: Record<keyof CisSystemItems, { paths: string[]; packages: string[]; command: RegExp }> = {
    aide: { paths: [AIDE_SERVICE, AIDE_TIMER, vendorTimerDropIn("dailyaidecheck.timer")], packages: ["aide", "aide-common"], command: /aide/ },
    filePermissions: { paths: [FILE_PERMISSIONS_SCRIPT], packages: [], command: /file-permissions/ },
    cronAt: { paths: ["/etc/cron.allow", "/etc/at.allow"], packages: [], command: /cron\.deny/ },
    timeSync: { paths: [cis.timeSync.path], packages: ["systemd-timesyncd", "chrony"], command: /timesyncd|chronyd/ },
    journald: { paths: [cis.journald.path], packages: ["systemd-journal-remote"], command: /journal/ },
    logrotate: { paths: [cis.logrotate.path], packages: ["logrotate"], command: /logrotate/ },
    tmp: { paths: [TMP_MOUNT_UNIT], packages: [], command: /tmp\.mount/ },
    apparmor: { paths: [], packages: ["apparmor", "apparmor-utils"], command: /apparmor/ },
    nftables: { paths: [], packages: ["nftables"], command: /nftables|nft / },
  };

  it.each(Object.keys(MARKS) as (keyof CisSystemItems)[])("%s switched off with a reason renders nothing of it, on any release", (item) => {
    const switched = withCis({ [item]: off("handled by the organisation's golden image") });
    expect(validateLinuxBaseline(JSON.parse(JSON.stringify(switched)), "off.json")).toBeTruthy();
    for (const [osFamily, osVersion] of RELEASES) {
      const on = buildCloudConfig(baseline, { osFamily, osVersion });
      const config = buildCloudConfig(switched, { osFamily, osVersion });
      const marks = MARKS[item];
      expect(config.write_files.map((f) => f.path)).toEqual(on.write_files.map((f) => f.path).filter((p) => !marks.paths.includes(p)));
      expect(config.packages).toEqual((on.packages ?? []).filter((p) => !marks.packages.includes(p)));
      // Whatever the item's own commands were, none are left (shared ones such as daemon-reload may stay).
      const own = on.runcmd.filter((c) => marks.command.test(String(c)));
      for (const c of own) expect(config.runcmd.map(String)).not.toContain(String(c));
    }
    expect(() => validateLinuxBaseline(JSON.parse(JSON.stringify(withCis({ [item]: { enabled: false } }))), "no-reason.json")).toThrow(new RegExp(`no-reason\\.json: \\$\\.cis\\.${item}`));
  });

  it("the schema holds the CIS bounds: /tmp without noexec, or a looser log mode, is refused", () => {
    expect(() => validateLinuxBaseline(withCis({ tmp: { ...cis.tmp, options: ["nosuid", "nodev"] } }), "tmp.json")).toThrow(/tmp\.json: \$\.cis\.tmp/);
    expect(() => validateLinuxBaseline(withCis({ filePermissions: { ...cis.filePermissions, logFileMaxMode: "0644" } }), "log.json")).toThrow(/log\.json: \$\.cis\.filePermissions/);
  });
});
