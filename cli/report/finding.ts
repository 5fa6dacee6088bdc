// What the checker reports: findings and the run's summary, independent of output format.
import type { Level, Severity } from "../analyzer/levels";
import type { PolicyInfo } from "../analyzer/pack-info";
import type { AcceptedOutcome } from "../accepted/outcome";

/** Where a finding points in the user's repository. */
export interface FindingLocation {
  /**
   * Relative to the repository root (the git root around the project, else the working
   * directory), with forward slashes; absolute when the file lies outside it.
   */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, when the input recorded one. */
  column?: number;
}

export interface Finding {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  enforcementLevel: Level;
  severity: Severity;
  /**
   * The resource the finding is about. A stack policy's finding that names no resource of the
   * stack (or none at all) is on the root stack, as the engine attributes it.
   */
  urn: string;
  resourceType: string;
  resourceName: string;
  message: string;
  description: string;
  /** Analyze (one resource's inputs) or AnalyzeStack (the whole stack's outputs). */
  phase: "resource" | "stack";
  /**
   * The source line that declared the resource, or the user's call that created the component it
   * belongs to; line 1 of the project's Pulumi.yaml (or of the input file) for a stack finding or
   * when the input does not say. Set once the check has run.
   */
  location?: FindingLocation;
  /** Set when an exception turned the violation into an advisory note, or an accepted-findings file accepted it (source `accepted:<file>`). */
  suppression?: { reason: string; expires?: string; ticket?: string; source: string };
}

export interface Remediation {
  policyName: string;
  policyPackName: string;
  urn: string;
  /** Top-level properties the remediation changed. */
  changed: string[];
}

export interface PolicyStats {
  policyPackName: string;
  policyName: string;
  kind: "resource" | "stack";
  level: Level;
  /** Resources (or 1 for the stack) the policy actually judged. */
  evaluated: number;
  violations: number;
  /** Resources (or 1 for the stack) on which the engine's policy summary lists the policy as passed. */
  passed: number;
  /** Resources (or 1 for the stack) on which the engine's policy summary lists the policy as failed. */
  failed: number;
}

/** Passed and failed policy names, as in the engine's policy summary events (each list sorted). */
export interface PassedFailed {
  passed: string[];
  failed: string[];
}

/**
 * One pack's policy summary, in the engine's terms (`policy-analyze-summary` after each Analyze,
 * `policy-analyze-stack-summary` after AnalyzeStack): a policy failed where it reported a
 * diagnostic, and passed where it was neither disabled, not-applicable nor failed.
 */
export interface PackPolicySummary {
  policyPackName: string;
  policyPackVersion: string;
  /** Resource policies over every Analyze: `failed` on at least one resource; `passed` where they applied and failed nowhere. */
  resources: PassedFailed;
  /** Stack policies: the AnalyzeStack summary itself. */
  stack: PassedFailed;
  /** The engine's per-resource summary, for each resource on which some policy failed (sorted by URN). */
  failedResources: (PassedFailed & { resourceUrn: string })[];
}

export interface CheckReport {
  source: string;
  inputKind: string;
  preview: boolean;
  resourceCount: number;
  resourceTypes: Record<string, number>;
  packs: { name: string; version: string; dir: string; policies: PolicyInfo[] }[];
  findings: Finding[];
  remediations: Remediation[];
  policies: PolicyStats[];
  /** One per pack, in the engine's shape. */
  policySummary: PackPolicySummary[];
  opaqueComponents: { urn: string; type: string }[];
  /** Set when the run used --accepted or --write-accepted. */
  acceptedFile?: AcceptedOutcome;
}

/** A finding that blocks a deployment: mandatory (or remediate, which the SDK reports as mandatory when it could not fix) and not suppressed. */
export function isBlocking(f: Finding): boolean {
  return (f.enforcementLevel === "mandatory" || f.enforcementLevel === "remediate") && !f.suppression;
}

export function activeFindings(report: CheckReport): Finding[] {
  return report.findings.filter((f) => !f.suppression);
}

export function suppressedFindings(report: CheckReport): Finding[] {
  return report.findings.filter((f) => f.suppression);
}

/** Findings in a stable order: blocking first, then by severity, policy and resource. */
export function sortFindings(findings: Finding[]): Finding[] {
  const sev = { critical: 0, high: 1, medium: 2, low: 3, "": 4 };
  return [...findings].sort(
    (a, b) =>
      Number(isBlocking(b)) - Number(isBlocking(a)) ||
      sev[a.severity] - sev[b.severity] ||
      a.policyPackName.localeCompare(b.policyPackName) ||
      a.policyName.localeCompare(b.policyName) ||
      a.urn.localeCompare(b.urn) ||
      a.message.localeCompare(b.message),
  );
}
