// The shipped baseline holds the DevSec values (ssh-baseline, linux-baseline). This table is the
// documentation of what Rampart puts on a server, and it fails if someone weakens the data.
import { loadLinuxBaseline } from "../../stacks/os";

const baseline = loadLinuxBaseline();

// directive | value | DevSec ssh-baseline control
const SSHD: [string, string | number, string][] = [
  ["PermitRootLogin", "no", "sshd-06"],
  ["PasswordAuthentication", "no", "sshd-27"],
  ["PermitEmptyPasswords", "no", "sshd-28"],
  ["KbdInteractiveAuthentication", "no", "sshd-29"],
  ["ChallengeResponseAuthentication", "no", "sshd-29"],
  ["KerberosAuthentication", "no", "sshd-30"],
  ["GSSAPIAuthentication", "no", "sshd-33"],
  ["StrictModes", "yes", "sshd-11"],
  ["LogLevel", "VERBOSE", "sshd-13"],
  ["PermitUserEnvironment", "no", "sshd-17"],
  ["LoginGraceTime", 30, "sshd-18"],
  ["MaxAuthTries", 2, "sshd-19"],
  ["MaxSessions", 10, "sshd-20"],
  ["MaxStartups", "10:30:60", "sshd-21"],
  ["PubkeyAuthentication", "yes", "sshd-22"],
  ["IgnoreRhosts", "yes", "sshd-23"],
  ["HostbasedAuthentication", "no", "sshd-25"],
  ["ClientAliveInterval", 300, "sshd-36"],
  ["ClientAliveCountMax", 3, "sshd-37"],
  ["PermitTunnel", "no", "sshd-38"],
  ["AllowTcpForwarding", "no", "sshd-39"],
  ["AllowAgentForwarding", "no", "sshd-40"],
  ["X11Forwarding", "no", "sshd-42"],
  ["UsePAM", "yes", "Debian and Amazon Linux need PAM for account and session checks"],
];

// key | value | DevSec linux-baseline control (or the kernel hardening it comes from)
const SYSCTL: [string, number, string][] = [
  ["net.ipv4.ip_forward", 0, "sysctl-01"],
  ["net.ipv4.conf.all.forwarding", 0, "sysctl-01"],
  ["net.ipv4.conf.all.rp_filter", 1, "sysctl-02"],
  ["net.ipv4.conf.default.rp_filter", 1, "sysctl-02"],
  ["net.ipv4.icmp_ignore_bogus_error_responses", 1, "sysctl-03"],
  ["net.ipv4.icmp_echo_ignore_broadcasts", 1, "sysctl-04"],
  ["net.ipv4.tcp_rfc1337", 1, "sysctl-10"],
  ["net.ipv4.tcp_syncookies", 1, "sysctl-11"],
  ["net.ipv4.conf.all.accept_source_route", 0, "sysctl-13"],
  ["net.ipv4.conf.default.accept_source_route", 0, "sysctl-13"],
  ["net.ipv6.conf.all.accept_source_route", 0, "sysctl-13"],
  ["net.ipv6.conf.default.accept_source_route", 0, "sysctl-13"],
  ["net.ipv4.conf.all.accept_redirects", 0, "sysctl-14"],
  ["net.ipv4.conf.default.accept_redirects", 0, "sysctl-14"],
  ["net.ipv4.conf.all.secure_redirects", 0, "sysctl-15"],
  ["net.ipv4.conf.default.secure_redirects", 0, "sysctl-15"],
  ["net.ipv4.conf.all.send_redirects", 0, "sysctl-16"],
  ["net.ipv4.conf.default.send_redirects", 0, "sysctl-16"],
  ["net.ipv4.conf.all.log_martians", 1, "sysctl-17"],
  ["net.ipv4.conf.default.log_martians", 1, "sysctl-17"],
  ["net.ipv6.conf.all.forwarding", 0, "sysctl-19"],
  ["net.ipv6.conf.all.accept_redirects", 0, "sysctl-20"],
  ["net.ipv6.conf.default.accept_redirects", 0, "sysctl-20"],
  ["net.ipv6.conf.all.accept_ra", 0, "sysctl-25"],
  ["net.ipv6.conf.default.accept_ra", 0, "sysctl-25"],
  ["kernel.sysrq", 0, "sysctl-30"],
  ["fs.suid_dumpable", 0, "sysctl-31a"],
  ["kernel.randomize_va_space", 2, "sysctl-32"],
  ["fs.protected_hardlinks", 1, "sysctl-34"],
  ["fs.protected_symlinks", 1, "sysctl-34"],
  ["kernel.yama.ptrace_scope", 1, "sysctl-35"],
  ["kernel.kptr_restrict", 2, "kernel pointer hiding"],
  ["kernel.dmesg_restrict", 1, "kernel log restricted to root"],
];

describe("sshd settings (DevSec ssh-baseline)", () => {
  it.each(SSHD)("%s is %s (%s)", (directive, value) => {
    expect(baseline.sshd.settings[directive]).toBe(value);
  });

  // The renderer keeps, per release, what its OpenSSH accepts (test/os/releases.test.ts).
  // MACs: the DevSec list less umac-128-etm, which the CIS Debian 12 list (and SSG's sshd_use_strong_macs) leaves out.
  it("limits ciphers, key exchanges and MACs to the DevSec lists, led by the ML-KEM hybrid where OpenSSH 9.9+ has it (sshd-01..03)", () => {
    expect(baseline.sshd.settings.Ciphers).toEqual([
      "chacha20-poly1305@openssh.com",
      "aes256-gcm@openssh.com",
      "aes128-gcm@openssh.com",
      "aes256-ctr",
      "aes192-ctr",
      "aes128-ctr",
    ]);
    expect(baseline.sshd.settings.KexAlgorithms).toEqual([
      "mlkem768x25519-sha256",
      "sntrup761x25519-sha512@openssh.com",
      "curve25519-sha256@libssh.org",
      "diffie-hellman-group-exchange-sha256",
    ]);
    expect(baseline.sshd.settings.MACs).toEqual([
      "hmac-sha2-512-etm@openssh.com",
      "hmac-sha2-256-etm@openssh.com",
      "hmac-sha2-512",
      "hmac-sha2-256",
    ]);
  });
});

describe("kernel settings (DevSec linux-baseline)", () => {
  it.each(SYSCTL)("%s = %s (%s)", (key, value) => {
    expect(baseline.sysctl.settings[key]).toBe(value);
  });
});

describe("packages, accounts, auditing and updates (DevSec linux-baseline)", () => {
  it.each([
    ["debian", ["telnet", "rsh-server", "nis", "tftpd-hpa", "xinetd", "openbsd-inetd", "prelink"]],
    ["ubuntu", ["telnet", "rsh-server", "nis", "tftpd-hpa", "xinetd", "openbsd-inetd", "prelink"]],
    ["amazon-linux", ["telnet", "telnet-server", "rsh-server", "ypserv", "tftp-server", "xinetd", "prelink"]],
  ] as const)("removes the legacy services on %s (package-01..06, package-09)", (family, names) => {
    expect(baseline.removePackages[family]).toEqual(expect.arrayContaining([...names]));
  });

  it("installs auditd under each family's package name (package-08)", () => {
    expect(baseline.auditd.packages).toEqual({ debian: ["auditd"], ubuntu: ["auditd"], "amazon-linux": ["audit"] });
  });

  it("watches identity files, sudoers, sshd_config, time changes and module loading", () => {
    const keys = new Set(baseline.auditd.rules.map((r) => r.key));
    for (const key of ["identity", "sudoers", "sshd-config", "time-change", "modules"]) expect(keys).toContain(key);
    const watched = baseline.auditd.rules.flatMap((r) => (r.kind === "watch" ? r.paths : []));
    expect(watched).toEqual(expect.arrayContaining(["/etc/passwd", "/etc/shadow", "/etc/sudoers", "/etc/ssh/sshd_config"]));
    const syscalls = baseline.auditd.rules.flatMap((r) => (r.kind === "syscall" ? r.syscalls : []));
    expect(syscalls).toEqual(expect.arrayContaining(["settimeofday", "clock_settime", "init_module", "finit_module", "delete_module"]));
  });

  it("sets login.defs to UMASK 027 and 60/7/7 password ageing (os-05)", () => {
    // HOME_MODE: home directories useradd creates later are 0750 too (CIS; the cis.filePermissions item fixes those cloud-init made).
    expect(baseline.loginDefs).toEqual({ UMASK: "027", PASS_MAX_DAYS: 60, PASS_MIN_DAYS: 7, PASS_WARN_AGE: 7, HOME_MODE: "0750" });
  });

  it("patches on first boot and keeps applying security updates", () => {
    expect(baseline.updates.firstBoot).toEqual({ packageUpdate: true, packageUpgrade: true, packageRebootIfRequired: true });
    expect(baseline.updates.unattendedUpgrades.unattendedUpgradeDays).toBe(1);
    expect(baseline.updates.dnfAutomatic).toMatchObject({ upgradeType: "security", applyUpdates: true });
  });
});
