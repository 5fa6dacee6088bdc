// "At least one trail of the stack does X": account-wide CloudTrail controls ask for one covering
// trail, not for every trail (AWS Config's multi-region-cloudtrail-enabled and
// cloudtrail-security-trail-enabled: "at least one trail"), so extra regional or data-event
// trails are fine beside it. A trail still unknown during preview may be the covering one.
import type { Judge } from "../lib/judge";
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { Tri, allOf } from "../lib/tri";
import { MON } from "./types";

/** One thing a covering trail must do: the property judged, its verdict, and the gap when it is "no". */
export interface TrailCheck {
  readonly prop: string;
  readonly verdict: Tri;
  readonly gap: string;
}

export interface CoveringTrailRule {
  checksOf(trail: StackResource): readonly TrailCheck[];
  /** Judge each trail on its own instead of asking for one covering trail. */
  readonly everyTrail: boolean;
  /** The violation for a trail that does not cover, given its gaps. */
  message(trail: StackResource, gaps: readonly string[]): string;
}

export function judgeCoveringTrail(stack: StackModel, judge: Judge, rule: CoveringTrailRule): void {
  const trails = stack.ofType(MON.trail).map((trail) => {
    const checks = rule.checksOf(trail);
    return { trail, checks, covers: allOf(checks.map((c) => c.verdict)) };
  });
  if (!rule.everyTrail && trails.some((t) => t.covers === "yes")) return;
  const undecided = !rule.everyTrail && trails.some((t) => t.covers === "maybe");
  for (const { trail, checks, covers } of trails) {
    if (covers === "maybe") checks.filter((c) => c.verdict === "maybe").forEach((c) => judge.unknown(`${c.prop} of ${trail.name}`));
    // A trail still being decided might turn out to be the covering one: do not blame the others yet.
    if (covers !== "no" || undecided) continue;
    judge.violation(rule.message(trail, checks.filter((c) => c.verdict === "no").map((c) => c.gap)), trail.urn);
  }
}
