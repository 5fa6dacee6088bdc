// The human-readable report: findings grouped by policy (its description and remediation printed
// once), one line per finding naming the resource, then a summary.
import type { PolicyInfo } from "../analyzer/pack-info";
import { AcceptedOutcome, describeEntry, isAccepted, isExcepted, staleFails } from "../accepted/outcome";
import { CheckReport, Finding, activeFindings, isBlocking, sortFindings } from "./finding";

function indent(text: string, pad: string): string {
  return text
    .trim()
    .split("\n")
    .map((line) => pad + line)
    .join("\n");
}

function where(f: Finding): string {
  const at = f.location ? ` (${f.location.file}:${f.location.line})` : "";
  return (f.urn ? `${f.resourceType || "?"} "${f.resourceName || f.urn}"` : "the stack") + at;
}

function levelOf(f: Finding): string {
  if (isBlocking(f)) return "MANDATORY";
  return isAccepted(f) ? "accepted" : f.suppression ? "suppressed" : "advisory";
}

/** ` (accepted: <reason>; until <date>)` after an accepted finding that gives either. */
function acceptedNote(f: Finding): string {
  if (!isAccepted(f) || !f.suppression) return "";
  const parts = [f.suppression.reason, f.suppression.expires ? `until ${f.suppression.expires}` : ""].filter(Boolean);
  return parts.length ? ` (accepted: ${parts.join("; ")})` : "";
}

/** Findings of one policy at one level, in report order. */
function groups(findings: Finding[]): Finding[][] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${levelOf(f)}\0${f.policyPackName}\0${f.policyName}`;
    const group = byKey.get(key);
    if (group) group.push(f);
    else byKey.set(key, [f]);
  }
  return [...byKey.values()];
}

function policyInfoOf(report: CheckReport, f: Finding): PolicyInfo | undefined {
  return report.packs.find((p) => p.name === f.policyPackName)?.policies.find((p) => p.name === f.policyName);
}

function renderGroup(report: CheckReport, group: Finding[]): string {
  const first = group[0];
  const info = policyInfoOf(report, first);
  const sev = first.severity ? ` [${first.severity}]` : "";
  const count = group.length === 1 ? "1 finding" : `${group.length} findings`;
  const lines = [`${levelOf(first)}${sev} ${first.policyPackName}/${first.policyName} (${count})`];
  const description = first.description || info?.description;
  if (description) lines.push(indent(description, "    "));
  if (info?.remediationSteps) lines.push(indent(`Fix: ${info.remediationSteps}`, "    "));
  for (const f of group) {
    const [head, ...rest] = (f.message || "(no message)").trim().split("\n");
    lines.push(`  - ${where(f)}: ${head}${acceptedNote(f)}`);
    if (rest.length) lines.push(indent(rest.join("\n"), "      "));
  }
  return lines.join("\n");
}

/** Entries of the accepted-findings file that expired (their findings count again) or matched nothing. */
function acceptedFileLines(outcome: AcceptedOutcome): string[] {
  const lines: string[] = [];
  if (outcome.expired.length) {
    lines.push(`Expired in ${outcome.file}, counted again (${outcome.expired.length}):`);
    for (const e of outcome.expired) lines.push(`  - expired after ${e.expires}: ${describeEntry(e)}`);
    lines.push("");
  }
  if (outcome.stale.length) {
    const fate = outcome.written ? `left out of ${outcome.file}` : `in ${outcome.file}; remove them, or rewrite the file with --write-accepted`;
    lines.push(`Stale accepted findings, no longer found (${outcome.stale.length}; ${fate}):`);
    for (const e of outcome.stale) lines.push(`  - ${describeEntry(e)}`);
    lines.push("");
  }
  return lines;
}

export function renderText(report: CheckReport): string {
  const out: string[] = [];
  const packs = report.packs.map((p) => `${p.name}@${p.version}`).join(", ");
  out.push(`rampart check: ${report.inputKind} ${report.source}${report.preview ? " (preview)" : ""}`);
  out.push(`${report.resourceCount} resources, policy packs: ${packs}`);
  out.push("");
  const active = sortFindings(activeFindings(report));
  for (const group of groups(active)) out.push(renderGroup(report, group), "");
  const suppressed = sortFindings(report.findings.filter(isExcepted));
  if (suppressed.length) {
    out.push(`Suppressed by exceptions (${suppressed.length}):`);
    for (const group of groups(suppressed)) out.push(indent(renderGroup(report, group), "  "), "");
  }
  const accepted = sortFindings(report.findings.filter(isAccepted));
  if (accepted.length) {
    out.push(`Accepted in ${report.acceptedFile?.file ?? "the accepted-findings file"} (${accepted.length}):`);
    for (const group of groups(accepted)) out.push(indent(renderGroup(report, group), "  "), "");
  }
  if (report.acceptedFile) out.push(...acceptedFileLines(report.acceptedFile));
  for (const r of report.remediations) out.push(`remediated by ${r.policyPackName}/${r.policyName}: ${r.urn} (changed: ${r.changed.join(", ") || "nothing"})`);
  if (report.opaqueComponents.length) {
    const types = [...new Set(report.opaqueComponents.map((c) => c.type))].join(", ");
    out.push(
      `note: ${report.opaqueComponents.length} component(s) could not be looked into (${types}): remote components register no children under the mock runtime. ` +
        "Check a `pulumi stack export` (--stack-export) or `pulumi preview --json` (--preview-json) file, where the engine has expanded them.",
    );
  }
  const mandatory = active.filter(isBlocking).length;
  const evaluated = report.policies.filter((p) => p.evaluated > 0).length;
  out.push(
    `Summary: ${mandatory} mandatory, ${active.length - mandatory} advisory, ${suppressed.length} suppressed${report.acceptedFile ? `, ${accepted.length} accepted` : ""}; ` +
      `${evaluated} of ${report.policies.length} policies evaluated on ${report.resourceCount} resources.`,
  );
  out.push(mandatory > 0 ? "Result: FAILED (mandatory violations)" : staleFails(report.acceptedFile) ? "Result: FAILED (stale accepted findings)" : "Result: passed");
  return out.join("\n") + "\n";
}
