// no-any-any-ingress: every port open to the internet, for every rule shape, one resource at a time.
import { noAnyAnyIngress } from "../../../policies/network/no-any-any-ingress";
import { UNKNOWN_ARRAY, UNKNOWN_NUMBER, UNKNOWN_STRING, runResourcePolicy, secret } from "../../helpers/policy-harness";
import { block, ingressRule, sg, sgRule, world4, world6 } from "./shapes";

type Case = [string, { type: string; name?: string; props: Record<string, unknown> }];

const bad: Case[] = [
  ["SG inline: all protocols (-1) from 0.0.0.0/0", sg([block("-1", 0, 0, world4)])],
  ["SG inline: protocol \"all\" with arbitrary ports", sg([block("all", 22, 22, world4)])],
  ["SG inline: numeric protocol -1 from ::/0", sg([block(-1, 0, 0, world6)])],
  ["SG inline: every TCP port (0-65535)", sg([block("tcp", 0, 65535, world4)])],
  ["SG inline: every UDP port as numeric string protocol \"17\"", sg([block("17", 0, 65535, world6)])],
  ["SG inline: tcp with -1 ports", sg([block(6, -1, -1, world4)])],
  ["SG inline: tcp 1-65535 (port 0 is unusable anyway)", sg([block("TCP", 1, 65535, world4)])],
  ["SG inline: self beside a world-open CIDR", sg([block("-1", 0, 0, { self: true, cidrBlocks: ["0.0.0.0/0"] })])],
  ["SG inline: non-canonical any-address 0.0.0.0/00", sg([block("-1", 0, 0, { cidrBlocks: ["0.0.0.0/00"] })])],
  ["SG inline: non-canonical IPv6 0:0:0:0:0:0:0:0/0", sg([block("-1", 0, 0, { ipv6CidrBlocks: ["0:0:0:0:0:0:0:0/0"] })])],
  ["SG inline: a public /4 is the internet", sg([block("-1", 0, 0, { cidrBlocks: ["16.0.0.0/4"] })])],
  ["SG inline: split ports within one group", sg([block("tcp", 0, 32767, world4), block("tcp", 32768, 65535, world4)])],
  ["SG inline: split CIDRs 0.0.0.0/1 + 128.0.0.0/1 in one block", sg([block("-1", 0, 0, { cidrBlocks: ["0.0.0.0/1", "128.0.0.0/1"] })])],
  ["SecurityGroupRule: type ingress, protocol -1 as a string", sgRule({ type: "ingress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] })],
  ["SecurityGroupRule: IPv6 all TCP", sgRule({ type: "ingress", protocol: "tcp", fromPort: 0, toPort: 65535, ipv6CidrBlocks: ["::0/0"] })],
  ["SecurityGroupIngressRule: ipProtocol -1", ingressRule({ ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" })],
  ["SecurityGroupIngressRule: IPv6 all UDP", ingressRule({ ipProtocol: "udp", fromPort: 0, toPort: 65535, cidrIpv6: "::/0" })],
  ["SecurityGroupIngressRule: description is a secret, still judged", ingressRule({ ipProtocol: "-1", cidrIpv4: "0.0.0.0/0", description: secret("hunter2") })],
];

const good: Case[] = [
  ["SG inline: HTTPS only from the world", sg([block("tcp", 443, 443, world4)])],
  ["SG inline: all traffic from a private range", sg([block("-1", 0, 0, { cidrBlocks: ["10.0.0.0/8"] })])],
  ["SG inline: all traffic from a public /32", sg([block("-1", 0, 0, { cidrBlocks: ["203.0.113.7/32", "8.8.8.8/32"] })])],
  ["SG inline: all traffic from another security group", sg([block("-1", 0, 0, { securityGroups: ["sg-1"] })])],
  ["SG inline: all traffic from a prefix list", sg([block("-1", 0, 0, { prefixListIds: ["pl-1"] })])],
  ["SG inline: all traffic from itself", sg([block("-1", 0, 0, { self: true })])],
  ["SG inline: ICMP from the world is not every port", sg([block("icmp", -1, -1, world4)])],
  ["SG inline: ports almost all (0-65534)", sg([block("tcp", 0, 65534, world4)])],
  ["SG inline: split ports that leave a gap", sg([block("tcp", 0, 32766, world4), block("tcp", 32768, 65535, world4)])],
  ["SG inline: tcp and udp halves do not add up", sg([block("tcp", 0, 32767, world4), block("udp", 32768, 65535, world4)])],
  ["SG: world-open rule only outbound", sg([], [block("-1", 0, 0, world4)])],
  ["SecurityGroupRule: egress, not ingress", sgRule({ type: "egress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] })],
  ["SecurityGroupRule: from a security group", sgRule({ type: "ingress", protocol: "-1", fromPort: 0, toPort: 0, sourceSecurityGroupId: "sg-9" })],
  ["SecurityGroupIngressRule: a public /9 is narrower than the /8 threshold", ingressRule({ ipProtocol: "-1", cidrIpv4: "3.0.0.0/9" })],
  ["SecurityGroupIngressRule: link-local and CGNAT", ingressRule({ ipProtocol: "-1", cidrIpv4: "100.64.0.0/10" })],
  ["SecurityGroupIngressRule: IPv6 ULA", ingressRule({ ipProtocol: "-1", cidrIpv6: "fc00::/7" })],
];

describe("no-any-any-ingress", () => {
  test.each(bad)("flags: %s", async (_label, resource) => {
    const out = await runResourcePolicy(noAnyAnyIngress, resource);
    expect(out.violations.length).toBeGreaterThan(0);
    expect(out.violations[0].message).toMatch(/internet|any\/any/);
    expect(out.violations[0].message).toMatch(/Session Manager/);
  });

  test.each(good)("passes: %s", async (_label, resource) => {
    const out = await runResourcePolicy(noAnyAnyIngress, resource);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toBeUndefined();
  });

  test("the message names the resource, the block, the protocol, the ports and the source", async () => {
    const out = await runResourcePolicy(noAnyAnyIngress, { ...sg([block("tcp", 443, 443, world4), block("tcp", 0, 65535, world6)]), name: "web" });
    expect(out.violations.map((v) => v.message)).toEqual([
      expect.stringContaining('Security group "web" ingress[1] allows tcp all ports from ::/0 (any IPv6 address), so every port is open to the internet.'),
    ]);
  });

  test("self in the same block does not hide the world-open CIDR, and the message names the CIDR", async () => {
    const out = await runResourcePolicy(noAnyAnyIngress, sg([block("-1", 0, 0, { self: true, cidrBlocks: ["0.0.0.0/0"], securityGroups: ["sg-2"] })]));
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toContain("all protocols on all ports from 0.0.0.0/0");
  });

  test("a union within one resource names the contributing blocks", async () => {
    const out = await runResourcePolicy(noAnyAnyIngress, sg([block("tcp", 0, 32767, world4), block("tcp", 80, 80, { cidrBlocks: ["10.0.0.0/8"] }), block("tcp", 32768, 65535, world4)]));
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toContain("together, ingress[0] (tcp ports 0-32767 from 0.0.0.0/0), ingress[2] (tcp ports 32768-65535 from 0.0.0.0/0) allow every tcp port");
  });

  test("the internet threshold is configurable", async () => {
    const narrow = sg([block("-1", 0, 0, { cidrBlocks: ["3.0.0.0/9"] })]);
    expect((await runResourcePolicy(noAnyAnyIngress, narrow, { internetPrefixV4: 9 })).violations).toHaveLength(1);
    expect((await runResourcePolicy(noAnyAnyIngress, sg([block("-1", 0, 0, { cidrBlocks: ["0.0.0.0/1"] })]), { internetPrefixV4: 0 })).violations).toHaveLength(0);
  });

  describe("unknown values during preview: no violation, not applicable", () => {
    test.each([
      ["an unknown CIDR list", sg([block("-1", 0, 0, { cidrBlocks: UNKNOWN_ARRAY })])],
      ["an unknown CIDR in the list", sg([block("-1", 0, 0, { cidrBlocks: [UNKNOWN_STRING] })])],
      ["unknown ports from the world", sg([block("tcp", UNKNOWN_NUMBER, UNKNOWN_NUMBER, world4)])],
      ["an unknown protocol from the world", ingressRule({ ipProtocol: UNKNOWN_STRING, fromPort: 22, toPort: 22, cidrIpv4: "0.0.0.0/0" })],
      ["an unknown ingress list", sg(UNKNOWN_ARRAY)],
      ["an unknown SecurityGroupRule type", sgRule({ type: UNKNOWN_STRING, protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] })],
    ])("%s", async (_label, resource) => {
      const out = await runResourcePolicy(noAnyAnyIngress, resource);
      expect(out.violations).toEqual([]);
      expect(out.notApplicable).toMatch(/unknown during preview/);
    });

    test("unknowns that cannot matter are not reported (unknown ports from a security group)", async () => {
      const out = await runResourcePolicy(noAnyAnyIngress, sg([block("tcp", UNKNOWN_NUMBER, UNKNOWN_NUMBER, { securityGroups: ["sg-1"] })]));
      expect(out).toEqual({ violations: [] });
    });

    test("a known violation is still reported beside an unknown rule", async () => {
      const out = await runResourcePolicy(noAnyAnyIngress, sg([block("-1", 0, 0, world4), block("tcp", 22, 22, { cidrBlocks: UNKNOWN_ARRAY })]));
      expect(out.violations).toHaveLength(1);
    });
  });

  test("secrets never reach the message", async () => {
    const out = await runResourcePolicy(noAnyAnyIngress, sg([block("-1", 0, 0, { ...world4, description: secret("s3cr3t-description") })]));
    expect(out.violations).toHaveLength(1);
    expect(JSON.stringify(out)).not.toContain("s3cr3t");
  });
});
