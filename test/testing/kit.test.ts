// rampart/testing through the real protocol: a pack of a module's policies (openPolicies), whose
// plain @pulumi/policy policies report what reached them, so each test checks what the kit sent.
import * as path from "path";
import { TestFinding, TestPack, openPolicies, secret, unknown, urnOf } from "../../testing";

const FIXTURE = path.resolve(__dirname, "..", "fixtures", "testing", "policies.ts");
const NOT_POLICIES = path.resolve(__dirname, "..", "fixtures", "testing", "not-policies.js");
const THING = "test:index:Thing";
const STACK_URN = "urn:pulumi:test::project::pulumi:pulumi:Stack::project-test";
let pack: TestPack;

beforeAll(async () => {
  pack = await openPolicies(FIXTURE);
});
afterAll(() => pack?.close());

/** What the fixture policy said it saw, by resource name. */
const seen = (found: readonly TestFinding[]) => Object.fromEntries(found.map((f) => [f.resourceName, JSON.parse(f.message)]));

test("the pack holds the module's policies, its non-policy exports left out", () => {
  expect(pack.name).toBe("rampart-testing");
  expect(pack.policies.map((p) => [p.name, p.kind, p.enforcementLevel])).toEqual([
    ["sees-resource", "resource", "advisory"],
    ["sees-stack", "stack", "advisory"],
    ["thing-not-too-big", "resource", "mandatory"],
  ]);
});

test("Analyze gets URNs built from names (a child's type qualified by its parent's), the root stack as parent, the provider and the options", async () => {
  const found = await pack.findings(
    [
      { type: "pulumi:providers:test", name: "eu" },
      { type: "test:index:Box", name: "box" },
      { type: THING, name: "a", parent: "box", provider: "eu", options: { protect: true } },
      { type: THING, name: "b" },
    ],
    { policies: ["sees-resource"] },
  );
  expect(seen(found)).toEqual({
    a: { urn: "urn:pulumi:test::project::test:index:Box$test:index:Thing::a", parent: urnOf("test:index:Box", "box"), provider: urnOf("pulumi:providers:test", "eu"), protect: true, password: null },
    b: { urn: urnOf(THING, "b"), parent: STACK_URN, provider: null, protect: false, password: null },
  });
  expect(found.map((f) => [f.resourceName, f.urn, f.phase, f.enforcementLevel])).toEqual([
    ["a", "urn:pulumi:test::project::test:index:Box$test:index:Thing::a", "resource", "advisory"],
    ["b", urnOf(THING, "b"), "resource", "advisory"],
  ]);
});

test("AnalyzeStack gets the graph by name and the provider-assigned outputs; the root stack only when asked", async () => {
  const resources = [
    { type: "test:index:Net", name: "net", props: { cidr: "10.0.0.0/16" }, outputs: { cidr: "10.0.0.0/16", id: "net-1" } },
    { type: THING, name: "other" },
    { type: THING, name: "t", props: { netId: unknown() }, propertyDependencies: { netId: ["net"] }, dependsOn: ["other"] },
  ];
  const withStack = await pack.findings(resources, { policies: ["sees-stack"] });
  expect(seen(withStack)).toEqual({
    "project-test": { type: "pulumi:pulumi:Stack", parent: null, dependencies: [], propertyDependencies: {}, id: null },
    net: { type: "test:index:Net", parent: "project-test", dependencies: [], propertyDependencies: {}, id: "net-1" },
    other: { type: THING, parent: "project-test", dependencies: [], propertyDependencies: {}, id: null },
    t: { type: THING, parent: "project-test", dependencies: ["other", "net"], propertyDependencies: { netId: ["net"] }, id: null },
  });
  expect(new Set(withStack.map((f) => f.phase))).toEqual(new Set(["stack"]));
  const bare = await pack.findings(resources, { policies: ["sees-stack"], rootStack: false, stack: "prod", project: "shop" });
  expect(Object.keys(seen(bare)).sort()).toEqual(["net", "other", "t"]);
  expect(seen(bare).net.parent).toBeNull();
  expect(bare.find((f) => f.resourceName === "net")!.urn).toBe(urnOf("test:index:Net", "net", { stack: "prod", project: "shop" }));
});

test("a secret reaches the policy as its value and leaves no message", async () => {
  const [finding] = await pack.findings([{ type: THING, name: "s", props: { password: secret("hunter2-hunter2") } }], { policies: ["sees-resource"] });
  expect(finding.message).not.toContain("hunter2");
  expect(JSON.parse(finding.message).password).toBe("[secret]");
});

test("a value unknown during preview is not judged; the same value known is", async () => {
  const unknownRun = await pack.run([{ type: THING, name: "big", props: { size: unknown("number") } }], { policies: ["thing-not-too-big"] });
  expect(unknownRun.findings).toEqual([]);
  expect(unknownRun.policies.find((p) => p.policyName === "thing-not-too-big")).toMatchObject({ level: "mandatory", evaluated: 0 });
  const known = await pack.findings([{ type: THING, name: "big", props: { size: 12 } }], { policies: ["thing-not-too-big"] });
  expect(known).toEqual([
    expect.objectContaining({ policyName: "thing-not-too-big", policyPackName: "rampart-testing", enforcementLevel: "mandatory", severity: "high", resourceName: "big", resourceType: THING, message: "big is of size 12, more than 10.", description: "A Thing is no larger than the configured size.", phase: "resource" }),
  ]);
});

describe("config and levels, in Pulumi's policy-pack-config format", () => {
  const big = [{ type: THING, name: "big", props: { size: 12 } }];
  const levels = async (config: Record<string, unknown>) => (await pack.findings(big, { policies: ["thing-not-too-big"], config })).map((f) => f.enforcementLevel);

  it("sets a policy's properties and level, or every level", async () => {
    expect(await levels({})).toEqual(["mandatory"]);
    expect(await levels({ "thing-not-too-big": { maxSize: 20 } })).toEqual([]);
    expect(await levels({ "thing-not-too-big": "advisory" })).toEqual(["advisory"]);
    expect(await levels({ "thing-not-too-big": { enforcementLevel: "disabled" } })).toEqual([]);
    expect(await levels({ all: "advisory" })).toEqual(["advisory"]);
  });

  it("runs every policy unless told which", async () => {
    const names = (await pack.findings(big)).map((f) => f.policyName).sort();
    expect(names).toEqual(["sees-resource", "sees-stack", "sees-stack", "thing-not-too-big"]);
  });

  it("refuses a config the schema does not allow, and a policy the pack does not have", async () => {
    await expect(levels({ "thing-not-too-big": { maxSize: -1 } })).rejects.toThrow("rampart/testing config: thing-not-too-big: config does not match the policy's schema: /maxSize must be >= 0");
    await expect(pack.run(big, { policies: ["thing-not-too-bigg"] })).rejects.toThrow('rampart/testing: policies[0]: pack rampart-testing has no policy "thing-not-too-bigg" (did you mean "thing-not-too-big"?)');
  });
});

describe("resources the engine could not send are refused, naming the resource and the field", () => {
  it.each([
    ["a dependency on no resource", [{ type: THING, name: "t", propertyDependencies: { netId: ["nope"] } }], 'resources[0].propertyDependencies.netId[0]: "nope" is no resource of this run'],
    ["a parent on no resource", [{ type: THING, name: "t", parent: "box" }], 'resources[0].parent: "box" is no resource of this run'],
    ["an undefined property", [{ type: THING, name: "t", props: { tags: { owner: undefined } } }], "resources[0].props.tags.owner: undefined is not a value the engine sends"],
    ["a Date", [{ type: THING, name: "t", props: { when: new Date() } }], "resources[0].props.when: a Date is not a value the engine sends"],
    ["two resources of one type and name", [{ type: THING, name: "t" }, { type: THING, name: "t" }], `resources[1]: ${urnOf(THING, "t")} is also the URN of resources[0]`],
    ["a provider that is no provider", [{ type: THING, name: "t", provider: "box" }, { type: "test:index:Box", name: "box" }], 'resources[0].provider: "box" is a test:index:Box, not a provider resource'],
    ["parents in a circle", [{ type: THING, name: "a", parent: "b" }, { type: "test:index:Box", name: "b", parent: "a" }], 'resources[1].parent: "a" makes the parents a circle'],
    ["a name without a type", [{ name: "t" }], "resources[0].type: expected a non-empty string"],
  ])("%s", async (_label, resources, message) => {
    await expect(pack.run(resources as never)).rejects.toThrow(`rampart/testing: ${message}`);
  });
});

test("a pack that dies during a run is reported, and started again for the next run", async () => {
  await expect(pack.run([{ type: THING, name: "boom", props: { crash: true } }], { policies: ["sees-resource"] })).rejects.toThrow(/the pack process ended \(exit code 7\)/);
  expect(await pack.findings([{ type: THING, name: "big", props: { size: 12 } }], { policies: ["thing-not-too-big"] })).toHaveLength(1);
});

test("runs started together take turns: each sees its own config", async () => {
  const big = [{ type: THING, name: "big", props: { size: 12 } }];
  const runs = await Promise.all([10, 20, 5, 30].map((maxSize) => pack.findings(big, { policies: ["thing-not-too-big"], config: { "thing-not-too-big": { maxSize } } })));
  expect(runs.map((r) => r.length)).toEqual([1, 0, 1, 0]);
});

describe("openPolicies", () => {
  it("refuses a relative module path, and exports that are missing or no policies", async () => {
    await expect(openPolicies("./policies.ts")).rejects.toThrow("rampart/testing: openPolicies(module): expected an absolute path");
    await expect(openPolicies(NOT_POLICIES, { exports: ["notAPolicy", "nope"] })).rejects.toThrow(`${NOT_POLICIES}: export "notAPolicy" is not a policy or a list of policies`);
    await expect(openPolicies(NOT_POLICIES, { exports: ["nope"] })).rejects.toThrow(`${NOT_POLICIES} has no export "nope"`);
    await expect(openPolicies(NOT_POLICIES)).rejects.toThrow(`${NOT_POLICIES} exports no policy`);
  });
});

test("close is idempotent, and a closed pack refuses to run", async () => {
  await pack.close();
  await pack.close();
  await expect(pack.run([])).rejects.toThrow("is closed");
});
