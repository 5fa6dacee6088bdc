// The OS baseline: load and validate baselines/os/linux.json, render it as cloud-init user data.
//   const userData = renderUserData(loadLinuxBaseline(), { osFamily: "amazon-linux" });
// Targets the releases of release-table.json (Debian 12 and 13, Ubuntu 22.04 and 24.04, Amazon Linux
// 2023); each gets only the sshd algorithms its OpenSSH accepts, and end-of-life releases are refused.
import { gzipSync } from "zlib";
import { defaultBaselinePath } from "./paths";
import { RenderOptions, renderCloudConfig } from "./render-cloud-init";
import { LinuxBaseline } from "./types";
import { loadLinuxBaselineFile } from "./validate";

export { LinuxBaselineError, validateLinuxBaseline, loadLinuxBaselineFile } from "./validate";
export type { BaselineIssue } from "./validate";
export { buildCloudConfig } from "./render-cloud-init";
export type { CloudConfig, RenderOptions } from "./render-cloud-init";
export { renderSshdConfig, sshdSettingsFor } from "./render-sshd";
export { END_OF_LIFE_RELEASES, OS_RELEASES, OsReleaseError, osRelease } from "./releases";
export type { EndOfLifeRelease, OsRelease } from "./releases";
export { SshAlgorithmError, acceptedAlgorithms } from "./openssh";
export { renderSysctlConf } from "./render-sysctl";
export { renderAuditRules } from "./render-auditd";
export { renderUnattendedUpgradesConf, renderDnfAutomaticConf } from "./render-updates";
export { OS_FAMILIES } from "./types";
export type { LinuxBaseline, OsFamily } from "./types";
export { defaultBaselinePath } from "./paths";

/** Loads and validates an OS baseline (default: the package's baselines/os/linux.json). */
export function loadLinuxBaseline(file: string = defaultBaselinePath()): LinuxBaseline {
  return loadLinuxBaselineFile(file);
}

/** The #cloud-config user data for a launch template (same baseline and options give the same bytes). */
export function renderUserData(baseline: LinuxBaseline, options: RenderOptions): string {
  return renderCloudConfig(baseline, options);
}

/**
 * The same, gzip-compressed and base64-encoded, as aws.ec2.LaunchTemplate's userData expects.
 * cloud-init reads gzip user data as it is, and EC2's 16 KB limit counts these bytes before base64,
 * which the plain text of the CIS items no longer fits. Same input, same bytes: no timestamp, and
 * the gzip header's OS byte fixed (zlib writes the platform's), so a preview shows no diff.
 */
export function renderUserDataBase64(baseline: LinuxBaseline, options: RenderOptions): string {
  const gzip = gzipSync(Buffer.from(renderUserData(baseline, options), "utf8"), { level: 9 });
  gzip[9] = 255; // RFC 1952: OS unknown
  return gzip.toString("base64");
}
