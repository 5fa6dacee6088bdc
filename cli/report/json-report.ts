// The JSON report: everything the run found, for CI and other tools.
import { CheckReport, activeFindings, isBlocking, sortFindings, suppressedFindings } from "./finding";

export function renderJson(report: CheckReport): string {
  const active = sortFindings(activeFindings(report));
  const doc = {
    tool: "rampart",
    source: report.source,
    inputKind: report.inputKind,
    preview: report.preview,
    resourceCount: report.resourceCount,
    resourceTypes: report.resourceTypes,
    packs: report.packs.map((p) => ({ name: p.name, version: p.version, dir: p.dir, policyCount: p.policies.length })),
    summary: {
      mandatory: active.filter(isBlocking).length,
      advisory: active.filter((f) => !isBlocking(f)).length,
      suppressed: suppressedFindings(report).length,
      remediations: report.remediations.length,
      policiesEvaluated: report.policies.filter((p) => p.evaluated > 0).length,
      policies: report.policies.length,
    },
    findings: active,
    suppressed: sortFindings(suppressedFindings(report)),
    remediations: report.remediations,
    policies: report.policies,
    policySummary: report.policySummary,
    opaqueComponents: report.opaqueComponents,
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
