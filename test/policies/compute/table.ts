// Labelled good/bad cases for Rampart policies: each row is one resource (or one stack) with
// the outcome it must produce, so a table reads as the control's documentation.
import type { RampartPolicy } from "../../../policies/lib/control";
import { Outcome, StackInput, runResourcePolicy, runStackPolicy } from "../../helpers/policy-harness";

export type Expect = "violation" | "pass" | "not-applicable";

export interface ResourceCase {
  readonly label: string;
  readonly type: string;
  readonly props: Record<string, unknown>;
  readonly config?: Record<string, unknown>;
  readonly expect: Expect;
  /** Exact number of violations, when it matters. */
  readonly count?: number;
  /** Some violation (or the not-applicable reason) must match. */
  readonly message?: RegExp;
}

export interface StackCase {
  readonly label: string;
  readonly resources: StackInput[];
  readonly config?: Record<string, unknown>;
  readonly expect: Expect;
  readonly count?: number;
  readonly message?: RegExp;
  /** URNs the violations must point at, in any order. */
  readonly urns?: string[];
}

export function assertOutcome(outcome: Outcome, c: { expect: Expect; count?: number; message?: RegExp }): void {
  if (c.expect === "violation") {
    expect(outcome.violations.length).toBeGreaterThan(0);
    if (c.count !== undefined) expect(outcome.violations).toHaveLength(c.count);
    if (c.message) expect(outcome.violations.map((v) => v.message).join("\n")).toMatch(c.message);
    return;
  }
  expect(outcome.violations).toEqual([]);
  if (c.expect === "pass") {
    expect(outcome.notApplicable).toBeUndefined();
    return;
  }
  expect(outcome.notApplicable).toBeDefined();
  if (c.message) expect(outcome.notApplicable).toMatch(c.message);
}

export async function runCase(policy: RampartPolicy, c: ResourceCase): Promise<Outcome> {
  const outcome = await runResourcePolicy(policy, { type: c.type, props: c.props }, c.config ?? {});
  assertOutcome(outcome, c);
  return outcome;
}

export async function runStackCase(policy: RampartPolicy, c: StackCase): Promise<Outcome> {
  const outcome = await runStackPolicy(policy, c.resources, c.config ?? {});
  assertOutcome(outcome, c);
  if (c.urns) expect(outcome.violations.map((v) => v.urn).sort()).toEqual([...c.urns].sort());
  return outcome;
}

/** Counts the rows of each kind, so a test can insist a table holds enough of both. */
export function tally(cases: readonly { expect: Expect }[]): { bad: number; good: number } {
  const bad = cases.filter((c) => c.expect === "violation").length;
  return { bad, good: cases.length - bad };
}
