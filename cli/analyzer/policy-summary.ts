// The engine's policy summaries (pkg/resource/analyzer/summary.go), which it emits after every
// Analyze (`policy-analyze-summary`) and after AnalyzeStack (`policy-analyze-stack-summary`):
// failed = the policies that reported a diagnostic; passed = the pack's policies of that kind
// that are not disabled, not reported not-applicable and did not fail.
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { PackPolicySummary } from "../report/finding";
import type { PackInfo } from "./pack-info";
import type { ReconciledConfig } from "./reconcile-config";

const sorted = (names: Iterable<string>): string[] => [...names].sort();

export class PolicySummaryBuilder {
  private readonly summary: PackPolicySummary;
  private readonly everFailed = new Set<string>();
  private readonly everPassed = new Set<string>();
  private readonly passedCount = new Map<string, number>();
  private readonly failedCount = new Map<string, number>();

  constructor(private readonly pack: PackInfo, private readonly config: ReconciledConfig) {
    this.summary = { policyPackName: pack.name, policyPackVersion: pack.version, resources: { passed: [], failed: [] }, stack: { passed: [], failed: [] }, failedResources: [] };
  }

  private judge(kind: "resource" | "stack", resp: analyzerPb.AnalyzeResponse): { passed: string[]; failed: string[] } {
    const failed = new Set(resp.getDiagnosticsList().map((d) => d.getPolicyname()));
    const notApplicable = new Set(resp.getNotApplicableList().map((n) => n.getPolicyName()));
    const passed = this.pack.policies
      .filter((p) => p.kind === kind && this.config.get(p.name)?.level !== "disabled" && !notApplicable.has(p.name) && !failed.has(p.name))
      .map((p) => p.name);
    for (const name of passed) this.passedCount.set(name, (this.passedCount.get(name) ?? 0) + 1);
    for (const name of failed) this.failedCount.set(name, (this.failedCount.get(name) ?? 0) + 1);
    return { passed: sorted(passed), failed: sorted(failed) };
  }

  /** One Analyze answer. A resource is listed on its own only when a policy failed on it. */
  addResource(urn: string, resp: analyzerPb.AnalyzeResponse): void {
    const { passed, failed } = this.judge("resource", resp);
    for (const name of passed) this.everPassed.add(name);
    for (const name of failed) this.everFailed.add(name);
    if (failed.length > 0) this.summary.failedResources.push({ resourceUrn: urn, passed, failed });
  }

  /** The AnalyzeStack answer. */
  addStack(resp: analyzerPb.AnalyzeResponse): void {
    this.summary.stack = this.judge("stack", resp);
  }

  /** How many summaries listed `policy` as passed, and as failed. */
  countsOf(policy: string): { passed: number; failed: number } {
    return { passed: this.passedCount.get(policy) ?? 0, failed: this.failedCount.get(policy) ?? 0 };
  }

  result(): PackPolicySummary {
    this.summary.resources = { passed: sorted([...this.everPassed].filter((n) => !this.everFailed.has(n))), failed: sorted(this.everFailed) };
    this.summary.failedResources.sort((a, b) => a.resourceUrn.localeCompare(b.resourceUrn));
    return this.summary;
  }
}
