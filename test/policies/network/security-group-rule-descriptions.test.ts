// security-group-rule-descriptions: every rule says what it is for.
import { securityGroupRuleDescriptions } from "../../../policies/network/security-group-rule-descriptions";
import { UNKNOWN_ARRAY, UNKNOWN_OBJECT, UNKNOWN_STRING, runResourcePolicy, secret } from "../../helpers/policy-harness";
import { T, block, egressRule, ingressRule, sg, sgRule } from "./shapes";

type Case = [string, { type: string; name?: string; props: Record<string, unknown> }];
const undescribed = (protocol: string, from: number, to: number, peers: Record<string, unknown>) => block(protocol, from, to, { ...peers, description: undefined });

const bad: Case[] = [
  ["inline ingress without description", sg([undescribed("tcp", 443, 443, { cidrBlocks: ["0.0.0.0/0"] })])],
  ["inline egress with an empty description", sg([], [{ ...block("-1", 0, 0, { cidrBlocks: ["0.0.0.0/0"] }), description: "" }])],
  ["whitespace only", sg([{ ...block("tcp", 22, 22, { cidrBlocks: ["10.0.0.0/8"] }), description: "   " }])],
  ["a default group's rule", { type: T.defaultSecurityGroup, name: "d", props: { ingress: [undescribed("-1", 0, 0, { self: true })] } }],
  ["SecurityGroupRule without description", sgRule({ type: "ingress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"], description: undefined })],
  ["SecurityGroupIngressRule without description", ingressRule({ ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0", description: undefined })],
  ["SecurityGroupEgressRule with a null description", egressRule({ ipProtocol: "-1", cidrIpv4: "0.0.0.0/0", description: null })],
  ["a description that is not text", ingressRule({ ipProtocol: "tcp", fromPort: 1, toPort: 1, cidrIpv4: "10.0.0.0/8", description: { text: "x" } })],
  ["second block of two", sg([block("tcp", 443, 443, { cidrBlocks: ["0.0.0.0/0"] }), undescribed("tcp", 80, 80, { cidrBlocks: ["0.0.0.0/0"] })])],
  ["a block with several peers is one finding", sg([undescribed("tcp", 443, 443, { cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] })])],
];

const good: Case[] = [
  ["inline rules with descriptions", sg([block("tcp", 443, 443, { cidrBlocks: ["0.0.0.0/0"] })], [block("-1", 0, 0, { cidrBlocks: ["0.0.0.0/0"] })])],
  ["a group without rules", sg([], [])],
  ["a group with no rule lists", sg()],
  ["SecurityGroupRule described", sgRule({ type: "ingress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"] })],
  ["SecurityGroupIngressRule described", ingressRule({ ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" })],
  ["SecurityGroupEgressRule described", egressRule({ ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" })],
  ["a secret description still counts as a description", ingressRule({ ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0", description: secret("HTTPS") })],
  ["a default group with no rules", { type: T.defaultSecurityGroup, name: "d", props: { ingress: [], egress: [] } }],
  ["a multi-peer block described once", sg([block("tcp", 443, 443, { cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"], self: true })])],
  ["a network ACL is not this policy's", { type: T.networkAcl, name: "a", props: { ingress: [{ ruleNo: 1, action: "allow", protocol: "-1", cidrBlock: "0.0.0.0/0" }] } }],
];

describe("security-group-rule-descriptions", () => {
  test.each(bad)("flags: %s", async (_label, resource) => {
    const out = await runResourcePolicy(securityGroupRuleDescriptions, resource);
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toMatch(/has no description/);
  });

  test.each(good)("passes: %s", async (_label, resource) => {
    const out = await runResourcePolicy(securityGroupRuleDescriptions, resource);
    expect(out.violations).toEqual([]);
  });

  test("the message names the block", async () => {
    const out = await runResourcePolicy(securityGroupRuleDescriptions, { ...sg([block("tcp", 443, 443, {}), undescribed("tcp", 80, 80, { cidrBlocks: ["0.0.0.0/0"] })]), name: "web" });
    expect(out.violations[0].message).toMatch(/^Security group "web" ingress\[1\] has no description/);
  });

  test.each([
    ["an unknown description", ingressRule({ ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0", description: UNKNOWN_STRING })],
    ["an unknown rule list", sg(UNKNOWN_ARRAY)],
    // A regression: a whole inline block unknown once read as a block without a description.
    ["a whole inline block unknown", sg([UNKNOWN_OBJECT])],
  ])("unknown during preview: %s", async (_label, resource) => {
    const out = await runResourcePolicy(securityGroupRuleDescriptions, resource);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/description|ingress/);
  });
});
