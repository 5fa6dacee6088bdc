// Changes the fuzz makes to a resource's props. Odd ones put odd values anywhere (wrong types,
// reshaped values, canary secrets, exception tags of any form); realistic ones only change it the
// way a real program might (a property left out, a value another resource uses, a secret).
import fc from "fast-check";
import { exceptionTagKey } from "../../../policies/lib/exception-config";
import { Path, pathsOf, pickPath, replaceAt, valueAt } from "./paths";
import { CANARY, CANARY_SECRETS, ODD_KEYS, canaryized, isSecret, oddValue, reshaped, secret } from "./values";

export type Mutation =
  | { op: "replace"; pick: number; value: unknown }
  | { op: "delete"; pick: number }
  | { op: "reshape"; pick: number; variant: number }
  | { op: "secret"; pick: number; canary: boolean }
  | { op: "add"; pick: number; key: string; value: unknown }
  | { op: "tag"; value: unknown }
  | { op: "borrow"; pick: number; choice: number };

/** Values seen under each property name across the seeds: what a real program writes there. */
export type ValuePool = ReadonlyMap<string, readonly unknown[]>;

const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const WELL_FORMED_TAGS: readonly unknown[] = [`accepted risk; expires=${soon}`, "accepted risk; expires=2001-01-01", secret(`accepted risk; expires=${soon}`)];

/** Values an exception tag may hold: well-formed, expired, malformed, unknown, secret. */
const tagValues = fc.oneof(fc.constantFrom<unknown>(...WELL_FORMED_TAGS, "no expiry", "", ";expires=", secret(`${CANARY} reason; expires=${soon}`), secret(`reason; expires=${CANARY}`), ...CANARY_SECRETS), oddValue);

export const oddMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant("replace" as const), pick: fc.nat(), value: oddValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("reshape" as const), pick: fc.nat(), variant: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("secret" as const), pick: fc.nat(), canary: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("add" as const), pick: fc.nat(), key: fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string({ maxLength: 6 })), value: oddValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("tag" as const), value: tagValues }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("borrow" as const), pick: fc.nat(), choice: fc.nat() }) },
);

export const realisticMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("borrow" as const), pick: fc.nat(), choice: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("secret" as const), pick: fc.nat(), canary: fc.constant(false) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("tag" as const), value: fc.constantFrom(...WELL_FORMED_TAGS) }) },
);

/** The name a value goes by: its property, or "name[]" for an item of the list under that property. */
function slotOf(p: Path): string {
  const last = p[p.length - 1];
  if (typeof last === "string") return last;
  const named = [...p].reverse().find((k) => typeof k === "string");
  return `${named ?? ""}[]`;
}

export function valuePool(resources: readonly { props: Record<string, unknown> }[]): ValuePool {
  const pool = new Map<string, unknown[]>();
  for (const r of resources) {
    for (const p of pathsOf(r.props)) {
      const key = slotOf(p);
      const v = valueAt(r.props, p);
      const seen = pool.get(key) ?? [];
      if (!seen.some((s) => JSON.stringify(s) === JSON.stringify(v))) seen.push(v);
      pool.set(key, seen);
    }
  }
  return pool;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !isSecret(v);
}

export function applyMutation(props: Record<string, unknown>, m: Mutation, policy: string, pool: ValuePool): Record<string, unknown> {
  if (m.op === "tag") {
    const tags = isPlainObject(props.tags) ? props.tags : {};
    return { ...props, tags: { ...tags, [exceptionTagKey(policy)]: m.value } };
  }
  const paths = pathsOf(props);
  if (m.op === "add") {
    const containers: Path[] = [[], ...paths.filter((p) => isPlainObject(valueAt(props, p)))];
    return replaceAt(props, [...containers[m.pick % containers.length], m.key], m.value) as Record<string, unknown>;
  }
  if (paths.length === 0) return props;
  const p = pickPath(paths, m.pick);
  const old = valueAt(props, p);
  const at = (value: unknown) => replaceAt(props, p, value) as Record<string, unknown>;
  switch (m.op) {
    case "replace":
      return at(m.value);
    case "delete":
      // A secret always carries its value on the wire: deleting it leaves null.
      return at(isSecret(valueAt(props, p.slice(0, -1))) ? null : undefined);
    case "reshape":
      return at(reshaped(old, m.variant));
    case "secret":
      return at(secret(m.canary ? canaryized(old) : old));
    case "borrow": {
      const values = pool.get(slotOf(p)) ?? [old];
      return at(values[m.choice % values.length]);
    }
  }
}
