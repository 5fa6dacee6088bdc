// Arbitrary JSON in place of any property, at any depth: the shared arbitraries behind the
// "never throws on odd input" property tests of the compute and patching policies.
import fc from "fast-check";
import { UNKNOWN_ARRAY, UNKNOWN_BOOL, UNKNOWN_NUMBER, UNKNOWN_OBJECT, UNKNOWN_STRING, secret } from "../../helpers/policy-harness";

type Path = (string | number)[];

/** Every path into a value: each property and list item, nested ones too. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** A copy of `base` with the value at `path` replaced. */
export function replaceAt(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(base)) {
    const copy = [...base];
    copy[key as number] = replaceAt(copy[key as number], rest, value);
    return copy;
  }
  const record = (base ?? {}) as Record<string, unknown>;
  return { ...record, [key]: replaceAt(record[key as string], rest, value) };
}

const sentinel = fc.constantFrom<unknown>(UNKNOWN_STRING, UNKNOWN_NUMBER, UNKNOWN_BOOL, UNKNOWN_ARRAY, UNKNOWN_OBJECT);

/** Any JSON value, the preview's unknown sentinels, and either wrapped as a secret. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: sentinel },
  { weight: 1, arbitrary: fc.oneof(fc.jsonValue({ maxDepth: 2 }), sentinel).map((v) => secret(v)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>("true", "false", "required", "", [], {}, [null], ["*"], "ami-1", "subnet-1", "resolve:ssm:/x") },
);

/** Values every property is tried with, whatever the random draw. */
export const NASTY: readonly unknown[] = [
  null, "", 0, -1, 1e308, true, "true", "false", [], [null], [[]], {}, { "": {} }, "*", "ami-1",
  UNKNOWN_STRING, UNKNOWN_NUMBER, UNKNOWN_BOOL, UNKNOWN_ARRAY, UNKNOWN_OBJECT, secret(null), secret([UNKNOWN_STRING]), secret({ a: [1] }),
];

/** `base` with one property (a top-level one, or one at any depth) replaced by an odd value. */
export function mutated(base: Record<string, unknown>, extraKeys: readonly string[] = []): fc.Arbitrary<Record<string, unknown>> {
  const paths: Path[] = [...pathsOf(base), ...extraKeys.map((k) => [k])];
  return fc.tuple(fc.constantFrom(...paths), oddValue).map(([path, value]) => replaceAt(base, path, value) as Record<string, unknown>);
}
