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

const SECRET_SIG = "4dabf18193072939515e22adb298388d";
// Enumerated words a message may name (the documented values of a property), secret or not.
const SAFE_WORDS = new Set(["optional", "required", "enabled", "disabled", "true", "false"]);

/** Every string held inside a secret() wrapper anywhere in the value. */
export function secretStrings(value: unknown, inSecret = false): string[] {
  if (typeof value === "string") return inSecret ? [value] : [];
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  if (SECRET_SIG in record) return secretStrings(record.value, true);
  return Object.values(record).flatMap((v) => secretStrings(v, inSecret));
}

/** No message and no not-applicable reason repeats a secret. */
export function assertNoSecretPrinted(outcome: Outcome, props: unknown): void {
  const secrets = secretStrings(props).filter((s) => s.length >= 4 && !SAFE_WORDS.has(s.toLowerCase()));
  const printed = [...outcome.violations.map((v) => v.message), outcome.notApplicable ?? ""].join("\n");
  for (const s of secrets) expect(printed).not.toContain(s);
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
  assertNoSecretPrinted(outcome, c.props);
  return outcome;
}

export async function runStackCase(policy: RampartPolicy, c: StackCase): Promise<Outcome> {
  const outcome = await runStackPolicy(policy, c.resources, c.config ?? {});
  assertOutcome(outcome, c);
  assertNoSecretPrinted(outcome, c.resources.map((r) => r.props));
  if (c.urns) expect(outcome.violations.map((v) => v.urn).sort()).toEqual([...c.urns].sort());
  return outcome;
}

/** Counts the rows of each kind, so a test can insist a table holds enough of both. */
export function tally(cases: readonly { expect: Expect }[]): { bad: number; good: number } {
  const bad = cases.filter((c) => c.expect === "violation").length;
  return { bad, good: cases.length - bad };
}
