// Paths into a resource's props: every property and list item at any depth, read and replaced
// without touching the original.
import { SECRET_SIG, SIG_KEY } from "../../../policies/lib/codec";

export type Key = string | number;
export type Path = Key[];

/** Every path into a value (each property and list item, at any depth), a secret's signature excepted. */
export function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  if (value === null || typeof value !== "object" || depth > 12) return [];
  // An asset or archive is one value on the wire (the SDK rejects one missing its fields).
  if (SIG_KEY in value && (value as Record<string, unknown>)[SIG_KEY] !== SECRET_SIG) return [];
  const entries: [Key, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value).filter(([k]) => k !== SIG_KEY);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k], depth + 1)]);
}

export function valueAt(value: unknown, p: Path): unknown {
  return p.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<Key, unknown>)[k] : undefined), value);
}

/** A copy of `base` with the value at `p` replaced (or deleted, for `undefined`). */
export function replaceAt(base: unknown, p: Path, value: unknown): unknown {
  if (p.length === 0) return value;
  const [key, ...rest] = p;
  if (Array.isArray(base)) {
    const copy = [...base];
    if (rest.length === 0 && value === undefined) copy.splice(key as number, 1);
    else copy[key as number] = replaceAt(copy[key as number], rest, value);
    return copy;
  }
  const record: Record<string, unknown> = { ...((base ?? {}) as Record<string, unknown>) };
  if (rest.length === 0 && value === undefined) delete record[key];
  else record[key] = replaceAt(record[key as string], rest, value);
  return record;
}

/** Half the picks go to top-level properties, which deep lists would otherwise outnumber. */
export function pickPath(paths: readonly Path[], pick: number): Path {
  const top = paths.filter((q) => q.length === 1);
  const pool = pick % 2 === 0 && top.length > 0 ? top : paths;
  return pool[Math.floor(pick / 2) % pool.length];
}
