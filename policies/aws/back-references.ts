// Side resources grouped by the resource they point at (a public access block by its bucket, a
// listener by its load balancer), in one pass: through propertyDependencies first, then by the
// target's id, name or ARN. Those whose target is unknown during preview, and linked by no
// dependency, are kept apart: they may point at any target. Those naming a target the stack does
// not create are grouped by that name, so two side resources of one outside target meet.
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { isUnknown } from "../lib/unknown";

export interface BackReferences {
  /** The side resources pointing at `target`. */
  readonly of: (target: StackResource) => readonly StackResource[];
  /** How many side resources point at a target unknown during preview. */
  readonly unresolved: number;
  /** Those side resources. */
  readonly unresolvedSides: readonly StackResource[];
  /** Side resources naming a target the stack does not create, by the name they give. */
  readonly byOutsideName: ReadonlyMap<string, readonly StackResource[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function backReferences(stack: StackModel, from: readonly StackResource[], prop: string, targetTypes: readonly string[]): BackReferences {
  const byTarget = new Map<string, StackResource[]>();
  const byOutsideName = new Map<string, StackResource[]>();
  const unresolvedSides: StackResource[] = [];
  for (const side of from) {
    const targets = stack.referenced(side, prop, targetTypes);
    for (const target of targets) push(byTarget, target.urn, side);
    if (targets.length > 0) continue;
    const named = side.props[prop];
    if (isUnknown(named)) unresolvedSides.push(side);
    else if (typeof named === "string" && named !== "") push(byOutsideName, named, side);
  }
  return { of: (target) => byTarget.get(target.urn) ?? [], unresolved: unresolvedSides.length, unresolvedSides, byOutsideName };
}
