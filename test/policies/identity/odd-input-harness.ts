// Property-based robustness: run policies on a realistic stack in which one property, at any depth,
// is replaced by arbitrary JSON, an unknown sentinel or a secret. Shared by the identity and
// monitoring odd-input tests.
import fc from "fast-check";
import type { RampartPolicy } from "../../../policies/lib/control";
import {
  runResourcePolicy,
  runStackPolicy,
  secret,
  StackInput,
  UNKNOWN_ARRAY,
  UNKNOWN_BOOL,
  UNKNOWN_NUMBER,
  UNKNOWN_OBJECT,
  UNKNOWN_STRING,
} from "../../helpers/policy-harness";

type Path = (string | number)[];

/** Every property path of a props object, nested objects and lists included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

function replaced(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, replacement) : v));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaced(record[head as string], rest, replacement) };
}

const UNKNOWNS = [UNKNOWN_STRING, UNKNOWN_NUMBER, UNKNOWN_BOOL, UNKNOWN_ARRAY, UNKNOWN_OBJECT];

// JSON without "__proto__" keys, which the protobuf Struct in the harness cannot carry.
const json = fc.jsonValue().filter((v) => !JSON.stringify(v ?? null).includes('"__proto__"'));

/** Odd values tried at every path, exhaustively: wrong types, empty shapes, unknowns, secrets. */
export const ODD_CONSTANTS: readonly unknown[] = [
  null, 0, -1, 1.5, 1e308, true, false, "", " ", "*", "true", "-1", "not json {", "[]", "{}", '{"Statement": 5}',
  [], {}, [null], [[["*"]]], { Statement: 5 }, { a: { b: [1, "x"] } },
  "arn:aws:iam::aws:policy/AdministratorAccess",
  ...UNKNOWNS,
  secret("x"), secret({}), secret([UNKNOWN_STRING]),
];

export const oddValue: fc.Arbitrary<unknown> = fc.oneof(json, fc.constantFrom(...ODD_CONSTANTS), json.map((v) => secret(v)));

/** Runs one policy the way the engine would on a whole stack: per resource, or once for the stack. */
export async function runOn(policy: RampartPolicy, stack: StackInput[], config: Record<string, unknown> = {}) {
  if ("validateStack" in policy) return [await runStackPolicy(policy, stack, config)];
  const types = new Set(policy.rampart.types);
  const outcomes = [];
  for (const r of stack) if (types.has(r.type)) outcomes.push(await runResourcePolicy(policy, r, config));
  return outcomes;
}

function mutate(stack: StackInput[], index: number, path: Path, value: unknown): StackInput[] {
  return stack.map((r, i) => (i === index ? { ...r, props: replaced(r.props, path, value) as Record<string, unknown> } : r));
}

/**
 * Asserts that no policy throws, whichever property of the stack (or of its config) holds odd input:
 * every path with every odd constant, then random JSON at random paths with random config.
 */
export async function assertNeverThrows(policies: readonly RampartPolicy[], stack: StackInput[], numRuns = 120): Promise<void> {
  const targets = stack.flatMap((r, index) => pathsOf(r.props).map((path) => ({ index, path })));
  for (const policy of policies) {
    for (const { index, path } of targets) {
      for (const value of ODD_CONSTANTS) {
        await expect(runOn(policy, mutate(stack, index, path, value))).resolves.toBeDefined();
      }
    }
    for (const key of Object.keys(policy.rampart.defaults)) {
      for (const value of ODD_CONSTANTS) await expect(runOn(policy, stack, { [key]: value })).resolves.toBeDefined();
    }
  }
  for (const policy of policies) {
    const configKeys = Object.keys(policy.rampart.defaults);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...targets),
        oddValue,
        fc.option(fc.tuple(fc.constantFrom(...(configKeys.length ? configKeys : ["unused"])), oddValue)),
        async ({ index, path }, value, configEntry) => {
          const mutated = mutate(stack, index, path, value);
          const config = configEntry ? { [configEntry[0]]: configEntry[1] } : {};
          const outcomes = await runOn(policy, mutated, config);
          for (const o of outcomes) for (const v of o.violations) expect(typeof v.message).toBe("string");
        },
      ),
      { numRuns },
    );
  }
}
