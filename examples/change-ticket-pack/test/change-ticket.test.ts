// ACME's pack through the real Analyzer protocol (as `pulumi preview --policy-pack` runs it), with
// rampart/testing: the pack starts once, each test is a small stack written inline.
import * as path from "path";
import { selectPolicies } from "rampart/policies";
import { TestPack, openPack, openPolicies, secret, unknown } from "rampart/testing";

const POLICY = "internet-rules-carry-change-ticket";
let pack: TestPack;

beforeAll(async () => {
  // The pack folder as published (npm run build compiles it into bin/); exceptions expire against this date.
  pack = await openPack(path.resolve(__dirname, ".."), { env: { RAMPART_TODAY: "2026-11-23" } });
});
afterAll(() => pack.close());

function group(name: string, cidr: string, tags?: Record<string, unknown>) {
  const props = { description: name, ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: [cidr], description: "https" }], ...(tags ? { tags } : {}) };
  return { type: "aws:ec2/securityGroup:SecurityGroup", name, props };
}

/** The names of the resources ACME's policy reports. */
const reported = async (...args: Parameters<TestPack["findings"]>) => (await pack.findings(...args)).filter((f) => f.policyName === POLICY).map((f) => f.resourceName);

describe(POLICY, () => {
  it("bad: a group open to the internet without a change ticket is a mandatory finding", async () => {
    const [finding] = await pack.findings([group("public-web", "0.0.0.0/0")], { policies: [POLICY] });
    expect(finding).toMatchObject({ policyName: POLICY, resourceName: "public-web", enforcementLevel: "mandatory", severity: "medium", phase: "resource" });
    expect(finding.message).toBe('Security group "public-web" admits traffic from the internet but has no `change-ticket` tag; tag it with the change ticket that approved the exposure.');
  });

  it("good: the same group carrying its ticket, a secret one too", async () => {
    expect(await reported([group("public-web", "0.0.0.0/0", { "change-ticket": "CHG-1042" }), group("api", "0.0.0.0/0", { "change-ticket": secret("CHG-7") })])).toEqual([]);
  });

  it("good: a group open only to the private network needs no ticket", async () => {
    expect(await reported([group("internal", "10.0.0.0/8")])).toEqual([]);
  });

  it("a source or a ticket unknown during preview is not a violation", async () => {
    expect(await reported([group("pending", unknown()), group("untagged", "0.0.0.0/0", { "change-ticket": unknown() })])).toEqual([]);
  });

  it("takes Rampart's config machinery for free: another tag key, a level, and time-boxed exceptions", async () => {
    expect(await reported([group("public-web", "0.0.0.0/0", { "change-ticket": "CHG-1" })], { config: { [POLICY]: { tagKey: "chg" } } })).toEqual(["public-web"]);
    const advisory = await pack.findings([group("public-web", "0.0.0.0/0")], { policies: [POLICY], config: { [POLICY]: "advisory" } });
    expect(advisory.map((f) => f.enforcementLevel)).toEqual(["advisory"]);
    const excepted = await pack.run([group("public-web", "0.0.0.0/0")], {
      policies: [POLICY],
      config: { [POLICY]: { exceptions: [{ resource: "public-web", reason: "migration window", expires: "2026-12-31" }] } },
    });
    expect(excepted.findings).toEqual([]);
    expect(excepted.suppressed.map((f) => [f.resourceName, f.suppression?.reason])).toEqual([["public-web", "migration window"]]);
  });

  it("refuses a config its schema does not allow, naming the policy", async () => {
    await expect(pack.run([group("internal", "10.0.0.0/8")], { config: { [POLICY]: { tagKey: "" } } })).rejects.toThrow(`${POLICY}: config does not match the policy's schema`);
  });
});

describe("the pack", () => {
  it("holds Rampart's CIS AWS Foundations policies and ACME's own, and no others", () => {
    expect(pack.policies.map((p) => p.name).sort()).toEqual([...selectPolicies({ frameworks: ["cis-aws"] }).map((p) => p.name), POLICY].sort());
  });

  it("reports Rampart's policies beside ACME's on the same stack", async () => {
    const wideOpen = { type: "aws:ec2/securityGroup:SecurityGroup", name: "wide-open", props: { description: "all", ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], description: "all" }] } };
    const policies = (await pack.findings([wideOpen])).filter((f) => f.resourceName === "wide-open").map((f) => f.policyName);
    expect(policies).toEqual(expect.arrayContaining(["no-any-any-ingress", POLICY]));
  });
});

describe("the policy alone, from its module", () => {
  // The kit writes a pack of the module's exports; the module is compiled as the engine would.
  let alone: TestPack;
  beforeAll(async () => {
    alone = await openPolicies(path.resolve(__dirname, "..", "change-ticket.ts"), { exports: ["internetRulesCarryChangeTicket"] });
  });
  afterAll(() => alone.close());

  it("is the only policy of its pack, and judges as in ACME's", async () => {
    expect(alone.policies.map((p) => p.name)).toEqual([POLICY]);
    expect((await alone.findings([group("public-web", "0.0.0.0/0"), group("internal", "10.0.0.0/8")])).map((f) => f.resourceName)).toEqual(["public-web"]);
  });
});
