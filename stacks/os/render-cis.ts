// CIS Level 1 Server items the user data can fix (baseline section "cis"). Each item is its own
// file in a drop-in folder the system already reads; an item switched off renders nothing. The
// sudoers drop-in could lock administrators out, so it is checked with visudo -c before it is
// installed and taken back out if the whole configuration then fails the check.
import { MANAGED_HEADER, NOTHING, PENDING_DIR, RenderedPart } from "./part";
import { FAMILY_FACTS } from "./os-family";
import { setConfigKeyCommand, shQuote } from "./shell";
import { CisItems, LinuxBaseline, OsFamily } from "./types";


export function sudoersText(item: { logFile: string; timestampTimeoutMinutes: number }): string {
  return `${MANAGED_HEADER}Defaults use_pty\nDefaults logfile="${item.logFile}"\nDefaults timestamp_timeout=${item.timestampTimeoutMinutes}\n`;
}

/** Installs a checked sudoers drop-in; refuses it, or takes it back out, when visudo -c says no. */
export function sudoersInstallCommand(pending: string, target: string, visudo = "visudo"): string {
  const v = shQuote(visudo);
  const p = shQuote(pending);
  const t = shQuote(target);
  return (
    `if command -v ${v} >/dev/null 2>&1; then ` +
    `if ${v} -cqf ${p}; then install -m 0440 -o root -g root ${p} ${t}; ` +
    `if ! ${v} -cq; then rm -f ${t}; echo ${shQuote(`rampart: visudo -c rejected the sudo configuration with ${target}; it was removed again`)} >&2; fi; ` +
    `else echo ${shQuote(`rampart: visudo -c rejected ${target}; it was not installed`)} >&2; fi; ` +
    `fi; rm -f ${p}`
  );
}

function sudoPart(item: CisItems["sudo"]): RenderedPart {
  if (!item.enabled) return NOTHING;
  const pending = `${PENDING_DIR}/${item.path.split("/").pop()}`;
  return {
    packages: [],
    writeFiles: [{ path: pending, content: sudoersText(item), owner: "root:root", permissions: "0440" }],
    runcmd: [sudoersInstallCommand(pending, item.path)],
  };
}

export function modprobeText(modules: readonly string[]): string {
  return MANAGED_HEADER + modules.map((m) => `install ${m} /bin/false\nblacklist ${m}\n`).join("");
}

function kernelModulesPart(item: CisItems["kernelModules"]): RenderedPart {
  if (!item.enabled) return NOTHING;
  return { packages: [], writeFiles: [{ path: item.path, content: modprobeText(item.disable), owner: "root:root", permissions: "0644" }], runcmd: [] };
}

function coreDumpsPart(item: CisItems["coreDumps"]): RenderedPart {
  if (!item.enabled) return NOTHING;
  return {
    packages: [],
    writeFiles: [
      { path: item.limitsPath, content: `${MANAGED_HEADER}* hard core 0\n`, owner: "root:root", permissions: "0644" },
      { path: item.coredumpPath, content: `${MANAGED_HEADER}[Coredump]\nStorage=none\nProcessSizeMax=0\n`, owner: "root:root", permissions: "0644" },
    ],
    runcmd: [],
  };
}

// Sourced by every login shell (sh and bash). Read-only so a user cannot lift the timeout; set only
// once, since assigning a read-only variable again would end a POSIX shell. bash gets `declare -xr`,
// the one spelling scanners (the SCAP Security Guide's accounts_tmout) recognise; dash has no declare.
export function profileText(item: { timeoutSeconds: number; umask: string }): string {
  return (
    MANAGED_HEADER +
    `umask ${item.umask}\n` +
    `if ! readonly -p | grep -q ' TMOUT='; then\n` +
    `  if [ -n "\${BASH_VERSION-}" ]; then\n` +
    `    declare -xr TMOUT=${item.timeoutSeconds}\n` +
    `  else\n` +
    `    TMOUT=${item.timeoutSeconds}\n` +
    `    readonly TMOUT\n` +
    `    export TMOUT\n` +
    `  fi\n` +
    `fi\n`
  );
}

// Interactive shells that are not login shells read the bashrc, not profile.d: the umask goes
// there too (every active umask line is rewritten, as CIS wants of both files).
function shellPart(item: CisItems["shell"], family: OsFamily): RenderedPart {
  if (!item.enabled) return NOTHING;
  return {
    packages: [],
    writeFiles: [{ path: item.path, content: profileText(item), owner: "root:root", permissions: "0644" }],
    runcmd: [setConfigKeyCommand(FAMILY_FACTS[family].bashrc, "umask", item.umask, "space")],
  };
}

function bannerPart(item: CisItems["banner"]): RenderedPart {
  if (!item.enabled) return NOTHING;
  const text = item.text.endsWith("\n") ? item.text : `${item.text}\n`;
  return {
    packages: [],
    writeFiles: ["/etc/issue", "/etc/issue.net"].map((path) => ({ path, content: text, owner: "root:root", permissions: "0644" })),
    runcmd: [],
  };
}

function inactiveAccountsPart(item: CisItems["inactiveAccounts"]): RenderedPart {
  if (!item.enabled) return NOTHING;
  return { packages: [], writeFiles: [], runcmd: [["useradd", "-D", "-f", String(item.days)]] };
}

/** The parts of the "cis" section, in a fixed order; none for a baseline without one. */
export function cisParts(baseline: LinuxBaseline, family: OsFamily): RenderedPart[] {
  const cis = baseline.cis;
  if (!cis) return [];
  return [sudoPart(cis.sudo), kernelModulesPart(cis.kernelModules), coreDumpsPart(cis.coreDumps), shellPart(cis.shell, family), bannerPart(cis.banner), inactiveAccountsPart(cis.inactiveAccounts)];
}
