// One indexed view of the stack, built once per AnalyzeStack call and shared by every stack
// policy of the pack: the SDK hands each policy its own copy of the resources, and building
// indexes per policy would multiply the work by the number of policies.
import type { PolicyResource } from "@pulumi/policy";
import { StackResource, unwrapProps } from "./resource-view";
import { isUnknown } from "./unknown";

/** Output properties a reference by value may name (ids, ARNs, names). */
const IDENTITY_PROPS = ["id", "arn", "name", "bucket"] as const;

export class StackModel {
  readonly resources: readonly StackResource[];
  private readonly urnIndex = new Map<string, StackResource>();
  private readonly typeIndex = new Map<string, StackResource[]>();
  private valueIndex?: Map<string, StackResource[]>;

  constructor(resources: readonly StackResource[]) {
    this.resources = resources;
    for (const r of resources) {
      this.urnIndex.set(r.urn, r);
      const list = this.typeIndex.get(r.type);
      if (list) list.push(r);
      else this.typeIndex.set(r.type, [r]);
    }
  }

  byUrn(urn: string): StackResource | undefined {
    return this.urnIndex.get(urn);
  }

  /** Resources of any of the given type tokens, in stack order within each type. */
  ofType(...types: string[]): StackResource[] {
    if (types.length === 1) return this.typeIndex.get(types[0]) ?? [];
    return types.flatMap((t) => this.typeIndex.get(t) ?? []);
  }

  /**
   * The resources that `prop` of `resource` refers to, among `types`: first through
   * propertyDependencies (works during preview, when ids are unknown), then by value
   * (an id, ARN or name equal to the property's value).
   */
  referenced(resource: StackResource, prop: string, types: readonly string[], value?: unknown): StackResource[] {
    const wanted = new Set(types);
    const viaDeps = (resource.propertyDependencies[prop] ?? [])
      .map((urn) => this.urnIndex.get(urn))
      .filter((r): r is StackResource => r !== undefined && wanted.has(r.type));
    if (viaDeps.length > 0) return viaDeps;
    const v = value === undefined ? resource.props[prop] : value;
    if (typeof v !== "string" || isUnknown(v) || v === "") return [];
    return (this.byValue().get(v) ?? []).filter((r) => wanted.has(r.type));
  }

  private byValue(): Map<string, StackResource[]> {
    if (this.valueIndex) return this.valueIndex;
    const index = new Map<string, StackResource[]>();
    for (const r of this.resources) {
      for (const key of IDENTITY_PROPS) {
        const v = r.props[key];
        if (typeof v !== "string" || v === "" || isUnknown(v)) continue;
        const list = index.get(v);
        if (list) {
          if (!list.includes(r)) list.push(r);
        } else index.set(v, [r]);
      }
    }
    this.valueIndex = index;
    return index;
  }
}

/**
 * Builds a view of the stack once per stack model: the views of the AWS model (aws/) that several
 * policies read in one AnalyzeStack call.
 */
export function perStack<V>(build: (stack: StackModel) => V): (stack: StackModel) => V {
  const cache = new WeakMap<StackModel, V>();
  return (stack) => {
    if (!cache.has(stack)) cache.set(stack, build(stack));
    return cache.get(stack) as V;
  };
}

/**
 * Memoises `build` per stack model and key. The pack's stack policies share one StackModel per
 * AnalyzeStack call, so what one policy derives from the stack serves the others too.
 */
export function memoPerStack<K, V>(build: (stack: StackModel, key: K) => V): (stack: StackModel, key: K) => V {
  const cache = new WeakMap<StackModel, Map<K, V>>();
  return (stack, key) => {
    let byKey = cache.get(stack);
    if (!byKey) cache.set(stack, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, build(stack, key));
    return byKey.get(key) as V;
  };
}

function toStackResource(r: PolicyResource): StackResource {
  const propertyDependencies: Record<string, string[]> = {};
  for (const [prop, deps] of Object.entries(r.propertyDependencies ?? {})) {
    propertyDependencies[prop] = deps.map((d) => d.urn);
  }
  return {
    type: r.type,
    name: r.name,
    urn: r.urn,
    props: unwrapProps(r.props),
    parent: r.parent?.urn,
    dependencies: (r.dependencies ?? []).map((d) => d.urn),
    propertyDependencies,
  };
}

// The SDK runs the pack's stack policies one after another inside a single AnalyzeStack call,
// with only microtasks between them; a new call needs I/O, so a cache cleared on the next
// macrotask is never reused across calls. The size and URN check guards it all the same.
let cached: { model: StackModel; size: number; first?: string; last?: string } | undefined;

export function stackModelOf(resources: readonly PolicyResource[]): StackModel {
  const first = resources[0]?.urn;
  const last = resources[resources.length - 1]?.urn;
  if (cached && cached.size === resources.length && cached.first === first && cached.last === last) {
    return cached.model;
  }
  const model = new StackModel(resources.map(toStackResource));
  cached = { model, size: resources.length, first, last };
  setImmediate(() => {
    cached = undefined;
  });
  return model;
}
