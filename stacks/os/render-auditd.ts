// auditd: the package, a rules.d file loaded with augenrules, and auditd.conf settings.
// The rules file holds rules only: buffer size, failure mode and -D stay in the
// distribution's own audit.rules, which augenrules merges with ours.
import { MANAGED_HEADER, RenderedPart } from "./part";
import { setConfigKeyCommand, shQuote } from "./shell";
import { AuditRule, LinuxBaseline, OsFamily } from "./types";

const AUDITD_CONF = "/etc/audit/auditd.conf";

/** auditctl lines for one rule: a watch per path, or a syscall rule per architecture. */
export function auditRuleLines(rule: AuditRule): string[] {
  if (rule.kind === "watch") {
    return rule.paths.map((p) => `-w ${p} -p ${rule.permissions} -k ${rule.key}`);
  }
  const syscalls = rule.syscalls.map((s) => `-S ${s}`).join(" ");
  return rule.arch.map((arch) => `-a always,exit -F arch=${arch} ${syscalls} -k ${rule.key}`);
}

export function renderAuditRules(auditd: LinuxBaseline["auditd"]): string {
  return MANAGED_HEADER + auditd.rules.flatMap(auditRuleLines).join("\n") + "\n";
}

/** Commands that set each auditd.conf key (sorted by key for stable output). */
export function auditdConfCommands(config: LinuxBaseline["auditd"]["config"], file = AUDITD_CONF): string[] {
  return Object.keys(config)
    .sort()
    .map((key) => setConfigKeyCommand(file, key, config[key], "equals"));
}

export function auditdPart(baseline: LinuxBaseline, osFamily: OsFamily): RenderedPart {
  const { auditd } = baseline;
  const service = shQuote(auditd.service);
  return {
    packages: auditd.packages[osFamily],
    writeFiles: [{ path: auditd.rulesPath, content: renderAuditRules(auditd), owner: "root:root", permissions: "0640" }],
    runcmd: [
      ...auditdConfCommands(auditd.config),
      ["systemctl", "enable", "--now", auditd.service],
      // HUP makes auditd re-read auditd.conf; a restart is refused by the unit on RHEL-like systems.
      `systemctl kill --signal=HUP ${service}`,
      ["augenrules", "--load"],
    ],
  };
}
