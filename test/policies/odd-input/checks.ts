// Running one fuzz case through the in-process harness, and what every outcome must satisfy.
import type { RampartPolicy } from "../../../policies/lib/control";
import { Outcome, runResourcePolicy, runStackPolicy, urnOf } from "../../helpers/policy-harness";
import type { Case } from "./cases";
import { CANARY_TEXT, CANARY_TOKENS, isSecret } from "./values";
import { SUPPRESSED_PREFIX } from "../../../policies/lib/exception-marker";

export interface Judged extends Outcome {
  /** The resource a resource policy judged (its findings are about it unless they name another). */
  readonly subject?: string;
}

/** Runs the case the way the engine would: each resource of a judged type, or the whole stack once. */
export async function run(policy: RampartPolicy, c: Pick<Case, "stack" | "config">): Promise<Judged[]> {
  if (policy.rampart.kind === "stack") return [await runStackPolicy(policy, c.stack, c.config)];
  const outcomes: Judged[] = [];
  for (const r of c.stack) {
    if (policy.rampart.types.includes(r.type)) outcomes.push({ ...(await runResourcePolicy(policy, r, c.config)), subject: urnOf(r.type, r.name ?? "subject") });
  }
  return outcomes;
}

/** What each finding is about: its resource, or the stack. */
/** How many findings; with `blockingOnly`, those an exception does not suppress. */
export function findingCount(outcomes: readonly Judged[], blockingOnly = false): number {
  return outcomes.reduce((n, o) => n + o.violations.filter((v) => !blockingOnly || !v.message.startsWith(SUPPRESSED_PREFIX)).length, 0);
}

/** Where the findings are; with `blockingOnly`, leaving out those an exception suppresses (they block nothing). */
export function findingKeys(outcomes: readonly Judged[], blockingOnly = false): Set<string> {
  const kept = (message: string) => !blockingOnly || !message.startsWith(SUPPRESSED_PREFIX);
  return new Set(outcomes.flatMap((o) => o.violations.filter((v) => kept(v.message)).map((v) => v.urn || o.subject || "stack")));
}

function withoutSecrets(value: unknown, depth = 0): unknown {
  if (isSecret(value)) return null;
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => withoutSecrets(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutSecrets(v, depth + 1)]));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The canary spellings a message must not show: those that appear nowhere outside a secret. */
export function leaksToWatch(c: Pick<Case, "stack" | "config">): RegExp[] {
  const plain = JSON.stringify([c.stack.map((r) => withoutSecrets(r.props)), c.config]).toLowerCase();
  const watched: RegExp[] = [];
  if (!plain.includes(CANARY_TEXT.toLowerCase())) watched.push(new RegExp(escape(CANARY_TEXT), "i"));
  for (const token of CANARY_TOKENS) if (!plain.includes(token.toLowerCase())) watched.push(new RegExp(`(?<![A-Za-z0-9])${escape(token)}(?![A-Za-z0-9])`, "i"));
  return watched;
}

/** Every finding has a message, every not-applicable reason is text, and no secret shows in either. */
export function expectSound(outcomes: readonly Outcome[], leaks: readonly RegExp[]): void {
  for (const o of outcomes) {
    const texts: string[] = [];
    for (const v of o.violations) {
      expect(typeof v.message).toBe("string");
      expect(v.message.trim()).not.toBe("");
      texts.push(v.message);
    }
    if (o.notApplicable !== undefined) {
      expect(typeof o.notApplicable).toBe("string");
      texts.push(o.notApplicable);
    }
    for (const text of texts) for (const leak of leaks) expect(text).not.toMatch(leak);
  }
}
