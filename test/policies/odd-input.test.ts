// Every policy, fuzzed with odd input: resources of each type it judges (for stack policies, mixes
// of the types its domain names) whose props are missing, null, wrong-typed, reshaped, huge, deep,
// unknown at any depth or secret. No policy throws, none reports a finding that hangs on a preview
// unknown, and none prints a secret. Fixed seed (RAMPART_FUZZ_SEED overrides it, RAMPART_FUZZ_RUNS
// multiplies the runs); on failure fast-check prints the seed and path that replay it.
import fc from "fast-check";
import type { PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { policies, isUnknown, resourcePolicy } from "../../policies/public";
import type { RampartPolicy } from "../../policies/lib/control";
import { urnOf } from "../helpers/policy-harness";
import { run } from "./odd-input/checks";
import { silentOnUnknowns, soundOnOddInput } from "./odd-input/properties";
import { CARRIED_SEEDS, Seed, exampleSeeds } from "./odd-input/seeds";

const SEED = Number(process.env.RAMPART_FUZZ_SEED ?? 20_251_104);
// Runs per property and policy: about 20 s of CPU for the whole file.
const SCALE = Number(process.env.RAMPART_FUZZ_RUNS ?? 1);
const RUNS = { resource: 40 * SCALE, stack: 20 * SCALE };

const kinds = new Map(policies.map((p) => [p.name, p.rampart.kind]));
const seeds: Seed[] = [...CARRIED_SEEDS, ...exampleSeeds((name) => kinds.get(name))];
const params = (policy: RampartPolicy) => ({ seed: SEED, numRuns: RUNS[policy.rampart.kind] });
const byName = policies.map((p) => [p.name, p] as const);

// The compute harness's strict settings: they switch on checks the defaults leave idle.
const STRICT: Record<string, unknown> = { kmsKeyRequired: true, requireExplicitHopLimit: true, allowedAmis: ["ami-0123456789abcdef0"], allowedAmiPatterns: ["resolve:ssm:/aws/*"] };

describe("the fuzz's seeds", () => {
  it.each(byName)("hold a stack %s reports and one it passes, so the mutations start from live code", async (_name, policy) => {
    const strict = Object.fromEntries(Object.entries(STRICT).filter(([k]) => k in policy.rampart.defaults));
    const verdicts = new Set<string>();
    for (const seed of seeds.filter((s) => s.policy === undefined || s.policy === policy.name)) {
      for (const config of [seed.config ?? {}, { ...strict, ...seed.config }]) {
        const stacks = policy.rampart.kind === "stack" ? [seed.stack] : seed.stack.filter((r) => policy.rampart.types.includes(r.type)).map((r) => [r]);
        for (const stack of stacks) for (const o of await run(policy, { stack: [...stack], config })) verdicts.add(o.violations.length > 0 ? "reports" : o.notApplicable === undefined ? "passes" : "not applicable");
      }
    }
    expect(verdicts).toContain("reports");
    expect(verdicts).toContain("passes");
  });
});

describe.each(byName)("%s on odd input", (_name, policy) => {
  it("never throws, and no message or not-applicable reason shows a secret", async () => {
    await fc.assert(soundOnOddInput(policy, seeds), params(policy));
  });

  it("reports nothing whose verdict hangs on a preview unknown", async () => {
    await fc.assert(silentOnUnknowns(policy, seeds), params(policy));
  });
});

describe("the fuzz catches a policy broken on purpose", () => {
  const SG = "aws:ec2/securityGroup:SecurityGroup";
  const broken = (name: string, check: Parameters<typeof resourcePolicy>[0]["check"]) =>
    resourcePolicy({ name, description: "Broken on purpose.", severity: "low", enforcementLevel: "mandatory", domain: "network", references: [], remediationSteps: "None.", types: [SG], check });
  const catches = async <T extends unknown[]>(property: fc.IAsyncPropertyWithHooks<T>) => expect((await fc.check(property, { seed: SEED, numRuns: RUNS.resource })).failed).toBe(true);

  it("one that throws on a null property", async () => {
    await catches(soundOnOddInput(broken("throws-on-null", (r) => Object.values(r.props).forEach((v) => {
      if (v === null) throw new TypeError("cannot read null");
    })), seeds));
  });

  it("one that prints part of a secret (the redaction knows only whole values)", async () => {
    const strings = (v: unknown): string[] => (typeof v === "string" ? [v] : v !== null && typeof v === "object" ? Object.values(v).flatMap(strings) : []);
    await catches(soundOnOddInput(broken("prints-tails", (r, _c, judge) => strings(r.props).forEach((s) => judge.violation(`ends in ${s.slice(2)}`))), seeds));
  });

  it("one that reports a property unknown during preview", async () => {
    await catches(silentOnUnknowns(broken("reports-unknowns", (r, _c, judge) => Object.values(r.props).some(isUnknown) && judge.violation("a value is unknown")), seeds));
  });
});

describe("nor on any JavaScript value at all (called directly, past the wire format)", () => {
  const notApplicable = (): never => {
    throw new Error("not applicable");
  };
  const call = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof Error && e.message === "not applicable")) throw e;
    }
  };
  const samples = CARRIED_SEEDS.flatMap((s) => s.stack);
  const resources = samples.map((s) => ({ ...s, urn: urnOf(s.type, s.name!), dependencies: [], propertyDependencies: {} }));

  it("every policy, every seed resource, props replaced wholesale or in part by fc.anything()", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(samples.length - 1), fc.nat(), fc.anything(), fc.boolean(), async (which, pick, value, wholesale) => {
        const sample = samples[which];
        const keys = Object.keys(sample.props);
        const props = wholesale || keys.length === 0 ? value : { ...sample.props, [keys[pick % keys.length]]: value };
        for (const policy of policies) {
          if ("validateResource" in policy && policy.validateResource) {
            const args = { type: sample.type, name: sample.name, urn: urnOf(sample.type, sample.name!), props, getConfig: () => ({}), notApplicable } as unknown as ResourceValidationArgs;
            const validate = policy.validateResource as (a: ResourceValidationArgs, r: () => void) => void;
            call(() => validate(args, () => undefined));
          } else if ("validateStack" in policy) {
            const stack = resources.map((r, i) => (i === which ? { ...r, props } : r)) as unknown as PolicyResource[];
            const args = { resources: stack, getConfig: () => ({}), notApplicable } as unknown as StackValidationArgs;
            call(() => (policy.validateStack as (a: StackValidationArgs, r: () => void) => void)(args, () => undefined));
          }
        }
        // The pack caches its stack model until the next macrotask (one AnalyzeStack call).
        await new Promise((resolve) => setImmediate(resolve));
      }),
      { seed: SEED, numRuns: 100 * SCALE },
    );
  });
});
