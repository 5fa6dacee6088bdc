// The JSON report: everything the run found, for CI and other tools. Findings an exception
// suppressed (`suppressed`) and those an accepted-findings file accepted (`accepted`) are listed apart.
import { isAccepted, isExcepted } from "../accepted/outcome";
import { CheckReport, activeFindings, isBlocking, sortFindings } from "./finding";

export function renderJson(report: CheckReport): string {
  const active = sortFindings(activeFindings(report));
  const excepted = sortFindings(report.findings.filter(isExcepted));
  const accepted = sortFindings(report.findings.filter(isAccepted));
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
      suppressed: excepted.length,
      accepted: accepted.length,
      remediations: report.remediations.length,
      policiesEvaluated: report.policies.filter((p) => p.evaluated > 0).length,
      policies: report.policies.length,
    },
    findings: active,
    suppressed: excepted,
    accepted,
    ...(report.acceptedFile ? { acceptedFile: report.acceptedFile } : {}),
    remediations: report.remediations,
    policies: report.policies,
    policySummary: report.policySummary,
    opaqueComponents: report.opaqueComponents,
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
