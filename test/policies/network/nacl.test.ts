// nacl-no-any-any-ingress and nacl-no-internet-ingress-to-restricted-ports: network ACLs judged
// in rule-number order (first match decides, default deny), across inline entries and
// NetworkAclRule resources of the same ACL.
import { naclNoAnyAnyIngress } from "../../../policies/network/nacl-no-any-any-ingress";
import { naclNoInternetIngressToRestrictedPorts } from "../../../policies/network/nacl-no-internet-ingress-to-restricted-ports";
import { StackInput, UNKNOWN_NUMBER, UNKNOWN_STRING, runStackPolicy } from "../../helpers/policy-harness";
import { T, entry, stackResource, urnOf } from "./shapes";

const world4 = { cidrBlock: "0.0.0.0/0" };
const world6 = { ipv6CidrBlock: "::/0" };
const acl = (ingress: unknown[] = [], name = "public", type: string = T.networkAcl) => stackResource(type, name, { id: `acl-${name}`, ingress, egress: [] });
const aclUrn = (name = "public") => urnOf(T.networkAcl, name);

/** A NetworkAclRule attached to an ACL through propertyDependencies (or only by id). */
function rule(name: string, ruleNumber: unknown, ruleAction: unknown, protocol: unknown, fromPort: unknown, toPort: unknown, cidr: Record<string, unknown>, opts: { target?: string; byValue?: boolean; egress?: unknown } = {}): StackInput {
  const target = opts.target ?? "public";
  return stackResource(
    T.networkAclRule,
    name,
    { networkAclId: `acl-${target}`, ruleNumber, ruleAction, protocol, fromPort, toPort, egress: opts.egress ?? false, ...cidr },
    opts.byValue ? undefined : { networkAclId: [urnOf(T.networkAcl, target)] },
  );
}

type Case = [string, StackInput[]];
const vpc = stackResource(T.vpc, "main", { id: "vpc-1", defaultNetworkAclId: "acl-default-1" });

const anyAnyBad: Case[] = [
  ["inline allow all (-1) from 0.0.0.0/0", [acl([entry(100, "allow", "-1", 0, 0, world4)])]],
  ["DefaultNetworkAcl inline allow all from ::/0", [acl([entry(100, "allow", "-1", 0, 0, world6)], "default", T.defaultNetworkAcl)]],
  ["NetworkAclRule allow all, linked by propertyDependencies", [acl(), rule("all", 100, "allow", "-1", 0, 0, world4)]],
  ["NetworkAclRule linked only by id", [acl(), rule("all", 100, "allow", "all", 0, 0, world4, { byValue: true })]],
  ["a deny that comes after the allow does not shield it", [acl([entry(100, "allow", "-1", 0, 0, world4)]), rule("deny", 200, "deny", "-1", 0, 0, world4)]],
  ["every TCP port, numeric protocol string \"6\"", [acl([entry(100, "allow", "6", 0, 65535, world4)])]],
  ["split ports across two NetworkAclRules", [acl(), rule("low", 100, "allow", "tcp", 0, 32767, world4), rule("high", 110, "allow", "tcp", 32768, 65535, world4)]],
  ["split CIDRs across inline and standalone entries", [acl([entry(100, "allow", "-1", 0, 0, { cidrBlock: "0.0.0.0/1" })]), rule("b", 110, "allow", "-1", 0, 0, { cidrBlock: "128.0.0.0/1" })]],
  ["a deny for IPv4 only leaves IPv6 open", [acl([entry(10, "deny", "-1", 0, 0, world4), entry(100, "allow", "-1", 0, 0, world6)])]],
  ["rules on a VPC's default ACL that no DefaultNetworkAcl adopts", [vpc, stackResource(T.networkAclRule, "r", { networkAclId: "acl-default-1", ruleNumber: 100, ruleAction: "allow", protocol: "-1", cidrBlock: "0.0.0.0/0" }, { networkAclId: [vpc.urn] })]],
  ["a public /4", [acl([entry(100, "allow", "-1", 0, 0, { cidrBlock: "16.0.0.0/4" })])]],
];

const anyAnyGood: Case[] = [
  ["deny all first (rule 1), allow all later", [acl([entry(1, "deny", "-1", 0, 0, world4), entry(100, "allow", "-1", 0, 0, world4)])]],
  ["a NetworkAclRule deny shields an inline allow", [acl([entry(100, "allow", "-1", 0, 0, world4)]), rule("deny", 50, "deny", "-1", 0, 0, world4)]],
  ["a deny of SSH first means not every port is open", [acl([entry(10, "deny", "tcp", 22, 22, world4), entry(11, "deny", "udp", 0, 65535, world4), entry(100, "allow", "-1", 0, 0, world4)])]],
  ["HTTPS only", [acl([entry(100, "allow", "tcp", 443, 443, world4)])]],
  ["allow all from the VPC range", [acl([entry(100, "allow", "-1", 0, 0, { cidrBlock: "10.0.0.0/16" })])]],
  ["allow all from a public /32", [acl([entry(100, "allow", "-1", 0, 0, { cidrBlock: "198.51.100.7/32" })])]],
  ["allow all outbound only", [acl(), rule("out", 100, "allow", "-1", 0, 0, world4, { egress: true })]],
  ["split ports with a gap", [acl(), rule("low", 100, "allow", "tcp", 0, 32766, world4), rule("high", 110, "allow", "tcp", 32768, 65535, world4)]],
  ["rules of another ACL do not combine", [acl(), acl([], "other"), rule("low", 100, "allow", "tcp", 0, 32767, world4), rule("high", 110, "allow", "tcp", 32768, 65535, world4, { target: "other" })]],
  ["deny ::/0 and 0.0.0.0/0 before allow all of both", [acl([entry(1, "deny", "-1", 0, 0, world4), entry(2, "deny", "-1", 0, 0, world6), entry(100, "allow", "-1", 0, 0, world4), entry(101, "allow", "-1", 0, 0, world6)])]],
];

describe("nacl-no-any-any-ingress", () => {
  test.each(anyAnyBad)("flags: %s", async (_label, stack) => {
    const out = await runStackPolicy(naclNoAnyAnyIngress, stack);
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toMatch(/every (tcp|udp|tcp and udp) port from .*no lower-numbered deny entry stops it/);
  });

  test.each(anyAnyGood)("passes: %s", async (_label, stack) => {
    expect(await runStackPolicy(naclNoAnyAnyIngress, stack)).toEqual({ violations: [] });
  });

  test("the message names the ACL, the entry, its rule number, traffic and source", async () => {
    const out = await runStackPolicy(naclNoAnyAnyIngress, [acl([entry(100, "allow", "-1", 0, 0, world4)])]);
    expect(out.violations[0]).toEqual({
      urn: aclUrn(),
      message: expect.stringContaining('Network ACL "public": rule 100 (ingress[0]) (all protocols on all ports from 0.0.0.0/0) allows every tcp and udp port from any IPv4 address (0.0.0.0/0)'),
    });
  });

  test("a rule on an ACL outside the stack is reported on the rule resource", async () => {
    const out = await runStackPolicy(naclNoAnyAnyIngress, [rule("all", 100, "allow", "-1", 0, 0, world4, { target: "elsewhere", byValue: true })]);
    expect(out.violations[0].urn).toBe(urnOf(T.networkAclRule, "all"));
  });

  test.each<Case>([
    ["a deny whose rule number is unknown", [acl([entry(100, "allow", "-1", 0, 0, world4)]), rule("deny", UNKNOWN_NUMBER, "deny", "-1", 0, 0, world4)]],
    ["a deny whose CIDR is unknown", [acl([entry(1, "deny", "-1", 0, 0, { cidrBlock: UNKNOWN_STRING }), entry(100, "allow", "-1", 0, 0, world4)])]],
    ["an allow whose action is unknown", [acl([entry(100, UNKNOWN_STRING, "-1", 0, 0, world4)])]],
    ["an unknown ingress list", [stackResource(T.networkAcl, "public", { id: "acl-public", ingress: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2" })]],
  ])("unknown during preview: %s", async (_label, stack) => {
    const out = await runStackPolicy(naclNoAnyAnyIngress, stack);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/unknown during preview/);
  });
});

const restrictedBad: Case[] = [
  ["SSH from the world", [acl([entry(100, "allow", "tcp", 22, 22, world4)])]],
  ["RDP from ::/0 as a NetworkAclRule", [acl(), rule("rdp", 100, "allow", "6", 3389, 3389, world6)]],
  ["a range spanning 22, the deny comes later", [acl([entry(100, "allow", "tcp", 0, 1023, world4)]), rule("deny-ssh", 200, "deny", "tcp", 22, 22, world4)]],
  ["protocol -1 with ports given", [acl([entry(100, "allow", "-1", 443, 443, world4)])]],
  ["a deny of 22 first still leaves 21 in the range", [acl([entry(50, "deny", "tcp", 22, 22, world4), entry(100, "allow", "tcp", 20, 25, world4)])]],
  ["IPv4 denied, IPv6 allowed", [acl([entry(50, "deny", "tcp", 22, 22, world4), entry(100, "allow", "tcp", 22, 22, world6)])]],
  ["a public /4 on MySQL", [acl([entry(100, "allow", "tcp", 3306, 3306, { cidrBlock: "64.0.0.0/4" })])]],
  ["UDP to memcached", [acl([entry(100, "allow", "udp", 11211, 11211, world4)])]],
  ["linked only by id", [acl(), rule("ssh", 100, "allow", "tcp", 22, 22, world4, { byValue: true })]],
  ["default ACL adopted through the VPC", [stackResource(T.vpc, "main", { id: "vpc-1", defaultNetworkAclId: "acl-d" }), stackResource(T.defaultNetworkAcl, "d", { id: "acl-d", defaultNetworkAclId: "acl-d", ingress: [entry(100, "allow", "tcp", 22, 22, world4)] })]],
];

const restrictedGood: Case[] = [
  ["HTTPS only", [acl([entry(100, "allow", "tcp", 443, 443, world4)])]],
  ["deny SSH first, then allow SSH", [acl([entry(50, "deny", "tcp", 22, 22, world4), entry(100, "allow", "tcp", 22, 22, world4)])]],
  ["a standalone deny shields the inline allow", [acl([entry(100, "allow", "tcp", 22, 22, world4)]), rule("deny-ssh", 90, "deny", "-1", 0, 0, world4)]],
  ["SSH from the office", [acl([entry(100, "allow", "tcp", 22, 22, { cidrBlock: "198.51.100.0/28" })])]],
  ["SSH from the VPC", [acl([entry(100, "allow", "tcp", 22, 22, { cidrBlock: "10.0.0.0/8" })])]],
  ["ephemeral return ports 1024-1432", [acl([entry(100, "allow", "tcp", 1024, 1432, world4)])]],
  ["SSH allowed only outbound", [acl(), rule("out", 100, "allow", "tcp", 22, 22, world4, { egress: true })]],
  ["ICMP from the world", [acl([entry(100, "allow", "icmp", 0, 0, world4)])]],
  ["deny all first", [acl([entry(1, "deny", "-1", 0, 0, world4), entry(2, "deny", "-1", 0, 0, world6), entry(100, "allow", "-1", 0, 0, world4), entry(101, "allow", "-1", 0, 0, world6)])]],
  ["port not on the configured list", [acl([entry(100, "allow", "tcp", 8443, 8443, world4)])]],
];

describe("nacl-no-internet-ingress-to-restricted-ports", () => {
  test.each(restrictedBad)("flags: %s", async (_label, stack) => {
    const out = await runStackPolicy(naclNoInternetIngressToRestrictedPorts, stack);
    expect(out.violations.length).toBeGreaterThan(0);
    expect(out.violations[0].message).toMatch(/expose[s]? restricted ports/);
  });

  test.each(restrictedGood)("passes: %s", async (_label, stack) => {
    expect(await runStackPolicy(naclNoInternetIngressToRestrictedPorts, stack)).toEqual({ violations: [] });
  });

  test("the message lists the exposed ports per protocol", async () => {
    const out = await runStackPolicy(naclNoInternetIngressToRestrictedPorts, [acl([entry(50, "deny", "tcp", 22, 22, world4), entry(100, "allow", "tcp", 20, 25, world4)])]);
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toContain('Network ACL "public": rule 100 (ingress[1]) (tcp ports 20-25 from 0.0.0.0/0) exposes restricted ports (tcp 20, 21, 23, 25)');
  });

  test("config ports", async () => {
    const stack = [acl([entry(100, "allow", "tcp", 8443, 8443, world4)])];
    expect((await runStackPolicy(naclNoInternetIngressToRestrictedPorts, stack, { ports: [8443] })).violations).toHaveLength(1);
  });
});

// A VPC's default ACL that nothing adopts keeps AWS's allow-all entries: that is
// vpc-default-nacl-adopted's finding. These policies judge only the entries the stack writes,
// including NetworkAclRules aimed at such an ACL.
describe("only the entries the stack writes", () => {
  const defaultRule = (name: string, ruleNumber: number, ruleAction: string, fromPort: number, toPort: number) =>
    stackResource(T.networkAclRule, name, { networkAclId: "acl-default-1", ruleNumber, egress: false, ruleAction, protocol: "tcp", fromPort, toPort, cidrBlock: "0.0.0.0/0" }, { networkAclId: [vpc.urn] });
  const adopt = (via: "deps" | "value") =>
    stackResource(T.defaultNetworkAcl, "adopted", { id: "acl-default-1", defaultNetworkAclId: "acl-default-1", ingress: [], egress: [] }, via === "deps" ? { defaultNetworkAclId: [vpc.urn] } : undefined);
  const policies = [naclNoAnyAnyIngress, naclNoInternetIngressToRestrictedPorts];

  test("a VPC whose default ACL is not adopted is not judged here", async () => {
    for (const policy of policies) expect(await runStackPolicy(policy, [vpc, acl([entry(100, "allow", "tcp", 443, 443, world4)])])).toEqual({ violations: [] });
  });

  test("a deny aimed at an unadopted default ACL is judged alone, not with AWS's allow-all entries", async () => {
    for (const policy of policies) expect(await runStackPolicy(policy, [vpc, defaultRule("deny-ssh", 50, "deny", 22, 22)])).toEqual({ violations: [] });
  });

  test("an allow aimed at an unadopted default ACL is reported on the rule resource", async () => {
    const out = await runStackPolicy(naclNoInternetIngressToRestrictedPorts, [vpc, defaultRule("ssh", 120, "allow", 22, 22)]);
    expect(out.violations).toEqual([{ urn: urnOf(T.networkAclRule, "ssh"), message: expect.stringMatching(/^The default network ACL of VPC "main": Network ACL rule "ssh" .*exposes restricted ports \(tcp 22\)/) }]);
  });

  test.each(["deps", "value"] as const)("entries on an adopted default ACL are the adopter's (matched by %s)", async (via) => {
    const adopted = { ...adopt(via), props: { ...adopt(via).props, ingress: [entry(100, "allow", "tcp", 3389, 3389, world6)] } };
    const out = await runStackPolicy(naclNoInternetIngressToRestrictedPorts, [vpc, adopted]);
    expect(out.violations).toEqual([{ urn: urnOf(T.defaultNetworkAcl, "adopted"), message: expect.stringContaining('Default network ACL "adopted"') }]);
  });
});
