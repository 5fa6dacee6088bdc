// The human-readable report: findings grouped by resource, then a summary.
import { CheckReport, Finding, activeFindings, isBlocking, sortFindings, suppressedFindings } from "./finding";

function indent(text: string, pad: string): string {
  return text
    .trim()
    .split("\n")
    .map((line) => pad + line)
    .join("\n");
}

function where(f: Finding): string {
  return f.urn ? `${f.resourceType || "?"} "${f.resourceName || f.urn}"` : "the stack";
}

function line(f: Finding): string {
  const level = isBlocking(f) ? "MANDATORY" : f.suppression ? "suppressed" : "advisory";
  const sev = f.severity ? ` [${f.severity}]` : "";
  return `${level}${sev} ${f.policyPackName}/${f.policyName} on ${where(f)}\n${indent(f.message, "    ")}`;
}

export function renderText(report: CheckReport): string {
  const out: string[] = [];
  const packs = report.packs.map((p) => `${p.name}@${p.version}`).join(", ");
  out.push(`rampart check: ${report.inputKind} ${report.source}${report.preview ? " (preview)" : ""}`);
  out.push(`${report.resourceCount} resources, policy packs: ${packs}`);
  out.push("");
  const active = sortFindings(activeFindings(report));
  for (const f of active) out.push(line(f), "");
  const suppressed = sortFindings(suppressedFindings(report));
  if (suppressed.length) {
    out.push(`Suppressed by exceptions (${suppressed.length}):`);
    for (const f of suppressed) out.push(indent(line(f), "  "), "");
  }
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
    `Summary: ${mandatory} mandatory, ${active.length - mandatory} advisory, ${suppressed.length} suppressed; ` +
      `${evaluated} of ${report.policies.length} policies evaluated on ${report.resourceCount} resources.`,
  );
  out.push(mandatory > 0 ? "Result: FAILED (mandatory violations)" : "Result: passed");
  return out.join("\n") + "\n";
}
