// The #cloud-config user data: every part of the baseline in a fixed order. Files are written
// in cloud-init's init stage; packages install in the final stage, before runcmd runs, so the
// commands can count on auditd, unattended-upgrades or dnf-automatic being present.
import { Document } from "yaml";
import { auditdPart } from "./render-auditd";
import { cisParts } from "./render-cis";
import { cisFinalParts, cisLateParts, cisSystemParts } from "./render-cis-system";
import { loginDefsPart } from "./render-login-defs";
import { removePackagesPart } from "./render-packages";
import { pamPart } from "./render-pam";
import { sshdPart } from "./render-sshd";
import { sysctlPart } from "./render-sysctl";
import { updatesPart } from "./render-updates";
import { Command, RenderedPart, WriteFile } from "./part";
import { OsReleaseError, osRelease } from "./releases";
import { LinuxBaseline, OsFamily } from "./types";

export interface RenderOptions {
  osFamily: OsFamily;
  /** The release, e.g. "12" or "24.04" (see OS_RELEASES); default: the family's default release. */
  osVersion?: string;
  /** The day support dates are judged on (default: today); pin it for reproducible output checks. */
  today?: Date;
}

/** The cloud-config as a plain object (keys in the order they are written). */
export interface CloudConfig {
  package_update: boolean;
  package_upgrade: boolean;
  package_reboot_if_required: boolean;
  packages?: string[];
  ssh_pwauth?: boolean;
  disable_root: boolean;
  write_files: WriteFile[];
  runcmd: Command[];
  power_state?: { mode: "reboot"; message: string; condition: string };
}

// cloud-init's package_reboot_if_required looks for /var/run/reboot-required, which only
// Debian and Ubuntu write; on Amazon Linux ask dnf (needs-restarting -r exits 1 when a reboot is due),
// and only when that plugin is there, so a missing plugin does not reboot for nothing.
const DNF_REBOOT_NEEDED = "dnf needs-restarting --help >/dev/null 2>&1 && ! dnf needs-restarting -r >/dev/null 2>&1";

export function buildCloudConfig(baseline: LinuxBaseline, options: RenderOptions): CloudConfig {
  const release = osRelease(options.osFamily, options.osVersion, options.today);
  const osFamily = release.family;
  // Order matters for runcmd: kernel settings and removals first, then sshd (a refused config ends the
    // script there), and AIDE's database last, once the system is finished.
  const parts: RenderedPart[] = [
    sysctlPart(baseline),
    removePackagesPart(baseline, osFamily),
    loginDefsPart(baseline),
    auditdPart(baseline, osFamily),
    updatesPart(baseline, osFamily),
    ...cisParts(baseline, osFamily),
    ...cisSystemParts(baseline, release),
    pamPart(baseline, release),
    ...cisLateParts(baseline, release),
    sshdPart(baseline, release),
    ...cisFinalParts(baseline, release),
  ];
  const firstBoot = baseline.updates.firstBoot;
  const packages = [...new Set(parts.flatMap((p) => p.packages))];
  const missing = packages.filter((p) => !release.packages.includes(p));
  if (missing.length > 0) {
    throw new OsReleaseError(`the baseline installs ${missing.join(", ")}, which ${release.name} does not ship (stacks/os/release-table.json lists ${release.packages.join(", ")})`);
  }
  const password = baseline.sshd.settings.PasswordAuthentication;

  const config: CloudConfig = {
    package_update: firstBoot.packageUpdate,
    package_upgrade: firstBoot.packageUpgrade,
    package_reboot_if_required: firstBoot.packageRebootIfRequired,
    ...(packages.length > 0 ? { packages } : {}),
    // Keep cloud-init's own password switch in line with sshd (it writes PasswordAuthentication too).
    ...(password === "yes" || password === "no" ? { ssh_pwauth: password === "yes" } : {}),
    disable_root: true,
    write_files: parts.flatMap((p) => p.writeFiles).map(orderedWriteFile),
    runcmd: parts.flatMap((p) => p.runcmd),
  };
  if (osFamily === "amazon-linux" && firstBoot.packageRebootIfRequired) {
    config.power_state = { mode: "reboot", message: "Rampart: rebooting to finish first-boot updates", condition: DNF_REBOOT_NEEDED };
  }
  return config;
}

/** Fixed key order inside each write_files entry. */
function orderedWriteFile(file: WriteFile): WriteFile {
  return {
    path: file.path,
    owner: file.owner,
    permissions: file.permissions,
    ...(file.defer ? { defer: true } : {}),
    content: file.content,
  };
}

/** The user data text. Rendered as YAML 1.1 (what cloud-init's PyYAML reads), so yes/no/on/0600 stay strings. */
export function renderCloudConfig(baseline: LinuxBaseline, options: RenderOptions): string {
  const doc = new Document(buildCloudConfig(baseline, options), { version: "1.1" });
  const body = doc.toString({ lineWidth: 0 });
  const release = osRelease(options.osFamily, options.osVersion, options.today);
  return `#cloud-config\n# Rendered by Rampart from its OS baseline for ${release.name}. Re-render instead of editing.\n${body}`;
}
