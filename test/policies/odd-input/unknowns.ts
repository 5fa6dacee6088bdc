// Preview unknowns put in place of values: each picked value becomes the sentinel the engine
// sends for its kind (or preview JSON's plain "unknown"), so the case given is one way they resolve.
import fc from "fast-check";
import { UNKNOWN_SENTINELS } from "../../../policies/lib/codec";
import { StackInput, urnOf } from "../../helpers/policy-harness";
import { pathsOf, replaceAt, valueAt } from "./paths";
import { isSecret, secret } from "./values";

/** The sentinel the engine sends in place of a value of this kind. */
export function sentinelFor(value: unknown): unknown {
  if (isSecret(value)) return secret(sentinelFor(value.value));
  if (Array.isArray(value)) return UNKNOWN_SENTINELS.array;
  if (value !== null && typeof value === "object") return UNKNOWN_SENTINELS.object;
  if (typeof value === "number") return UNKNOWN_SENTINELS.number;
  if (typeof value === "boolean") return UNKNOWN_SENTINELS.boolean;
  return UNKNOWN_SENTINELS.string;
}

/**
 * Outputs other resources copy by value (ids, ARNs, names, a VPC's default group and ACL ids): when
 * one is unknown, so is every copy. (A literal copy next to an unknown output would name some other,
 * existing resource, and a finding about that would be right.)
 */
const isOutput = (key: string): boolean => ["id", "arn", "name", "bucket"].includes(key) || /^default[A-Za-z]*Id$/.test(key);

/** `value` with every `target` in it replaced; the same object when there is none. */
function everywhere(value: unknown, target: string, replacement: unknown, depth = 0): unknown {
  if (value === target) return replacement;
  if (depth > 12 || value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const replaced = entries.map(([k, v]) => [k, everywhere(v, target, replacement, depth + 1)] as const);
  if (replaced.every(([, v], i) => v === entries[i][1])) return value;
  return Array.isArray(value) ? replaced.map(([, v]) => v) : Object.fromEntries(replaced);
}

// A value unknown in preview resolves to some value. Resolved to nothing (null, "", [], {}), many
// inputs are ones AWS rejects (a rule with no peer), which policies rightly pass over.
const hasValue = (v: unknown): boolean => {
  if (isSecret(v)) return hasValue(v.value);
  if (v === null || v === "") return false;
  return typeof v !== "object" || Object.keys(v).length > 0;
};

export interface UnknownPick {
  pick: number;
  /** Preview JSON says "unknown" (the string sentinel) whatever the kind. */
  asString: boolean;
}

export const unknownPicks: fc.Arbitrary<UnknownPick[]> = fc.array(fc.record({ pick: fc.nat(), asString: fc.boolean() }), { minLength: 1, maxLength: 3 });

/**
 * `stack` with the output `id` unknown in every copy. As in a real preview, each property holding
 * a copy depends on the resource the value came from: the first to hold it as an output (the
 * engine registers a resource's dependencies before it).
 */
function outputUnknown(stack: readonly StackInput[], id: string): StackInput[] {
  const holds = (v: unknown) => v === id || (isSecret(v) && v.value === id);
  const first = stack.findIndex((r) => Object.entries(r.props).some(([k, v]) => isOutput(k) && holds(v)));
  const source = urnOf(stack[first].type, stack[first].name ?? "subject");
  return stack.map((r, j) => {
    const props = Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, everywhere(v, id, UNKNOWN_SENTINELS.string)]));
    const copies = j <= first ? [] : Object.keys(props).filter((k) => props[k] !== r.props[k]);
    const deps = { ...(r.propertyDependencies ?? {}) };
    for (const k of copies) deps[k] = [...(deps[k] ?? []), source];
    return { ...r, props, propertyDependencies: deps };
  });
}

/** `stack` with some values unknown, as a preview shows them; `stack` is one way they resolve. */
export function withUnknowns(stack: readonly StackInput[], picks: readonly UnknownPick[]): StackInput[] {
  let out = [...stack];
  for (const { pick, asString } of picks) {
    const sites = out.flatMap((r, i) => pathsOf(r.props).filter((p) => hasValue(valueAt(r.props, p))).map((p) => [i, p] as const));
    if (sites.length === 0) return out;
    const [i, p] = sites[pick % sites.length];
    // An output is a string at the top level (or a secret's value there).
    const top = out[i].props[p[0]];
    const output = isOutput(String(p[0])) ? (isSecret(top) ? top.value : top) : undefined;
    if (typeof output === "string" && (p.length === 1 || isSecret(top))) {
      out = outputUnknown(out, output);
      continue;
    }
    const old = valueAt(out[i].props, p);
    const unknown = asString && !isSecret(old) ? UNKNOWN_SENTINELS.string : sentinelFor(old);
    out[i] = { ...out[i], props: replaceAt(out[i].props, p, unknown) as Record<string, unknown> };
  }
  return out;
}
