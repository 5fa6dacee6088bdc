// The firewall-rule model: protocols, ports, CIDRs, the internet classification and the
// readers for every shape, as tables of input → normalised result.
import { UNKNOWN } from "../../../policies/lib/unknown";
import { parseCidr } from "../../../policies/aws/network/cidr";
import { DEFAULT_THRESHOLDS, isInternetCidr } from "../../../policies/aws/network/internet";
import { ALL_PORTS, readPorts } from "../../../policies/aws/network/ports";
import { parseProtocol } from "../../../policies/aws/network/protocol";
import { firewallRulesOf } from "../../../policies/aws/network/rules-of";
import { FirewallRule, ruleLabel } from "../../../policies/aws/network/rule";
import { UNKNOWN_ARRAY, UNKNOWN_BOOL, UNKNOWN_NUMBER, UNKNOWN_STRING, urnOf } from "../../helpers/policy-harness";
import { T, block } from "./shapes";

const view = (type: string, props: Record<string, unknown>) => ({ type, name: "r", urn: urnOf(type, "r"), props });

describe("protocol parsing", () => {
  test.each([
    ["tcp", 6], ["TCP", 6], [" Tcp ", 6], ["6", 6], [6, 6], ["udp", 17], [17, 17], ["icmp", 1], ["ICMPv6", 58], [58, 58], ["58", 58],
    ["-1", "all"], [-1, "all"], ["all", "all"], ["ALL", "all"], ["50", 50], ["esp", 50],
  ])("%p is %p", (input, expected) => expect(parseProtocol(input)).toBe(expected));
  test.each([["banana"], [256], ["-2"], [1.5], [null], [{}], [[]], [true]])("%p names no protocol", (input) => expect(parseProtocol(input)).toBeUndefined());
  test("an unknown protocol stays unknown", () => expect(parseProtocol(UNKNOWN_STRING)).toBe(UNKNOWN));
});

describe("port ranges", () => {
  test.each([
    ["tcp 22-22", 6, 22, 22, { from: 22, to: 22 }],
    ["numeric strings", 6, "80", "8080", { from: 80, to: 8080 }],
    ["-1 is every port", 6, -1, -1, ALL_PORTS],
    ["missing ports are every port", 17, undefined, undefined, ALL_PORTS],
    ["protocol all ignores ports (0-0)", "all", 0, 0, ALL_PORTS],
    ["protocol all ignores arbitrary ports", "all", 22, 22, ALL_PORTS],
    ["icmp ignores type/code", 1, 8, 0, ALL_PORTS],
    ["reversed range is read as its span", 6, 90, 80, { from: 80, to: 90 }],
    ["out of range is clamped", 6, 0, 70000, ALL_PORTS],
  ])("%s", (_label, protocol, from, to, expected) => expect(readPorts(protocol as never, from, to)).toEqual(expected));
  test("unknown ports stay unknown", () => expect(readPorts(6, UNKNOWN_NUMBER, 22)).toBe(UNKNOWN));
});

describe("CIDRs", () => {
  test.each([
    ["0.0.0.0/0", "0.0.0.0/0", 0],
    ["0.0.0.0/00", "0.0.0.0/0", 0],
    [" 10.1.2.3/8 ", "10.0.0.0/8", 8],
    ["010.0.0.0/8", "10.0.0.0/8", 8],
    ["::/0", "::/0", 0],
    ["::0/0", "::/0", 0],
    ["0:0:0:0:0:0:0:0/0", "::/0", 0],
    ["2001:DB8::1/32", "2001:db8::/32", 32],
    ["8.8.8.8", "8.8.8.8/32", 32],
  ])("%p reads as %p", (input, text, prefix) => expect(parseCidr(input)).toMatchObject({ text, prefix }));
  test.each([["0/0"], ["1.2.3.4/33"], ["256.0.0.0/8"], ["0x0.0.0.0/0"], ["fe80::1%eth0/64"], ["banana"], [""]])("%p is not a CIDR", (input) =>
    expect(parseCidr(input)).toBeUndefined(),
  );
});

describe("what counts as the internet (default /8 IPv4, /32 IPv6)", () => {
  const internet = (text: string) => isInternetCidr(parseCidr(text)!, DEFAULT_THRESHOLDS);
  test.each([
    ["0.0.0.0/0", true], ["::/0", true], ["0.0.0.0/1", true], ["128.0.0.0/1", true], ["16.0.0.0/4", true], ["3.0.0.0/8", true],
    ["2600::/16", true], ["2001:4860::/32", true],
    ["8.8.8.8/32", false], ["3.0.0.0/9", false], ["10.0.0.0/8", false], ["172.16.0.0/12", false], ["192.168.0.0/16", false], ["100.64.0.0/10", false],
    ["169.254.0.0/16", false], ["127.0.0.0/8", false], ["224.0.0.0/4", false], ["240.0.0.0/4", false], ["fc00::/7", false], ["fe80::/10", false],
    ["2001:db8::/32", false], ["2600::/48", false],
  ])("%s → %p", (text, expected) => expect(internet(text)).toBe(expected));
  test("the thresholds are configurable", () => {
    const cidr = parseCidr("3.0.0.0/9")!;
    expect(isInternetCidr(cidr, { v4: 9, v6: 32 })).toBe(true);
    expect(isInternetCidr(parseCidr("0.0.0.0/1")!, { v4: 0, v6: 0 })).toBe(false);
    expect(isInternetCidr(parseCidr("0.0.0.0/0")!, { v4: 0, v6: 0 })).toBe(true);
  });
});

const summary = (rules: FirewallRule[]) =>
  rules.map((r) => ({
    where: ruleLabel(r),
    direction: r.direction,
    action: r.action,
    protocol: r.protocol,
    ports: r.ports,
    peer: r.peer.kind === "cidr" ? r.peer.text : r.peer.kind,
  }));

describe("readers: every shape becomes FirewallRules", () => {
  test("a security group block with several peers becomes one rule per peer, keeping the block index", () => {
    const rules = firewallRulesOf(
      view(T.securityGroup, {
        ingress: [block("tcp", 22, 22, { cidrBlocks: ["0.0.0.0/0", "10.0.0.0/8"], ipv6CidrBlocks: ["::/0"], securityGroups: ["sg-1"], prefixListIds: ["pl-1"], self: true })],
        egress: [block("-1", 0, 0, { cidrBlocks: ["0.0.0.0/0"] })],
      }),
    );
    expect(summary(rules)).toEqual([
      { where: 'Security group "r" ingress[0]', direction: "ingress", action: "allow", protocol: 6, ports: { from: 22, to: 22 }, peer: "0.0.0.0/0" },
      { where: 'Security group "r" ingress[0]', direction: "ingress", action: "allow", protocol: 6, ports: { from: 22, to: 22 }, peer: "10.0.0.0/8" },
      { where: 'Security group "r" ingress[0]', direction: "ingress", action: "allow", protocol: 6, ports: { from: 22, to: 22 }, peer: "::/0" },
      { where: 'Security group "r" ingress[0]', direction: "ingress", action: "allow", protocol: 6, ports: { from: 22, to: 22 }, peer: "securityGroup" },
      { where: 'Security group "r" ingress[0]', direction: "ingress", action: "allow", protocol: 6, ports: { from: 22, to: 22 }, peer: "prefixList" },
      { where: 'Security group "r" ingress[0]', direction: "ingress", action: "allow", protocol: 6, ports: { from: 22, to: 22 }, peer: "self" },
      { where: 'Security group "r" egress[0]', direction: "egress", action: "allow", protocol: "all", ports: ALL_PORTS, peer: "0.0.0.0/0" },
    ]);
  });

  test("a default security group reads like a security group", () => {
    const rules = firewallRulesOf(view(T.defaultSecurityGroup, { ingress: [block("tcp", 443, 443, { cidrBlocks: ["0.0.0.0/0"] })] }));
    expect(summary(rules)).toEqual([{ where: 'Default security group "r" ingress[0]', direction: "ingress", action: "allow", protocol: 6, ports: { from: 443, to: 443 }, peer: "0.0.0.0/0" }]);
  });

  test("SecurityGroupRule: type, cidrBlocks, ipv6CidrBlocks, sourceSecurityGroupId, self, prefixListIds", () => {
    const rules = firewallRulesOf(
      view(T.securityGroupRule, { type: "Ingress", protocol: "6", fromPort: 80, toPort: 81, cidrBlocks: ["1.2.3.4/32"], ipv6CidrBlocks: ["::/0"], sourceSecurityGroupId: "sg-9", self: "true", prefixListIds: ["pl-2"] }),
    );
    expect(summary(rules).map((r) => [r.direction, r.protocol, r.peer])).toEqual([
      ["ingress", 6, "1.2.3.4/32"], ["ingress", 6, "::/0"], ["ingress", 6, "securityGroup"], ["ingress", 6, "prefixList"], ["ingress", 6, "self"],
    ]);
    expect(summary(rules)[0].where).toBe('Security group rule "r"');
  });

  test("an unknown SecurityGroupRule type stands for both directions, marked uncertain", () => {
    const rules = firewallRulesOf(view(T.securityGroupRule, { type: UNKNOWN_STRING, protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }));
    expect(rules.map((r) => [r.direction, r.uncertain])).toEqual([["ingress", ["type"]], ["egress", ["type"]]]);
  });

  test("SecurityGroupIngressRule / EgressRule: ipProtocol and one peer", () => {
    expect(summary(firewallRulesOf(view(T.securityGroupIngressRule, { ipProtocol: "-1", cidrIpv6: "::0/0" })))).toEqual([
      { where: 'Security group ingress rule "r"', direction: "ingress", action: "allow", protocol: "all", ports: ALL_PORTS, peer: "::/0" },
    ]);
    expect(summary(firewallRulesOf(view(T.securityGroupEgressRule, { ipProtocol: "tcp", fromPort: 443, toPort: 443, prefixListId: "pl-1" })))).toEqual([
      { where: 'Security group egress rule "r"', direction: "egress", action: "allow", protocol: 6, ports: { from: 443, to: 443 }, peer: "prefixList" },
    ]);
    expect(firewallRulesOf(view(T.securityGroupIngressRule, { ipProtocol: "tcp", fromPort: 1, toPort: 2, referencedSecurityGroupId: UNKNOWN_STRING }))[0].peer).toEqual({ kind: "securityGroup" });
  });

  test("NetworkAcl and DefaultNetworkAcl inline entries keep rule numbers and actions", () => {
    const rules = firewallRulesOf(
      view(T.networkAcl, {
        ingress: [
          { ruleNo: 100, action: "deny", protocol: "6", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" },
          { ruleNo: "200", action: "ALLOW", protocol: "-1", fromPort: 0, toPort: 0, ipv6CidrBlock: "::/0" },
        ],
      }),
    );
    expect(summary(rules)).toEqual([
      { where: 'Network ACL "r" rule 100 (ingress[0])', direction: "ingress", action: "deny", protocol: 6, ports: { from: 22, to: 22 }, peer: "0.0.0.0/0" },
      { where: 'Network ACL "r" rule 200 (ingress[1])', direction: "ingress", action: "allow", protocol: "all", ports: ALL_PORTS, peer: "::/0" },
    ]);
    expect(firewallRulesOf(view(T.defaultNetworkAcl, { egress: [{ ruleNo: 1, action: "allow", protocol: "udp", fromPort: 53, toPort: 53, cidrBlock: "10.0.0.0/8" }] }))[0]).toMatchObject({ direction: "egress", protocol: 17 });
  });

  test("NetworkAclRule: egress flag (default ingress), ruleNumber, ruleAction", () => {
    const [rule] = firewallRulesOf(view(T.networkAclRule, { networkAclId: "acl-1", ruleNumber: 90, ruleAction: "deny", protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlock: "0.0.0.0/0" }));
    expect(rule).toMatchObject({ direction: "ingress", action: "deny", protocol: 6, ports: { from: 3389, to: 3389 }, origin: { ruleNo: 90 } });
    expect(firewallRulesOf(view(T.networkAclRule, { egress: UNKNOWN_BOOL, ruleNumber: 1, ruleAction: "allow", protocol: "-1", cidrBlock: "0.0.0.0/0" })).map((r) => r.direction)).toEqual(["ingress", "egress"]);
  });

  test("ICMP keeps its type and code (not ports), from security groups and network ACLs", () => {
    const [sgIcmp] = firewallRulesOf(view(T.securityGroup, { ingress: [block("icmp", 8, 0, { cidrBlocks: ["0.0.0.0/0"] })] }));
    expect(sgIcmp).toMatchObject({ protocol: 1, ports: ALL_PORTS, icmp: { type: 8, code: 0 } });
    expect(ruleLabel(sgIcmp)).toBe('Security group "r" ingress[0]');
    const [aclIcmp] = firewallRulesOf(view(T.networkAclRule, { ruleNumber: 5, ruleAction: "allow", protocol: "58", icmpType: -1, icmpCode: -1, ipv6CidrBlock: "::/0" }));
    expect(aclIcmp).toMatchObject({ protocol: 58, icmp: { type: -1, code: -1 } });
    expect(firewallRulesOf(view(T.securityGroupIngressRule, { ipProtocol: "tcp", fromPort: 1, toPort: 2, cidrIpv4: "10.0.0.0/8" }))[0].icmp).toBeUndefined();
  });

  test("unknown values become explicit unknown parts", () => {
    const rules = firewallRulesOf(
      view(T.securityGroup, { ingress: [block(UNKNOWN_STRING, UNKNOWN_NUMBER, 22, { cidrBlocks: UNKNOWN_ARRAY }), UNKNOWN_STRING], egress: UNKNOWN_ARRAY }),
    );
    expect(rules.map((r) => [r.direction, r.origin.block, r.protocol, r.ports, r.peer.kind])).toEqual([
      ["ingress", "ingress[0]", UNKNOWN, UNKNOWN, "unknown"],
      ["ingress", "ingress[1]", UNKNOWN, UNKNOWN, "unknown"],
      ["egress", "egress", UNKNOWN, UNKNOWN, "unknown"],
    ]);
  });

  test.each([
    ["null lists", { ingress: null, egress: null }],
    ["a string for a list", { ingress: "0.0.0.0/0" }],
    ["numbers everywhere", { ingress: [{ protocol: 6, fromPort: "x", toPort: {}, cidrBlocks: [5, null, { a: 1 }] }] }],
    ["nested junk", { ingress: [[], null, 7, "x"] }],
  ])("odd input does not throw: %s", (_label, props) => {
    expect(() => firewallRulesOf(view(T.securityGroup, props as Record<string, unknown>))).not.toThrow();
  });

  test("a CIDR AWS would not accept is an unknown peer marked invalid, never a guess", () => {
    const [rule] = firewallRulesOf(view(T.securityGroupIngressRule, { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "everywhere" }));
    expect(rule.peer).toEqual({ kind: "unknown", family: 4, reason: "invalid" });
  });
});
