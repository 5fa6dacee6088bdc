// default-security-group-restricts-all: adopted default groups carry no rules, and every VPC
// created in the stack has its default group adopted.
import { defaultSecurityGroupRestrictsAll } from "../../../policies/network/default-security-group-restricts-all";
import { StackInput, UNKNOWN_ARRAY, UNKNOWN_STRING, runStackPolicy } from "../../helpers/policy-harness";
import { T, block, stackResource, urnOf } from "./shapes";

const vpc = (name = "main") => stackResource(T.vpc, name, { id: `vpc-${name}`, defaultSecurityGroupId: `sg-default-${name}` });
const dsg = (props: Record<string, unknown> = {}, vpcName = "main", link: "deps" | "value" = "deps") =>
  stackResource(T.defaultSecurityGroup, `default-${vpcName}`, { id: `sg-default-${vpcName}`, vpcId: `vpc-${vpcName}`, ingress: [], egress: [], ...props }, link === "deps" ? { vpcId: [urnOf(T.vpc, vpcName)] } : undefined);
const attached = (name: string, props: Record<string, unknown>, deps: string[]) =>
  stackResource(T.securityGroupRule, name, { type: "ingress", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.0.0.0/8"], ...props }, { securityGroupId: deps });

type Case = [string, StackInput[]];

const bad: Case[] = [
  ["an adopted default group with an ingress rule", [vpc(), dsg({ ingress: [block("tcp", 443, 443, { cidrBlocks: ["10.0.0.0/8"] })] })]],
  ["an adopted default group with an egress rule", [vpc(), dsg({ egress: [block("-1", 0, 0, { cidrBlocks: ["0.0.0.0/0"] })] })]],
  ["a default group allowing itself (AWS's default)", [vpc(), dsg({ ingress: [block("-1", 0, 0, { self: true })] })]],
  ["a VPC whose default group is never adopted", [vpc()]],
  ["a second VPC left unadopted", [vpc(), dsg(), vpc("other")]],
  ["a rule resource attached to the adopted default group", [vpc(), dsg(), attached("r", { securityGroupId: "sg-default-main" }, [urnOf(T.defaultSecurityGroup, "default-main")])]],
  ["a rule resource on vpc.defaultSecurityGroupId, no adoption", [vpc(), attached("r", { securityGroupId: "sg-default-main" }, [urnOf(T.vpc, "main")])]],
  ["a rule on vpc.defaultSecurityGroupId, the group adopted by value", [vpc(), dsg({}, "main", "value"), attached("r", { securityGroupId: "sg-default-main" }, [urnOf(T.vpc, "main")])]],
  ["a default group with an unknown rule element", [vpc(), dsg({ ingress: [UNKNOWN_STRING] })]],
  ["a default group of the default VPC (no vpcId) with rules", [stackResource(T.defaultSecurityGroup, "d", { ingress: [block("tcp", 22, 22, { cidrBlocks: ["10.0.0.0/8"] })] })]],
];

const good: Case[] = [
  ["adopted with no rules (propertyDependencies)", [vpc(), dsg()]],
  ["adopted by id value", [vpc(), dsg({}, "main", "value")]],
  ["adopted with no rule lists at all", [vpc(), dsg({ ingress: undefined, egress: undefined })]],
  ["two VPCs, both adopted", [vpc(), dsg(), vpc("b"), dsg({}, "b")]],
  ["a stack without VPCs or default groups", [stackResource(T.securityGroup, "web", { ingress: [] })]],
  ["rules on an ordinary group are not the default group's", [vpc(), dsg(), stackResource(T.securityGroup, "web", { id: "sg-web", ingress: [] }), attached("r", { securityGroupId: "sg-web" }, [urnOf(T.securityGroup, "web")])]],
  ["the default group of the default VPC, emptied", [stackResource(T.defaultSecurityGroup, "d", { ingress: [], egress: [] })]],
  ["adopted with empty lists during preview ids unknown", [vpc(), dsg({ id: UNKNOWN_STRING, vpcId: UNKNOWN_STRING })]],
  ["adopted, and the stack's ordinary groups carry the rules", [vpc(), dsg(), stackResource(T.securityGroup, "web", { id: "sg-web", ingress: [block("tcp", 443, 443, { cidrBlocks: ["0.0.0.0/0"] })] })]],
  ["the default group of a VPC outside the stack, adopted empty", [stackResource(T.defaultSecurityGroup, "ext", { id: "sg-x", vpcId: "vpc-elsewhere", ingress: [], egress: [] })]],
];

describe("default-security-group-restricts-all", () => {
  test.each(bad)("flags: %s", async (_label, stack) => {
    const out = await runStackPolicy(defaultSecurityGroupRestrictsAll, stack);
    expect(out.violations.length).toBeGreaterThan(0);
    expect(out.violations[0].message).toMatch(/DefaultSecurityGroup/);
  });

  test.each(good)("passes: %s", async (_label, stack) => {
    expect(await runStackPolicy(defaultSecurityGroupRestrictsAll, stack)).toEqual({ violations: [] });
  });

  test("messages name the group, its rules, and the VPC", async () => {
    const out = await runStackPolicy(defaultSecurityGroupRestrictsAll, [vpc(), dsg({ ingress: [block("-1", 0, 0, { self: true })] }), vpc("other")]);
    expect(out.violations.map((v) => [v.urn, v.message.split(". ")[0]])).toEqual([
      [urnOf(T.defaultSecurityGroup, "default-main"), 'Default security group "default-main" has 1 rule: ingress[0] (all protocols on all ports from the group itself)'],
      [urnOf(T.vpc, "other"), 'VPC "other" is created without adopting its default security group, which keeps AWS\'s default rules (all traffic between its members, all outbound traffic)'],
    ]);
  });

  test("unknown rule lists during preview: not applicable", async () => {
    const out = await runStackPolicy(defaultSecurityGroupRestrictsAll, [vpc(), dsg({ ingress: UNKNOWN_ARRAY })]);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/Default security group "default-main" ingress/);
  });

  test("a default group whose VPC cannot be resolved yet: not applicable for the VPC", async () => {
    const unresolved = stackResource(T.defaultSecurityGroup, "d", { vpcId: UNKNOWN_STRING, ingress: [], egress: [] });
    const out = await runStackPolicy(defaultSecurityGroupRestrictsAll, [vpc(), unresolved]);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/which VPC/);
  });
});
