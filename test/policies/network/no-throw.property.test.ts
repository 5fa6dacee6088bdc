// No network policy throws, whatever JSON (or any value at all) stands in place of any
// property: a policy that throws makes the checker exit 2 and the engine fail the preview.
import fc from "fast-check";
import type { PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { networkPolicies } from "../../../policies/network";
import { runResourcePolicy, runStackPolicy, urnOf } from "../../helpers/policy-harness";
import { T } from "./shapes";

const sgBlock = { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"], securityGroups: ["sg-1"], prefixListIds: ["pl-1"], self: true, description: "d" };
const aclEntry = { ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0", ipv6CidrBlock: "::/0", icmpType: 0, icmpCode: 0 };

/** A plausible resource of every firewall type, linked into one stack. */
const SAMPLES: { type: string; name: string; props: Record<string, unknown>; propertyDependencies?: Record<string, string[]> }[] = [
  { type: T.vpc, name: "vpc", props: { id: "vpc-1", defaultSecurityGroupId: "sg-d", defaultNetworkAclId: "acl-d" } },
  { type: T.securityGroup, name: "sg", props: { id: "sg-1", vpcId: "vpc-1", ingress: [sgBlock], egress: [sgBlock] } },
  { type: T.defaultSecurityGroup, name: "dsg", props: { id: "sg-d", vpcId: "vpc-1", ingress: [sgBlock], egress: [] }, propertyDependencies: { vpcId: [urnOf(T.vpc, "vpc")] } },
  { type: T.securityGroupRule, name: "sgr", props: { type: "ingress", securityGroupId: "sg-1", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/1"], ipv6CidrBlocks: ["::/1"], sourceSecurityGroupId: "sg-2", self: false, prefixListIds: [], description: "d" }, propertyDependencies: { securityGroupId: [urnOf(T.securityGroup, "sg")] } },
  { type: T.securityGroupIngressRule, name: "sgir", props: { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 0, toPort: 65535, cidrIpv4: "128.0.0.0/1", cidrIpv6: "::/0", referencedSecurityGroupId: "sg-3", prefixListId: "pl-1", description: "d" } },
  { type: T.securityGroupEgressRule, name: "sger", props: { securityGroupId: "sg-1", ipProtocol: "-1", cidrIpv4: "0.0.0.0/0", description: "d" } },
  { type: T.networkAcl, name: "acl", props: { id: "acl-1", vpcId: "vpc-1", ingress: [aclEntry], egress: [aclEntry] } },
  { type: T.defaultNetworkAcl, name: "dacl", props: { id: "acl-d", defaultNetworkAclId: "acl-d", ingress: [aclEntry] } },
  { type: T.networkAclRule, name: "aclr", props: { networkAclId: "acl-1", ruleNumber: 50, egress: false, ruleAction: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" }, propertyDependencies: { networkAclId: [urnOf(T.networkAcl, "acl")] } },
];

/** Replaces one property (top level, or inside the first inline rule) with `value`. */
function mutate(props: Record<string, unknown>, pick: number, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(props));
  const paths: (string | [string, string])[] = Object.keys(copy);
  for (const list of ["ingress", "egress"]) {
    const first = Array.isArray(copy[list]) ? (copy[list] as Record<string, unknown>[])[0] : undefined;
    if (first) Object.keys(first).forEach((k) => paths.push([list, k]));
    if (first) paths.push([list, "0"]);
  }
  const path = paths[pick % paths.length];
  if (typeof path === "string") copy[path] = value;
  else if (path[1] === "0") (copy[path[0]] as unknown[])[0] = value;
  else (copy[path[0]] as Record<string, unknown>[])[0][path[1]] = value;
  return copy;
}

const resourcePolicies = networkPolicies.filter((p) => "validateResource" in p);
const stackPolicies = networkPolicies.filter((p) => "validateStack" in p);

describe("no network policy throws on arbitrary JSON in place of a property", () => {
  test.each(resourcePolicies.map((p) => [p.name, p]))("resource policy %s", async (_name, policy) => {
    const samples = SAMPLES.filter((s) => policy.rampart.types.includes(s.type));
    await fc.assert(
      fc.asyncProperty(fc.nat(samples.length - 1), fc.nat(), fc.jsonValue(), async (which, pick, value) => {
        const sample = samples[which];
        const out = await runResourcePolicy(policy, { type: sample.type, props: mutate(sample.props, pick, value) });
        expect(Array.isArray(out.violations)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test.each(stackPolicies.map((p) => [p.name, p]))("stack policy %s", async (_name, policy) => {
    await fc.assert(
      fc.asyncProperty(fc.nat(SAMPLES.length - 1), fc.nat(), fc.jsonValue(), async (which, pick, value) => {
        const stack = SAMPLES.map((s, i) => (i === which ? { ...s, props: mutate(s.props, pick, value) } : s));
        const out = await runStackPolicy(policy, stack);
        expect(Array.isArray(out.violations)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("nor on any JavaScript value at all (called directly, past the wire format)", () => {
  const notApplicable = (): never => {
    throw new Error("not applicable");
  };
  const call = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof Error && e.message === "not applicable")) throw e;
    }
  };

  test("every policy, every type, props replaced wholesale or in part by fc.anything()", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(SAMPLES.length - 1), fc.nat(), fc.anything(), fc.boolean(), async (which, pick, value, wholesale) => {
        const sample = SAMPLES[which];
        const props = wholesale ? value : { ...sample.props, [Object.keys(sample.props)[pick % Object.keys(sample.props).length]]: value };
        const urn = urnOf(sample.type, sample.name);
        for (const policy of resourcePolicies) {
          if (!("validateResource" in policy) || !policy.validateResource) continue;
          const args = { type: sample.type, name: sample.name, urn, props, getConfig: () => ({}), notApplicable } as unknown as ResourceValidationArgs;
          const validate = policy.validateResource as (a: ResourceValidationArgs, r: () => void) => void;
          call(() => validate(args, () => undefined));
        }
        const resources = SAMPLES.map((s, i) => ({
          type: s.type,
          name: s.name,
          urn: urnOf(s.type, s.name),
          props: i === which ? props : s.props,
          dependencies: [],
          propertyDependencies: {},
        })) as unknown as PolicyResource[];
        for (const policy of stackPolicies) {
          if (!("validateStack" in policy)) continue;
          const args = { resources, getConfig: () => ({}), notApplicable } as unknown as StackValidationArgs;
          call(() => (policy.validateStack as (a: StackValidationArgs, r: () => void) => void)(args, () => undefined));
        }
        // The pack caches its stack model until the next macrotask (one AnalyzeStack call);
        // let it expire so the next run judges its own stack.
        await new Promise((resolve) => setImmediate(resolve));
      }),
      { numRuns: 200 },
    );
  });
});
