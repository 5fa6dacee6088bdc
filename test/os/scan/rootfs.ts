// A Debian 12 (bookworm) root filesystem that resembles Debian's genericcloud image: debootstrap's
// required and important packages (cron, logrotate, kmod, nftables, ...) and the ones the image adds
// that CIS rules look at (systemd, cloud-init, openssh-server, sudo, timesyncd, unattended-upgrades).
// The image's kernel package is there (SSG's rules apply only to a system with a kernel installed,
// linux-base); its boot loader is not: the image build owns grub, and its rules are out of scope.
// Built once per package list into .rampart-tmp/os-scan/rootfs-<key>; each run copies it afresh.
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ChrootTools, runInChroot } from "./chroot";
import { runStep } from "./step";

export const SUITE = "bookworm";
export const MIRROR = "http://deb.debian.org/debian";

// The genericcloud image's packages beyond debootstrap's (debian-cloud-images, FAI classes DEBIAN, CLOUD).
export const IMAGE_PACKAGES = [
  "linux-image-cloud-amd64", "systemd-sysv", "systemd-timesyncd", "dbus", "udev",
  "cloud-init", "cloud-guest-utils", "cloud-utils", "openssh-server", "sudo",
  "ca-certificates", "curl", "wget", "gnupg", "locales", "less", "bash-completion", "python3",
  "unattended-upgrades", "apt-utils", "qemu-guest-agent", "netbase", "ifupdown", "isc-dhcp-client",
];

// The image's apt sources (deb822), with security updates: cloud-init's package_upgrade reads them.
const SOURCES = `Types: deb
URIs: ${MIRROR}
Suites: ${SUITE} ${SUITE}-updates ${SUITE}-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: ${SUITE}-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
`;

// Bumped when the way the root filesystem is built changes, so an old cache is not reused.
const RECIPE_VERSION = 2;

export interface RootfsTools extends ChrootTools {
  debootstrap: string;
}

export function cacheKey(): string {
  return createHash("sha256").update(JSON.stringify({ RECIPE_VERSION, SUITE, MIRROR, IMAGE_PACKAGES, SOURCES })).digest("hex").slice(0, 16);
}

/** The cached root filesystem, built first when absent (a cold build takes a few minutes). */
export async function cachedRootfs(tools: RootfsTools, workDir: string): Promise<string> {
  const rootfs = path.join(workDir, `rootfs-${cacheKey()}`);
  const complete = `${rootfs}.complete`;
  if (fs.existsSync(complete) && fs.existsSync(rootfs)) return rootfs;
  const building = `${rootfs}.building`;
  const log = path.join(workDir, "rootfs-build.log");
  // Root filesystems of other package lists (or a build that was killed) are stale: a few hundred MB each.
  for (const name of fs.existsSync(workDir) ? fs.readdirSync(workDir) : []) {
    if (name.startsWith("rootfs-") && name !== "rootfs-build.log") fs.rmSync(path.join(workDir, name), { recursive: true, force: true });
  }
  fs.writeFileSync(log, "");
  // debootstrap mounts proc and sys in the target: inside a private mount namespace they cannot leak.
  await runStep(tools.unshare, ["--mount", "--pid", "--fork", "--kill-child", "--propagation", "private", tools.debootstrap, "--arch=amd64", SUITE, building, MIRROR], {
    name: `debootstrap ${SUITE} from ${MIRROR}`,
    timeoutMs: 15 * 60_000,
    log,
  });
  fs.writeFileSync(path.join(building, "etc/apt/sources.list.d/debian.sources"), SOURCES);
  fs.rmSync(path.join(building, "etc/apt/sources.list"), { force: true });
  // Maintainer scripts ask policy-rc.d before starting a service: 101 means "not now".
  fs.writeFileSync(path.join(building, "usr/sbin/policy-rc.d"), "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  const install = [
    "set -e",
    "export DEBIAN_FRONTEND=noninteractive",
    "apt-get update -qq",
    `apt-get install -y -qq --no-install-recommends ${IMAGE_PACKAGES.join(" ")}`,
    "apt-get clean",
    // The image's locale: cloud-init's locale module sets LANG=en_US.UTF-8, which must exist.
    "sed -i 's/^# *en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen",
    "locale-gen",
    // A cloud image is generic: no host keys and no machine id of its own (cloud-init and systemd make them at first boot).
    "rm -f /etc/ssh/ssh_host_*",
    ": > /etc/machine-id",
  ].join("\n");
  await runInChroot(tools, building, install, path.join(workDir, "stubs"), { name: "installing the cloud image's packages in the root filesystem", timeoutMs: 15 * 60_000, log });
  fs.rmSync(path.join(building, "usr/sbin/policy-rc.d"));
  fs.renameSync(building, rootfs);
  // Written last, outside the tree the scanner reads: a half-built root filesystem is never reused.
  fs.writeFileSync(complete, JSON.stringify({ suite: SUITE, packages: IMAGE_PACKAGES, builtAt: new Date().toISOString() }) + "\n");
  return rootfs;
}

/** A fresh copy of the cached root filesystem at `dest` (cp -a keeps owners, modes and links). */
export async function freshCopy(rootfs: string, dest: string, log: string): Promise<void> {
  fs.rmSync(dest, { recursive: true, force: true });
  await runStep("cp", ["-a", rootfs, dest], { name: `copying the root filesystem to ${dest}`, timeoutMs: 5 * 60_000, log });
}
