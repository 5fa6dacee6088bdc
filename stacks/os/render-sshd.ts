// The baseline's sshd settings, written as a block at the top of /etc/ssh/sshd_config itself.
// sshd keeps the first value it reads for a directive, so a block above the distribution's
// `Include /etc/ssh/sshd_config.d/*.conf` wins over its defaults and over cloud-init's
// 50-cloud-init.conf. A drop-in would win as well, but scanners such as the SCAP Security Guide's
// Debian content read only sshd_config, and would report every setting as missing.
import { FAMILY_FACTS, SSHD_BINARY, SSHD_CONFIG } from "./os-family";
import { PENDING_DIR, RenderedPart } from "./part";
import { ALGORITHM_DIRECTIVES, algorithmsFor } from "./openssh";
import type { OsRelease } from "./releases";
import { shQuote } from "./shell";
import { mergeSshdBlockCommand } from "./sshd-merge";
import { LinuxBaseline, OsFamily, SshdValue } from "./types";

export const SSHD_BLOCK_BEGIN = "# BEGIN Rampart (baselines/os/linux.json): these lines are rewritten from the baseline; change it, not them";
export const SSHD_BLOCK_END = "# END Rampart";
export const SSHD_BLOCK_PATH = `${PENDING_DIR}/sshd_config.block`;

// sshd reads user and group patterns as a space-separated list, algorithm lists comma-separated.
const SPACE_SEPARATED = new Set(["AllowUsers", "AllowGroups", "DenyUsers", "DenyGroups"]);

function formatValue(name: string, value: SshdValue): string {
  if (!Array.isArray(value)) return String(value);
  return value.join(SPACE_SEPARATED.has(name) ? " " : ",");
}

/** The settings as `release`'s sshd accepts them: algorithm lists keep only what its OpenSSH knows. */
export function sshdSettingsFor(settings: Record<string, SshdValue>, release: OsRelease): Record<string, SshdValue> {
  const out: Record<string, SshdValue> = { ...settings };
  for (const directive of ALGORITHM_DIRECTIVES) {
    if (out[directive] !== undefined) out[directive] = algorithmsFor(directive, out[directive], release.openssh, release.name);
  }
  return out;
}

/**
 * The block for the top of sshd_config: one "Directive value" line per setting, sorted by name so
 * key order in the JSON does not matter, between the BEGIN and END markers. With a release, only
 * what that release's sshd accepts.
 */
export function renderSshdConfig(sshd: LinuxBaseline["sshd"], release?: OsRelease): string {
  const settings = release ? sshdSettingsFor(sshd.settings, release) : sshd.settings;
  const lines = Object.keys(settings)
    .sort()
    .map((name) => `${name} ${formatValue(name, settings[name])}`);
  return [SSHD_BLOCK_BEGIN, ...lines, SSHD_BLOCK_END].join("\n") + "\n";
}

/** The programs and files the apply command uses (tests point them at stand-ins and copies). */
export interface SshdApplyTargets {
  sshd: string;
  systemctl: string;
  config: string;
  block: string;
  /** sshd -t needs it; Debian and Ubuntu create it only when the service starts. */
  privsepDir?: string;
}

/**
 * Merges the block into sshd_config (the previous file kept as sshd_config.rampart-previous), and
 * restarts sshd only when `sshd -t` accepts the result. When it does not, the previous file is put
 * back, so sshd starts as before now and after a reboot, and the reason goes to stderr, which
 * cloud-init copies to the console and cloud-init-output.log.
 */
export function sshdApplyCommand(osFamily: OsFamily, targets?: SshdApplyTargets): string {
  const facts = FAMILY_FACTS[osFamily];
  const { sshd, systemctl, config, block, privsepDir } = targets ?? {
    sshd: SSHD_BINARY,
    systemctl: "systemctl",
    config: SSHD_CONFIG,
    block: SSHD_BLOCK_PATH,
    privsepDir: facts.sshPrivsepDir,
  };
  const previous = `${config}.rampart-previous`;
  const prepare = privsepDir ? `mkdir -p -m 0755 ${shQuote(privsepDir)}; ` : "";
  const rejected = `rampart: sshd -t rejected the baseline's settings in ${config}; the previous file was restored and sshd keeps it`;
  const unmerged = `rampart: could not write the baseline's settings into ${config}; it was left as it was`;
  return (
    `${prepare}if ${mergeSshdBlockCommand(block, config, previous)}; then ` +
    `if ${shQuote(sshd)} -t; then rm -f ${shQuote(block)}; ${shQuote(systemctl)} restart ${shQuote(facts.sshService)}; ` +
    `else mv -f ${shQuote(previous)} ${shQuote(config)}; echo ${shQuote(rejected)} >&2; exit 1; fi; ` +
    `else echo ${shQuote(unmerged)} >&2; exit 1; fi`
  );
}

export function sshdPart(baseline: LinuxBaseline, release: OsRelease): RenderedPart {
  return {
    packages: [],
    writeFiles: [{ path: SSHD_BLOCK_PATH, content: renderSshdConfig(baseline.sshd, release), owner: "root:root", permissions: "0600" }],
    runcmd: [sshdApplyCommand(release.family)],
  };
}
