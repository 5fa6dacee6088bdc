// vpc-default-nacl-adopted: every VPC created in the stack has its default network ACL adopted
// by a DefaultNetworkAcl; otherwise AWS's allow-all entries (100, and 101 for IPv6) remain.
import { vpcDefaultNaclAdopted } from "../../../policies/network/vpc-default-nacl-adopted";
import { StackInput, UNKNOWN_STRING, runStackPolicy } from "../../helpers/policy-harness";
import { T, stackResource, urnOf } from "./shapes";

const vpc = (name = "main", props: Record<string, unknown> = {}) => stackResource(T.vpc, name, { id: `vpc-${name}`, defaultNetworkAclId: `acl-default-${name}`, ...props });
/** A DefaultNetworkAcl for the VPC `vpcName`: linked through property dependencies, by the ACL id, or by the vpcId output. */
const adopter = (vpcName = "main", link: "deps" | "acl-id" | "vpc-id" = "deps", props: Record<string, unknown> = {}) =>
  stackResource(
    T.defaultNetworkAcl,
    `default-acl-${vpcName}`,
    { id: `acl-default-${vpcName}`, defaultNetworkAclId: link === "vpc-id" ? "acl-renamed" : `acl-default-${vpcName}`, ...(link === "vpc-id" ? { vpcId: `vpc-${vpcName}` } : {}), ingress: [], egress: [], ...props },
    link === "deps" ? { defaultNetworkAclId: [urnOf(T.vpc, vpcName)] } : undefined,
  );

type Case = [string, StackInput[]];

const bad: Case[] = [
  ["a VPC whose default ACL nothing adopts", [vpc()]],
  ["a second VPC left unadopted", [vpc(), adopter(), vpc("other")]],
  ["NetworkAclRules aimed at the default ACL do not adopt it", [vpc(), stackResource(T.networkAclRule, "deny-all", { networkAclId: "acl-default-main", ruleNumber: 1, egress: false, ruleAction: "deny", protocol: "-1", cidrBlock: "0.0.0.0/0" }, { networkAclId: [urnOf(T.vpc, "main")] })]],
  ["a DefaultNetworkAcl adopting another VPC's ACL (a known id)", [vpc(), stackResource(T.defaultNetworkAcl, "elsewhere", { defaultNetworkAclId: "acl-0123456789abcdef0", ingress: [] })]],
  ["an ordinary NetworkAcl in the VPC leaves the default ACL as AWS made it", [vpc(), stackResource(T.networkAcl, "public", { vpcId: "vpc-main", ingress: [] }, { vpcId: [urnOf(T.vpc, "main")] })]],
];

const good: Case[] = [
  ["adopted through property dependencies", [vpc(), adopter()]],
  ["adopted by the default ACL id the VPC reports", [vpc(), adopter("main", "acl-id")]],
  ["adopted, matched by the adopter's vpcId output", [vpc(), adopter("main", "vpc-id")]],
  ["two VPCs, both adopted", [vpc(), adopter(), vpc("b"), adopter("b")]],
  ["adopted during preview, ids unknown, through property dependencies", [vpc("main", { id: UNKNOWN_STRING, defaultNetworkAclId: UNKNOWN_STRING }), adopter("main", "deps", { id: UNKNOWN_STRING, defaultNetworkAclId: UNKNOWN_STRING })]],
  ["adopted with allow-all entries of its own (the nacl-* policies judge those)", [vpc(), adopter("main", "deps", { ingress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }] })]],
];

describe("vpc-default-nacl-adopted", () => {
  test.each(bad)("flags: %s", async (_label, stack) => {
    const out = await runStackPolicy(vpcDefaultNaclAdopted, stack);
    expect(out.violations.length).toBeGreaterThan(0);
    for (const v of out.violations) expect(v.message).toMatch(/without adopting its default network ACL.*aws\.ec2\.DefaultNetworkAcl/);
  });

  test.each(good)("passes: %s", async (_label, stack) => {
    expect(await runStackPolicy(vpcDefaultNaclAdopted, stack)).toEqual({ violations: [] });
  });

  test("reported on each unadopted VPC, naming AWS's entry", async () => {
    const out = await runStackPolicy(vpcDefaultNaclAdopted, [vpc(), adopter(), vpc("other")]);
    expect(out.violations.map((v) => [v.urn, v.message.split(". ")[0]])).toEqual([
      [urnOf(T.vpc, "other"), 'VPC "other" is created without adopting its default network ACL, which keeps AWS\'s default entries: all traffic on every port, in from and out to any IPv4 address (rule 100)'],
    ]);
  });

  test.each([
    ["assignGeneratedIpv6CidrBlock", { assignGeneratedIpv6CidrBlock: true }],
    ["an ipv6CidrBlock", { ipv6CidrBlock: "2600:1f18:abcd:1200::/56" }],
  ])("a VPC with %s keeps the IPv6 entry 101 too", async (_label, props) => {
    const out = await runStackPolicy(vpcDefaultNaclAdopted, [vpc("dual", props)]);
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toContain("any IPv4 address (rule 100) and any IPv6 address (rule 101)");
  });

  test("a stack without VPCs: not applicable", async () => {
    const out = await runStackPolicy(vpcDefaultNaclAdopted, [stackResource(T.networkAcl, "public", { ingress: [] })]);
    expect(out).toEqual({ violations: [], notApplicable: expect.stringContaining(T.vpc) });
  });

  test("a DefaultNetworkAcl whose VPC is unknown during preview: not applicable, no finding", async () => {
    const unresolved = stackResource(T.defaultNetworkAcl, "d", { defaultNetworkAclId: UNKNOWN_STRING, ingress: [] });
    const out = await runStackPolicy(vpcDefaultNaclAdopted, [vpc(), unresolved]);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/unknown during preview: which VPC Default network ACL "d" adopts/);
  });
});
