// Side resources grouped by the resource they point at (a public access block by its bucket, a
// listener by its load balancer), in one pass: through propertyDependencies first, then by the
// target's id, name or ARN. Those whose target is unknown during preview, and linked by no
// dependency, are counted: they may point at any target.
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { isUnknown } from "../lib/unknown";

export interface BackReferences {
  /** The side resources pointing at `target`. */
  readonly of: (target: StackResource) => readonly StackResource[];
  /** How many side resources point at a target unknown during preview. */
  readonly unresolved: number;
}

export function backReferences(stack: StackModel, from: readonly StackResource[], prop: string, targetTypes: readonly string[]): BackReferences {
  const byTarget = new Map<string, StackResource[]>();
  let unresolved = 0;
  for (const side of from) {
    const targets = stack.referenced(side, prop, targetTypes);
    if (targets.length === 0 && isUnknown(side.props[prop])) unresolved++;
    for (const target of targets) {
      const list = byTarget.get(target.urn);
      if (list) list.push(side);
      else byTarget.set(target.urn, [side]);
    }
  }
  return { of: (target) => byTarget.get(target.urn) ?? [], unresolved };
}
