// The system items of the "cis" section (cis-system-types.ts), in a fixed order. The early ones
// run before the PAM change; file permissions after it (the PAM change may add a group, which
// rewrites /etc/group and its backup); AIDE after the sshd change, last of all, so its database
// records the finished system. When sshd -t refuses the settings, that step ends runcmd and AIDE's
// database is not built: its daily check then fails loudly, beside the console's reason.
import { aidePart } from "./render-aide";
import { apparmorPart } from "./render-apparmor";
import { cronAtPart } from "./render-cron-at";
import { filePermissionsPart } from "./render-file-permissions";
import { journaldPart } from "./render-journald";
import { logrotatePart } from "./render-logrotate";
import { nftablesPart } from "./render-nftables";
import { timeSyncPart } from "./render-time-sync";
import { tmpMountPart } from "./render-tmp-mount";
import { RenderedPart } from "./part";
import type { OsRelease } from "./releases";
import { LinuxBaseline } from "./types";

export function cisSystemParts(baseline: LinuxBaseline, release: OsRelease): RenderedPart[] {
  const cis = baseline.cis;
  if (!cis) return [];
  const family = release.family;
  return [apparmorPart(cis.apparmor, family), nftablesPart(cis.nftables), timeSyncPart(cis.timeSync, family), journaldPart(cis.journald), logrotatePart(cis.logrotate), tmpMountPart(cis.tmp), cronAtPart(cis.cronAt, family)];
}

export function cisLateParts(baseline: LinuxBaseline, release: OsRelease): RenderedPart[] {
  const cis = baseline.cis;
  if (!cis) return [];
  return [filePermissionsPart(cis.filePermissions, release.family)];
}

export function cisFinalParts(baseline: LinuxBaseline, release: OsRelease): RenderedPart[] {
  const cis = baseline.cis;
  if (!cis) return [];
  return [aidePart(cis.aide, release)];
}
