// What a run returns, as `rampart check --format json` reports it: findings (those an exception
// turned into advisory notes apart), remediations, and what each policy judged.
import type { PackRun } from "../cli/analyzer/run-pack";
import { markSuppressions } from "../cli/check/suppressions";
import type { Finding } from "../cli/report/finding";

/** An enforcement level, as Pulumi's policy-pack-config format spells it. */
export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** A policy's severity ("" when the policy gives none). */
export type Severity = "low" | "medium" | "high" | "critical" | "";

/** One diagnostic a policy reported. */
export interface TestFinding {
  readonly policyName: string;
  readonly policyPackName: string;
  /** The level the finding was reported at (an exception makes it advisory). */
  readonly enforcementLevel: EnforcementLevel;
  readonly severity: Severity;
  /** The resource it is about; for a stack policy's finding on no resource, the root stack's URN (or "" without one). */
  readonly urn: string;
  readonly resourceType: string;
  /** The resource's name as the run gave it ("" when the URN is no resource of the run). */
  readonly resourceName: string;
  /** The finding's own words (the policy's description is not repeated in front of it); secrets redacted. */
  readonly message: string;
  /** The policy's description, sent once with every finding. */
  readonly description: string;
  /** `"resource"`: reported by Analyze on one resource's inputs; `"stack"`: by AnalyzeStack on the whole stack's outputs. */
  readonly phase: "resource" | "stack";
  /** Set when an exception turned the finding into an advisory note (the message then starts with the exception's marker). */
  readonly suppression?: { readonly reason: string; readonly expires?: string; readonly ticket?: string; readonly source: string };
}

/** What one run through the pack gave. */
export interface TestRun {
  /** The findings no exception suppressed, in the order the pack reported them. */
  readonly findings: readonly TestFinding[];
  /** The findings exceptions turned into advisory notes. */
  readonly suppressed: readonly TestFinding[];
  /** What remediate-level policies changed: the top-level properties of each resource's inputs. */
  readonly remediations: readonly { readonly policyName: string; readonly urn: string; readonly changed: readonly string[] }[];
  /** Per policy of the pack: its level in this run, how many resources it judged (1 for a stack policy that judged the stack), and its findings. */
  readonly policies: readonly { readonly policyName: string; readonly kind: "resource" | "stack"; readonly level: EnforcementLevel; readonly evaluated: number; readonly violations: number }[];
}

function testFinding(f: Finding): TestFinding {
  const { policyName, policyPackName, enforcementLevel, severity, urn, resourceType, resourceName, message, description, phase, suppression } = f;
  return { policyName, policyPackName, enforcementLevel, severity, urn, resourceType, resourceName, message, description, phase, ...(suppression ? { suppression } : {}) };
}

/** A run as the kit reports it: suppressions parsed from the exception markers, then listed apart. */
export function testRunOf(run: PackRun): TestRun {
  markSuppressions(run.findings);
  const all = run.findings.map(testFinding);
  return {
    findings: all.filter((f) => !f.suppression),
    suppressed: all.filter((f) => f.suppression),
    remediations: run.remediations.map(({ policyName, urn, changed }) => ({ policyName, urn, changed })),
    policies: run.policies.map(({ policyName, kind, level, evaluated, violations }) => ({ policyName, kind, level, evaluated, violations })),
  };
}
