// Choosing policies the way security teams already do: by name, domain, severity or framework
// control. Criteria combine with AND; the values within one criterion with OR.
import type { Severity } from "@pulumi/policy";
import type { RampartPolicy } from "./control";
import { FRAMEWORKS, FrameworkId } from "./frameworks";
import { didYouMean } from "./suggest";

export interface PolicySelection {
  /** Policy names, e.g. "no-any-any-ingress". */
  readonly names?: readonly string[];
  /** Domains, e.g. "network", "compute". */
  readonly domains?: readonly string[];
  readonly severities?: readonly Severity[];
  /** A framework id ("cis-aws", "aws-fsbp", …) or one control in it ("aws-fsbp:EC2.19"). */
  readonly frameworks?: readonly string[];
}

/** A selection that names something that does not exist (a typo would otherwise select nothing). */
export class SelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SelectionError";
  }
}

function checkKnown(field: string, given: readonly string[] | undefined, known: Iterable<string>): void {
  const set = new Set(known);
  for (const value of given ?? []) {
    if (!set.has(value)) throw new SelectionError(`selectPolicies: ${field}: unknown value ${JSON.stringify(value)}${didYouMean(value, set)}`);
  }
}

function matchesFramework(policy: RampartPolicy, wanted: string): boolean {
  const [framework, control] = wanted.split(/:(.*)/s);
  return policy.rampart.references.some((ref) => ref.framework === framework && (control === undefined || ref.ids.includes(control)));
}

/** The policies of `from` that meet every criterion given, in their original order. */
export function selectFrom(from: readonly RampartPolicy[], selection: PolicySelection = {}): RampartPolicy[] {
  checkKnown("names", selection.names, from.map((p) => p.name));
  checkKnown("domains", selection.domains, from.map((p) => p.rampart.domain));
  checkKnown("severities", selection.severities, ["low", "medium", "high", "critical"]);
  checkKnown(
    "frameworks",
    selection.frameworks?.map((f) => f.split(":")[0]),
    Object.keys(FRAMEWORKS) as FrameworkId[],
  );
  for (const wanted of selection.frameworks ?? []) {
    if (wanted.includes(":") && !from.some((p) => matchesFramework(p, wanted))) {
      throw new SelectionError(`selectPolicies: frameworks: no policy maps to ${JSON.stringify(wanted)}`);
    }
  }
  const within = <T>(values: readonly T[] | undefined, test: (value: T) => boolean) => values === undefined || values.some(test);
  return from.filter(
    (p) =>
      within(selection.names, (n) => n === p.name) &&
      within(selection.domains, (d) => d === p.rampart.domain) &&
      within(selection.severities, (s) => s === p.severity) &&
      within(selection.frameworks, (f) => matchesFramework(p, f)),
  );
}
