// Enforcement levels and severities between the protocol's enums and their names.
import type { EnforcementLevelName } from "../baseline/pack-info";
import { analyzerProto } from "./pulumi-modules";

export type Level = EnforcementLevelName;
export type Severity = "low" | "medium" | "high" | "critical" | "";

const E = analyzerProto.EnforcementLevel;

export function levelName(value: number): Level {
  switch (value) {
    case E.MANDATORY:
      return "mandatory";
    case E.REMEDIATE:
      return "remediate";
    case E.DISABLED:
      return "disabled";
    default:
      return "advisory";
  }
}

export function levelValue(level: Level): number {
  return { advisory: E.ADVISORY, mandatory: E.MANDATORY, remediate: E.REMEDIATE, disabled: E.DISABLED }[level];
}

export function severityName(value: number): Severity {
  return (["", "low", "medium", "high", "critical"][value] ?? "") as Severity;
}

/**
 * A diagnostic's level as the engine reports it: the diagnostic's own (not its policy's), with
 * "remediate" downgraded to "mandatory" (a violation left after remediating, or a stack policy's,
 * which cannot remediate).
 */
export function diagnosticLevel(value: number): Level {
  const level = levelName(value);
  return level === "remediate" ? "mandatory" : level;
}

/** A diagnostic's severity as the engine reports it: its own when set, else its policy's. */
export function diagnosticSeverity(value: number, policySeverity: Severity | undefined): Severity {
  return severityName(value) || policySeverity || "";
}
