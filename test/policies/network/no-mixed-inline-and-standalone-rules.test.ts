// no-mixed-inline-and-standalone-rules: a group or ACL uses inline rules or rule resources, not both.
import { noMixedInlineAndStandaloneRules } from "../../../policies/network/no-mixed-inline-and-standalone-rules";
import { StackInput, UNKNOWN_ARRAY, UNKNOWN_NUMBER, UNKNOWN_OBJECT, UNKNOWN_STRING, runStackPolicy } from "../../helpers/policy-harness";
import { T, block, stackResource, urnOf } from "./shapes";

const inline = [block("tcp", 443, 443, { cidrBlocks: ["0.0.0.0/0"] })];
const group = (name: string, ingress: unknown = [], egress: unknown = []) => stackResource(T.securityGroup, name, { id: `sg-${name}`, ingress, egress });
const member = (type: string, name: string, target: string, props: Record<string, unknown>, byValue = false) =>
  stackResource(type, name, { securityGroupId: `sg-${target}`, ...props }, byValue ? undefined : { securityGroupId: [urnOf(T.securityGroup, target)] });
const sgir = (name: string, target: string, byValue = false) => member(T.securityGroupIngressRule, name, target, { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "10.0.0.0/8" }, byValue);
const acl = (ingress: unknown[] = []) => stackResource(T.networkAcl, "acl", { id: "acl-1", ingress, egress: [] });
const aclRule = (name: string) => stackResource(T.networkAclRule, name, { networkAclId: "acl-1", ruleNumber: 200, ruleAction: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" }, { networkAclId: [urnOf(T.networkAcl, "acl")] });

type Case = [string, StackInput[]];

const bad: Case[] = [
  ["inline ingress plus a SecurityGroupIngressRule", [group("web", inline), sgir("ssh", "web")]],
  ["inline egress plus a SecurityGroupIngressRule", [group("web", [], [block("-1", 0, 0, { cidrBlocks: ["0.0.0.0/0"] })]), sgir("ssh", "web")]],
  ["inline ingress plus a SecurityGroupRule", [group("web", inline), member(T.securityGroupRule, "r", "web", { type: "ingress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"] })]],
  ["inline ingress plus a SecurityGroupEgressRule", [group("web", inline), member(T.securityGroupEgressRule, "e", "web", { ipProtocol: "-1", cidrIpv4: "10.0.0.0/8" })]],
  ["matched by id, no propertyDependencies", [group("web", inline), sgir("ssh", "web", true)]],
  ["a default group with inline rules and a rule resource", [stackResource(T.defaultSecurityGroup, "d", { id: "sg-d", ingress: inline }), member(T.securityGroupRule, "r", "d", { type: "egress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }, true)]],
  ["a network ACL with inline entries and a NetworkAclRule", [acl([{ ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 80, toPort: 80, cidrBlock: "0.0.0.0/0" }]), aclRule("https")]],
  ["an inline rule that cannot mirror the attached one, though its port is unknown", [group("web", [block("udp", 53, 53, { cidrBlocks: ["10.0.0.0/8"] })]), member(T.securityGroupIngressRule, "ssh", "web", { ipProtocol: "tcp", fromPort: 22, toPort: UNKNOWN_NUMBER, cidrIpv4: "10.0.0.0/8" })]],
  ["several rule resources", [group("web", inline), sgir("a", "web"), sgir("b", "web"), sgir("c", "web")]],
  ["an inline rule that differs from the attached one", [group("web", [block("tcp", 22, 22, { cidrBlocks: ["10.0.0.0/16"] })]), sgir("ssh", "web")]],
];

const good: Case[] = [
  ["inline rules only", [group("web", inline)]],
  ["rule resources only", [group("web"), sgir("ssh", "web")]],
  ["rule resources on another group", [group("web", inline), group("db"), sgir("ssh", "db")]],
  ["AWS's read-back of the attached rule into the group's outputs", [group("web", [block("tcp", 22, 22, { cidrBlocks: ["10.0.0.0/8"] })]), sgir("ssh", "web")]],
  ["a network ACL with rule resources only", [acl(), aclRule("https")]],
  ["a network ACL with inline entries only", [acl([{ ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 80, toPort: 80, cidrBlock: "0.0.0.0/0" }])]],
  ["a rule resource on a group outside the stack", [stackResource(T.securityGroupIngressRule, "x", { securityGroupId: "sg-elsewhere", ipProtocol: "-1", cidrIpv4: "10.0.0.0/8" })]],
  ["no rule lists on the group", [stackResource(T.securityGroup, "web", { id: "sg-web" }), sgir("ssh", "web")]],
  ["ACL read-back of an attached entry (same rule number)", [acl([{ ruleNo: 200, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" }]), aclRule("https")]],
  ["no firewall resources", [stackResource(T.vpc, "v", {})]],
  [
    "a NetworkAclRule on a VPC's default ACL that nothing adopts: AWS's own entries are no inline rules",
    [stackResource(T.vpc, "v", { id: "vpc-1", defaultNetworkAclId: "acl-default-1" }), stackResource(T.networkAclRule, "deny-ssh", { networkAclId: "acl-default-1", ruleNumber: 50, ruleAction: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" }, { networkAclId: [urnOf(T.vpc, "v")] })],
  ],
];

describe("no-mixed-inline-and-standalone-rules", () => {
  test.each(bad)("flags: %s", async (_label, stack) => {
    const out = await runStackPolicy(noMixedInlineAndStandaloneRules, stack);
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toMatch(/has inline rules .* and is also targeted by/);
  });

  test.each(good)("passes: %s", async (_label, stack) => {
    expect(await runStackPolicy(noMixedInlineAndStandaloneRules, stack)).toEqual({ violations: [] });
  });

  test("the message names the group, the inline blocks and the rule resources, on the group", async () => {
    const out = await runStackPolicy(noMixedInlineAndStandaloneRules, [group("web", inline), sgir("ssh", "web")]);
    expect(out.violations[0].urn).toBe(urnOf(T.securityGroup, "web"));
    expect(out.violations[0].message).toContain('Security group "web" has inline rules (ingress[0]) and is also targeted by Security group ingress rule "ssh"');
  });

  // Unknown parts on either side may resolve to AWS's read-back copy of the attached rule.
  test.each([
    ["an unknown element in the inline list", [group("web", [UNKNOWN_OBJECT]), sgir("ssh", "web")]],
    ["an inline rule with an unknown source", [group("web", [block("tcp", 22, 22, { cidrBlocks: [UNKNOWN_STRING] })]), sgir("ssh", "web")]],
    ["a known inline rule beside an attached rule whose port is unknown", [group("web", [block("tcp", 22, 22, { cidrBlocks: ["10.0.0.0/8"] })]), member(T.securityGroupIngressRule, "ssh", "web", { ipProtocol: "tcp", fromPort: 22, toPort: UNKNOWN_NUMBER, cidrIpv4: "10.0.0.0/8" })]],
    ["unknown parts on both sides", [group("web", [block(UNKNOWN_STRING, 22, 22, { cidrBlocks: [UNKNOWN_STRING] })]), member(T.securityGroupIngressRule, "ssh", "web", { ipProtocol: "tcp", fromPort: 22, toPort: UNKNOWN_NUMBER, cidrIpv4: "10.0.0.0/8" })]],
  ] as Case[])("may be a read-back during preview, so not applicable: %s", async (_label, stack) => {
    const out = await runStackPolicy(noMixedInlineAndStandaloneRules, stack);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/inline rules/);
  });

  test("an unknown inline list during preview: not applicable", async () => {
    const out = await runStackPolicy(noMixedInlineAndStandaloneRules, [group("web", UNKNOWN_ARRAY), sgir("ssh", "web")]);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/inline rules/);
  });
});
