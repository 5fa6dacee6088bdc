// sshd_config drop-in from the baseline. sshd keeps the first value it reads for a directive,
// and the distributions include /etc/ssh/sshd_config.d/*.conf at the top of sshd_config, so a
// drop-in named 00-... wins over the distribution's defaults and cloud-init's 50-cloud-init.conf.
import { FAMILY_FACTS, SSHD_BINARY } from "./os-family";
import { MANAGED_HEADER, RenderedPart } from "./part";
import { ALGORITHM_DIRECTIVES, algorithmsFor } from "./openssh";
import type { OsRelease } from "./releases";
import { shQuote } from "./shell";
import { LinuxBaseline, OsFamily, SshdValue } from "./types";

// sshd reads user and group patterns as a space-separated list, algorithm lists comma-separated.
const SPACE_SEPARATED = new Set(["AllowUsers", "AllowGroups"]);

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
 * The drop-in text: one "Directive value" line per setting, sorted by name so key order in the
 * JSON does not matter. With a release, only what that release's sshd accepts.
 */
export function renderSshdConfig(sshd: LinuxBaseline["sshd"], release?: OsRelease): string {
  const settings = release ? sshdSettingsFor(sshd.settings, release) : sshd.settings;
  const lines = Object.keys(settings)
    .sort()
    .map((name) => `${name} ${formatValue(name, settings[name])}`);
  return MANAGED_HEADER + lines.join("\n") + "\n";
}

/** The programs the restart command calls (tests put stand-ins here). */
export interface SshdRestartTools {
  sshd: string;
  systemctl: string;
  /** sshd -t needs it; Debian and Ubuntu create it only when the service starts. */
  privsepDir?: string;
}

/**
 * Restarts sshd only when `sshd -t` accepts the whole configuration. When it does not, the drop-in
 * is moved aside (sshd then starts with its previous configuration, now and after a reboot) and
 * the reason goes to stderr, which cloud-init copies to the console and cloud-init-output.log.
 */
export function sshdRestartCommand(osFamily: OsFamily, dropInPath: string, tools?: SshdRestartTools): string {
  const facts = FAMILY_FACTS[osFamily];
  const { sshd, systemctl, privsepDir } = tools ?? { sshd: SSHD_BINARY, systemctl: "systemctl", privsepDir: facts.sshPrivsepDir };
  const rejected = `${dropInPath}.rejected`;
  const prepare = privsepDir ? `mkdir -p -m 0755 ${shQuote(privsepDir)}; ` : "";
  const report = `rampart: sshd -t rejected ${dropInPath}; it was moved to ${rejected} and sshd keeps its previous configuration`;
  return (
    `${prepare}if ${shQuote(sshd)} -t; then ${shQuote(systemctl)} restart ${shQuote(facts.sshService)}; ` +
    `else mv -f ${shQuote(dropInPath)} ${shQuote(rejected)}; echo ${shQuote(report)} >&2; exit 1; fi`
  );
}

export function sshdPart(baseline: LinuxBaseline, release: OsRelease): RenderedPart {
  return {
    packages: [],
    writeFiles: [{ path: baseline.sshd.dropInPath, content: renderSshdConfig(baseline.sshd, release), owner: "root:root", permissions: "0600" }],
    runcmd: [sshdRestartCommand(release.family, baseline.sshd.dropInPath)],
  };
}
