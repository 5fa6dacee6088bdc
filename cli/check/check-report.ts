// A check's report, assembled from its input and each pack's run.
import type { PackRun } from "../analyzer/run-pack";
import type { CheckInput } from "../inputs/resource";
import type { CheckReport } from "../report/finding";

/** The report of `input` before any pack has run. */
export function emptyReport(input: CheckInput): CheckReport {
  const report: CheckReport = {
    source: input.source,
    inputKind: input.kind,
    preview: input.preview,
    resourceCount: input.resources.length,
    resourceTypes: {},
    packs: [],
    findings: [],
    remediations: [],
    policies: [],
    policySummary: [],
    opaqueComponents: input.opaqueComponents,
  };
  for (const r of input.resources) report.resourceTypes[r.type] = (report.resourceTypes[r.type] ?? 0) + 1;
  return report;
}

/** Adds one pack's findings, remediations and summaries to the report. */
export function addPackRun(report: CheckReport, run: PackRun): void {
  report.packs.push({ name: run.pack.name, version: run.pack.version, dir: run.dir, policies: run.pack.policies });
  // Concatenated, not spread into push(): a large stack's findings overflow the call stack.
  report.findings = report.findings.concat(run.findings);
  report.remediations = report.remediations.concat(run.remediations);
  report.policies = report.policies.concat(run.policies);
  report.policySummary.push(run.summary);
}
