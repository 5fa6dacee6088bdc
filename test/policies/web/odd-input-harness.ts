// Property-based check that a policy never throws: every property path of a representative input
// (top level and nested) is replaced by arbitrary JSON, an unknown sentinel or a secret.
import fc from "fast-check";
import type { RampartPolicy } from "../../../policies/lib/control";
import {
  StackInput,
  UNKNOWN_ARRAY,
  UNKNOWN_BOOL,
  UNKNOWN_NUMBER,
  UNKNOWN_OBJECT,
  UNKNOWN_STRING,
  runResourcePolicy,
  runStackPolicy,
  secret,
} from "../../helpers/policy-harness";

type Path = (string | number)[];

/** Every path to a value inside `value` (objects and arrays), the empty path excluded. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

export function withValueAt<T>(value: T, path: Path, replacement: unknown): T {
  const copy = structuredClone(value) as unknown as Record<string | number, unknown>;
  let cursor = copy;
  for (const step of path.slice(0, -1)) cursor = cursor[step] as Record<string | number, unknown>;
  cursor[path[path.length - 1]] = replacement;
  return copy as unknown as T;
}

const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.constantFrom(UNKNOWN_STRING, UNKNOWN_NUMBER, UNKNOWN_BOOL, UNKNOWN_ARRAY, UNKNOWN_OBJECT, "true", "false", "", "  ", [], {}) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => secret(v)) },
);

export async function assertResourcePolicyNeverThrows(policy: RampartPolicy, type: string, props: Record<string, unknown>, config: Record<string, unknown> = {}): Promise<void> {
  const paths = pathsOf(props);
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: paths.length - 1 }), oddValue, async (i, odd) => {
      const outcome = await runResourcePolicy(policy, { type, props: withValueAt(props, paths[i], odd) }, config);
      return Array.isArray(outcome.violations);
    }),
    { numRuns: 150 },
  );
}

export async function assertStackPolicyNeverThrows(policy: RampartPolicy, stack: StackInput[], config: Record<string, unknown> = {}): Promise<void> {
  const targets = stack.flatMap((r, ri) => pathsOf(r.props).map((p) => [ri, p] as const));
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: targets.length - 1 }), oddValue, async (i, odd) => {
      const [ri, path] = targets[i];
      const mutated = stack.map((r, j) => (j === ri ? { ...r, props: withValueAt(r.props, path, odd) } : r));
      const outcome = await runStackPolicy(policy, mutated, config);
      return Array.isArray(outcome.violations);
    }),
    { numRuns: 150 },
  );
}

/** Whole-props replacement: the resource arrives with arbitrary JSON as each top-level value. */
export async function assertArbitraryPropsNeverThrow(policy: RampartPolicy, types: readonly string[]): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...types), fc.dictionary(fc.string({ maxLength: 30 }), oddValue, { maxKeys: 8 }), async (type, props) => {
      const outcome =
        "validateStack" in policy ? await runStackPolicy(policy, [{ type, name: "odd", props }]) : await runResourcePolicy(policy, { type, props });
      return Array.isArray(outcome.violations);
    }),
    { numRuns: 100 },
  );
}
