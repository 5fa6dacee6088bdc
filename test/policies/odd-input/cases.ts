// What the fuzz feeds each policy: resources of the types it judges (and, for stack policies,
// mixes of the types its domain's sources name), started from a seed or made up, then mutated;
// with configs that switch on idle code or hold odd values.
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import type { RampartPolicy } from "../../../policies/lib/control";
import { StackInput, urnOf } from "../../helpers/policy-harness";
import { Mutation, ValuePool, applyMutation, oddMutation, realisticMutation, valuePool } from "./mutations";
import type { Seed } from "./seeds";
import { POLICIES_DIR, isExamplesFile, policySources } from "../../helpers/policy-sources";
import { ODD_KEYS, oddValue } from "./values";

export interface Case {
  readonly stack: StackInput[];
  readonly config: Record<string, unknown>;
  readonly from: string;
}

/** Odd: anything anywhere. Realistic: changes a real program could make, so the case is valid input. */
export type Style = "odd" | "realistic";

const TOKEN = /["'`](aws:[A-Za-z0-9]+\/[A-Za-z0-9]+:[A-Za-z0-9]+)["'`]/g;

/** Every type token named in the sources of a domain and of what domains share (lib/, aws/). */
export function tokensNamedBy(domain: string): string[] {
  const found = new Set<string>();
  for (const dir of [domain, "lib", "aws"]) {
    for (const file of policySources(path.join(POLICIES_DIR, dir)).filter((f) => !isExamplesFile(f))) for (const m of fs.readFileSync(file, "utf8").matchAll(TOKEN)) found.add(m[1]);
  }
  return [...found].sort();
}

/** Config values worth trying beside the defaults: the other boolean, empty and longer lists, edge numbers. */
function alternatives(value: unknown): unknown[] {
  if (typeof value === "boolean") return [!value];
  if (typeof value === "number") return [0, 1, value * 2];
  if (typeof value === "string") return ["ALL", value.toLowerCase()];
  if (Array.isArray(value)) return [[], value.slice(0, 1)];
  return [{}];
}

/** Settings that switch on code the defaults leave idle (lists empty by default, exceptions). */
const ACTIVATING: Record<string, unknown[]> = {
  allowedAmis: [["ami-0123456789abcdef0", "ami-*"]],
  allowedAmiPatterns: [["resolve:ssm:/aws/*", "ami-0*"]],
  allowDisabledFeatures: [["S3_DATA_EVENTS"]],
  exceptions: [[{ resource: "*", reason: "fuzz", expires: "2999-01-01" }], [{ resource: "web*", reason: "fuzz", expires: "2001-01-01", ticket: "T-1" }]],
};

/** Odd config values the old per-domain harnesses tried (lists holding non-strings, a string for a flag). */
const ODD_CONFIG: Record<string, unknown[]> = {
  allowedSslPolicies: [[42, null, "x"]],
  requiredRuleGroups: [[null, 7, "", "Vendor:Name"]],
  allowedAlgorithms: [[null, 3, "AES256"]],
  requireExplicit: ["yes"],
};

export function configOf(policy: RampartPolicy, style: Style): fc.Arbitrary<Record<string, unknown>> {
  const defaults = policy.rampart.defaults;
  const keys = Object.keys(defaults);
  const sane = (key: string) => fc.constantFrom(...alternatives(defaults[key]), ...(ACTIVATING[key] ?? []));
  const value = (key: string) => (style === "odd" ? fc.oneof(sane(key), fc.constantFrom(...(ODD_CONFIG[key] ?? [null])), oddValue) : sane(key));
  const entry = fc.constantFrom(...keys).chain((key) => value(key).map((v) => [key, v] as const));
  return fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 2, arbitrary: fc.array(entry, { maxLength: 3 }).map((es) => Object.fromEntries(es)) });
}

function seedsFor(policy: RampartPolicy, seeds: readonly Seed[]): Seed[] {
  return seeds.filter((s) => s.policy === undefined || s.policy === policy.name);
}

/** The props keys seen on each type across the seeds, to make up resources that look the part. */
function keysByType(seeds: readonly Seed[]): Map<string, string[]> {
  const keys = new Map<string, Set<string>>();
  for (const seed of seeds) for (const r of seed.stack) for (const k of Object.keys(r.props)) keys.set(r.type, (keys.get(r.type) ?? new Set()).add(k));
  return new Map([...keys].map(([t, ks]) => [t, [...ks]]));
}

function madeUp(types: readonly string[], seeds: readonly Seed[]): fc.Arbitrary<StackInput> {
  const keys = keysByType(seeds);
  return fc.constantFrom(...types).chain((type) => {
    const known = keys.get(type) ?? [];
    const key = fc.oneof(
      { weight: 4, arbitrary: known.length ? fc.constantFrom(...known) : fc.constant("name") },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }).filter((k) => k !== "__proto__") },
    );
    return fc.dictionary(key, oddValue, { maxKeys: 8, noNullPrototype: true }).map((props): StackInput => ({ type, name: "made-up", props }));
  });
}

function mutated(r: StackInput, mutations: readonly Mutation[], policy: string, pool: ValuePool): StackInput {
  return { ...r, props: mutations.reduce((p, m) => applyMutation(p, m, policy, pool), r.props) };
}

interface Start {
  stack: readonly StackInput[];
  config: Record<string, unknown>;
  from: string;
}

/** Resource policy: one resource of a judged type, from a seed (or, when odd, made up), mutated. */
function resourceCases(policy: RampartPolicy, seeds: readonly Seed[], style: Style): fc.Arbitrary<Case> {
  const types = policy.rampart.types;
  const bases: Start[] = seedsFor(policy, seeds).flatMap((s) => s.stack.filter((r) => types.includes(r.type)).map((r) => ({ stack: [r], config: s.config ?? {}, from: s.title })));
  const pool = valuePool(seeds.flatMap((s) => s.stack));
  const made = madeUp(types, seeds).map((r): Start => ({ stack: [r], config: {}, from: "made up" }));
  const start = style === "odd" || bases.length === 0 ? fc.oneof(...(bases.length ? [{ weight: 4, arbitrary: fc.constantFrom(...bases) }] : []), { weight: 1, arbitrary: made }) : fc.constantFrom(...bases);
  const mutation = style === "odd" ? oddMutation : realisticMutation;
  return fc.record({ start, mutations: fc.array(mutation, { maxLength: 3 }), config: configOf(policy, style), useSeedConfig: fc.boolean() }).map(({ start, mutations, config, useSeedConfig }) => ({
    stack: [mutated(start.stack[0], mutations, policy.name, pool)],
    config: useSeedConfig ? { ...start.config, ...config } : config,
    from: start.from,
  }));
}

interface Link {
  from: number;
  to: number;
  prop: string;
  kind: "property" | "dependency" | "parent";
}

/** Links resources to each other, as a program's outputs would. */
function linked(stack: readonly StackInput[], links: readonly Link[]): StackInput[] {
  const out = stack.map((r) => ({ ...r, propertyDependencies: { ...(r.propertyDependencies ?? {}) }, dependencies: [...(r.dependencies ?? [])] }));
  for (const l of links) {
    // The engine's graph has no cycles: a resource links only to one registered before it.
    const [a, b] = [l.from % out.length, l.to % out.length].sort((x, y) => y - x);
    if (a === b) continue;
    const urn = urnOf(out[b].type, out[b].name!);
    if (l.kind === "parent") out[a].parent = urn;
    else if (l.kind === "dependency") out[a].dependencies.push(urn);
    else out[a].propertyDependencies[l.prop] = [...(out[a].propertyDependencies[l.prop] ?? []), urn];
  }
  return out;
}

const link = fc.record({
  from: fc.nat(),
  to: fc.nat(),
  prop: fc.constantFrom("vpcId", "securityGroupId", "bucket", "role", "resourceArn", "networkAclId", "subnetId", "webAclArn", "detectorId"),
  kind: fc.constantFrom("property" as const, "dependency" as const, "parent" as const),
});

/** Stack policy: a seed stack, or a mix of resources of related types, mutated and linked. */
function stackCases(policy: RampartPolicy, seeds: readonly Seed[], style: Style): fc.Arbitrary<Case> {
  const related = [...new Set([...policy.rampart.types, ...tokensNamedBy(policy.rampart.domain)])];
  const own = policy.rampart.types.length ? policy.rampart.types : related;
  const mine = seedsFor(policy, seeds);
  const members = mine.flatMap((s) => s.stack.filter((r) => related.includes(r.type)));
  const pool = valuePool(seeds.flatMap((s) => s.stack));
  const member = style === "odd" || members.length === 0
    ? fc.oneof(...(members.length ? [{ weight: 3, arbitrary: fc.constantFrom(...members) }] : []), { weight: 1, arbitrary: madeUp(own, seeds) }, { weight: 1, arbitrary: madeUp(related, seeds) })
    : fc.constantFrom(...members);
  // In seed order, so that (as the engine registers them) a resource comes after those it depends on.
  const order = (r: StackInput) => members.indexOf(r);
  const mix = fc.array(member, { minLength: 1, maxLength: 7 }).map((rs): Start => ({ stack: [...rs].sort((a, b) => order(a) - order(b)).map((r, i) => ({ ...r, name: `${r.name}-${i}` })), config: {}, from: "a mix" }));
  const whole: Start[] = mine.filter((s) => s.stack.some((r) => related.includes(r.type))).map((s) => ({ stack: s.stack, config: s.config ?? {}, from: s.title }));
  const start = fc.oneof(...(whole.length ? [{ weight: 2, arbitrary: fc.constantFrom(...whole) }] : []), { weight: 1, arbitrary: mix });
  const change = fc.record({ at: fc.nat(), mutation: style === "odd" ? oddMutation : realisticMutation });
  // Links made at random can contradict the values they carry, which no real program does.
  const links = style === "odd" ? fc.array(link, { maxLength: 3 }) : fc.constant([]);
  return fc.record({ start, changes: fc.array(change, { maxLength: 4 }), links, config: configOf(policy, style), useSeedConfig: fc.boolean() }).map(({ start, changes, links, config, useSeedConfig }) => {
    const stack = [...start.stack];
    for (const { at, mutation } of changes) stack[at % stack.length] = mutated(stack[at % stack.length], [mutation], policy.name, pool);
    return { stack: linked(stack, links), config: useSeedConfig ? { ...start.config, ...config } : config, from: start.from };
  });
}

export function casesOf(policy: RampartPolicy, seeds: readonly Seed[], style: Style): fc.Arbitrary<Case> {
  return policy.rampart.kind === "stack" ? stackCases(policy, seeds, style) : resourceCases(policy, seeds, style);
}
