// Judging a rule set whose parts may be unknown during preview: findings on the definite bound
// are violations; findings that appear only on the possible bound depend on unknown values, so
// the policy says so (judge.unknown) instead of guessing.
import type { Judge } from "../../lib/judge";
import { Bound, Box, boxesOf } from "../algebra/boxes";
import { Direction, FirewallRule, ruleLabel, unknownParts } from "../../aws/network/rule";

export interface Finding {
  /** Identifies the finding across bounds (e.g. "rule:3:4", "union:6:4"). */
  readonly key: string;
  readonly message: string;
  readonly urn?: string;
}

export type RuleIds = (rule: FirewallRule) => number;

export type Finder = (boxes: Box[], bound: Bound, idOf: RuleIds) => Finding[];

const MAX_UNKNOWN_NAMED = 5;

export function judgeBounded(rules: readonly FirewallRule[], direction: Direction, find: Finder, judge: Judge): void {
  const ids = new Map<FirewallRule, number>();
  rules.forEach((r, i) => ids.set(r, i));
  const idOf: RuleIds = (r) => ids.get(r) ?? -1;
  const definite = find(boxesOf(rules, direction, "definite"), "definite", idOf);
  for (const f of definite) judge.violation(f.message, f.urn);
  const seen = new Set(definite.map((f) => f.key));
  const extra = find(boxesOf(rules, direction, "possible"), "possible", idOf).filter((f) => !seen.has(f.key));
  if (extra.length > 0) reportUnknowns(rules.filter((r) => r.direction === direction), judge);
}

/** Names the rules whose unknown parts kept the policy from judging. */
export function reportUnknowns(rules: readonly FirewallRule[], judge: Judge): void {
  const unknown = rules.filter((r) => unknownParts(r).length > 0);
  const named = new Set<string>();
  for (const r of unknown) {
    if (named.size >= MAX_UNKNOWN_NAMED) break;
    named.add(`${ruleLabel(r)} ${unknownParts(r).join(", ")}`);
  }
  for (const text of named) judge.unknown(text);
  const rest = new Set(unknown.map((r) => `${ruleLabel(r)} ${unknownParts(r).join(", ")}`)).size - named.size;
  if (rest > 0) judge.unknown(`${rest} more rules`);
}
