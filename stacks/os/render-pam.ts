// The baseline's PAM items ("cis.pam") as cloud-init parts: the module settings files, the
// apply script (pam-apply.ts) with its check (pam-check.ts), and the packages the modules need.
// Module settings are written in the final stage, after the packages that ship those files.
import { NOTHING, RenderedPart, WriteFile } from "./part";
import { PAM_CHECK_SCRIPT } from "./pam-check";
import { PAM_STATE_DIR, authselectApplyScript, debianApplyScript } from "./pam-apply";
import { debianProfiles, faillockText, pwqualityText } from "./pam-files";
import { PamItems } from "./pam-types";
import type { OsRelease } from "./releases";
import { setConfigKeyCommand } from "./shell";
import { LinuxBaseline, OsFamily } from "./types";

/** How each family changes its PAM stack, and the packages that ship what the items need. */
const PAM_TOOLING: Record<OsFamily, { tool: "pam-auth-update" | "authselect"; toolPackages: string[]; pwqualityPackages: string[] }> = {
  // cracklib-runtime holds the dictionary dictcheck reads: libcrack2 only recommends it, and without
  // it pam_pwquality refuses every new password ("error loading dictionary").
  debian: { tool: "pam-auth-update", toolPackages: [], pwqualityPackages: ["libpam-pwquality", "cracklib-runtime"] },
  ubuntu: { tool: "pam-auth-update", toolPackages: [], pwqualityPackages: ["libpam-pwquality", "cracklib-runtime"] },
  "amazon-linux": { tool: "authselect", toolPackages: ["authselect"], pwqualityPackages: ["libpwquality"] },
};

export const PAM_APPLY_SCRIPT = `${PAM_STATE_DIR}/apply.sh`;
export const FAILLOCK_CONF = "/etc/security/faillock.conf";


function file(path: string, content: string, permissions: string, defer = false): WriteFile {
  return { path, content, owner: "root:root", permissions, ...(defer ? { defer: true } : {}) };
}

function anyOn(pam: PamItems): boolean {
  return Object.values(pam).some((item) => item.enabled);
}

export function pamPart(baseline: LinuxBaseline, release: OsRelease): RenderedPart {
  const pam = baseline.cis?.pam;
  if (!pam || !anyOn(pam)) return NOTHING;
  const tooling = PAM_TOOLING[release.family];
  const writeFiles: WriteFile[] = [];
  if (pam.passwordQuality.enabled) writeFiles.push(file(pam.passwordQuality.path, pwqualityText(pam.passwordQuality), "0644", true));
  if (pam.lockout.enabled) writeFiles.push(file(FAILLOCK_CONF, faillockText(pam.lockout), "0644", true));
  let script: string;
  if (tooling.tool === "pam-auth-update") {
    const profiles = debianProfiles(pam);
    for (const p of profiles) writeFiles.push(file(`${PAM_STATE_DIR}/pam-configs/${p.name}`, p.content, "0644"));
    script = debianApplyScript(pam, profiles);
  } else {
    script = authselectApplyScript(pam);
  }
  writeFiles.push(file(`${PAM_STATE_DIR}/pam-check.py`, PAM_CHECK_SCRIPT, "0700"), file(PAM_APPLY_SCRIPT, script, "0700"));
  const needsTool = pam.lockout.enabled || pam.passwordHistory.enabled || pam.unix.enabled;
  return {
    packages: [...(needsTool ? tooling.toolPackages : []), ...(pam.passwordQuality.enabled ? tooling.pwqualityPackages : [])],
    writeFiles,
    runcmd: [
      // New passwords set outside PAM (useradd -p, chpasswd -c) hash the same way as pam_unix.
      ...(pam.unix.enabled ? [setConfigKeyCommand("/etc/login.defs", "ENCRYPT_METHOD", pam.unix.hashing.toUpperCase(), "space")] : []),
      // Its own process: a failed check exits that script, not the rest of runcmd.
      ["sh", PAM_APPLY_SCRIPT],
    ],
  };
}
