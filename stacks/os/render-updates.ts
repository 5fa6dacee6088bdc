// Ongoing automatic security updates: unattended-upgrades on Debian and Ubuntu, dnf-automatic
// on Amazon Linux 2023. (First-boot patching is cloud-init's package_upgrade, in render-cloud-init.ts.)
import { MANAGED_HEADER, RenderedPart } from "./part";
import { LinuxBaseline, OsFamily } from "./types";

type Updates = LinuxBaseline["updates"];

/**
 * An apt.conf.d file. It sorts after the distribution's 50unattended-upgrades and clears its
 * origin lists first, so only the security origins of the baseline are upgraded automatically.
 */
export function renderUnattendedUpgradesConf(u: Updates["unattendedUpgrades"], osFamily: "debian" | "ubuntu"): string {
  const origins = u.originsPattern[osFamily].map((o) => `        "${o}";`);
  return (
    MANAGED_HEADER +
    [
      `APT::Periodic::Update-Package-Lists "${u.updatePackageListsDays}";`,
      `APT::Periodic::Unattended-Upgrade "${u.unattendedUpgradeDays}";`,
      `APT::Periodic::AutocleanInterval "${u.autocleanIntervalDays}";`,
      "#clear Unattended-Upgrade::Allowed-Origins;",
      "#clear Unattended-Upgrade::Origins-Pattern;",
      "Unattended-Upgrade::Origins-Pattern {",
      ...origins,
      "};",
      `Unattended-Upgrade::Remove-Unused-Dependencies "${u.removeUnusedDependencies}";`,
      `Unattended-Upgrade::Automatic-Reboot "${u.automaticReboot}";`,
      `Unattended-Upgrade::Automatic-Reboot-Time "${u.automaticRebootTime}";`,
    ].join("\n") +
    "\n"
  );
}

const yesNo = (flag: boolean) => (flag ? "yes" : "no");

/** The whole /etc/dnf/automatic.conf (written after the package installed its own copy). */
export function renderDnfAutomaticConf(d: Updates["dnfAutomatic"]): string {
  return (
    MANAGED_HEADER +
    [
      "[commands]",
      `upgrade_type = ${d.upgradeType}`,
      `random_sleep = ${d.randomSleepSeconds}`,
      `download_updates = ${yesNo(d.downloadUpdates)}`,
      `apply_updates = ${yesNo(d.applyUpdates)}`,
      "",
      "[emitters]",
      `emit_via = ${d.emitVia}`,
      "",
      "[base]",
      "debuglevel = 1",
    ].join("\n") +
    "\n"
  );
}

export function updatesPart(baseline: LinuxBaseline, osFamily: OsFamily): RenderedPart {
  const { unattendedUpgrades: u, dnfAutomatic: d } = baseline.updates;
  if (osFamily === "amazon-linux") {
    return {
      packages: d.packages,
      writeFiles: [{ path: d.confPath, content: renderDnfAutomaticConf(d), owner: "root:root", permissions: "0644", defer: true }],
      runcmd: [["systemctl", "enable", "--now", d.timer]],
    };
  }
  return {
    packages: u.packages,
    writeFiles: [{ path: u.confPath, content: renderUnattendedUpgradesConf(u, osFamily), owner: "root:root", permissions: "0644" }],
    runcmd: u.timers.length > 0 ? [["systemctl", "enable", "--now", ...u.timers]] : [],
  };
}
