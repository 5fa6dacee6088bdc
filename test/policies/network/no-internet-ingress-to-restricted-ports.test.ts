// no-internet-ingress-to-restricted-ports: admin and data ports reachable from the internet.
import { noInternetIngressToRestrictedPorts } from "../../../policies/network/no-internet-ingress-to-restricted-ports";
import { UNKNOWN_ARRAY, UNKNOWN_NUMBER, UNKNOWN_STRING, runResourcePolicy } from "../../helpers/policy-harness";
import { block, ingressRule, sg, sgRule, world4, world6 } from "./shapes";

type Case = [string, { type: string; name?: string; props: Record<string, unknown> }];

const bad: Case[] = [
  ["SSH from 0.0.0.0/0", sg([block("tcp", 22, 22, world4)])],
  ["RDP from ::/0", sg([block("tcp", 3389, 3389, world6)])],
  ["a range spanning 22 (20-25)", sg([block("tcp", 20, 25, world4)])],
  ["a wide range spanning MySQL (1000-4000)", ingressRule({ ipProtocol: "tcp", fromPort: 1000, toPort: 4000, cidrIpv4: "0.0.0.0/0" })],
  ["protocol -1 with arbitrary ports (443-443)", sg([block("-1", 443, 443, world4)])],
  ["numeric protocol 6 and numeric-string ports", sg([block(6, "5432", "5432", world4)])],
  ["numeric-string protocol \"17\" to memcached", sgRule({ type: "ingress", protocol: "17", fromPort: 11211, toPort: 11211, cidrBlocks: ["0.0.0.0/0"] })],
  ["self beside a world CIDR", sg([block("tcp", 22, 22, { self: true, cidrBlocks: ["0.0.0.0/0"] })])],
  ["a public /4", ingressRule({ ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "32.0.0.0/4" })],
  ["IPv6 non-canonical any-address", ingressRule({ ipProtocol: "tcp", fromPort: 6379, toPort: 6379, cidrIpv6: "::0/0" })],
  ["Elasticsearch from a public IPv6 /16", sgRule({ type: "ingress", protocol: "tcp", fromPort: 9200, toPort: 9300, ipv6CidrBlocks: ["2600::/16"] })],
  ["SSH from 0.0.0.0/1 and 128.0.0.0/1", sg([block("tcp", 22, 22, { cidrBlocks: ["0.0.0.0/1", "128.0.0.0/1"] })])],
];

const good: Case[] = [
  ["HTTPS from the world", sg([block("tcp", 443, 443, world4)])],
  ["SSH from a public /32 (an office)", sg([block("tcp", 22, 22, { cidrBlocks: ["203.0.113.10/32"] })])],
  ["SSH from a private range", sg([block("tcp", 22, 22, { cidrBlocks: ["10.0.0.0/8"] })])],
  ["SSH from a security group", sgRule({ type: "ingress", protocol: "tcp", fromPort: 22, toPort: 22, sourceSecurityGroupId: "sg-bastion" })],
  ["PostgreSQL from a prefix list", ingressRule({ ipProtocol: "tcp", fromPort: 5432, toPort: 5432, prefixListId: "pl-123" })],
  ["a range between restricted ports (80-100)", sg([block("tcp", 80, 100, world4)])],
  ["ICMP from the world", sg([block("icmp", 8, 0, world4)])],
  ["ESP (protocol 50) from the world has no ports", sg([block("50", 0, 0, world4)])],
  ["SSH open only outbound", sg([], [block("tcp", 22, 22, world4)])],
  ["a public /9 on SSH (below the /8 threshold)", ingressRule({ ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "3.0.0.0/9" })],
  ["SSH from IPv6 documentation space", ingressRule({ ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv6: "2001:db8::/32" })],
  ["port not on the configured list", ingressRule({ ipProtocol: "tcp", fromPort: 8443, toPort: 8443, cidrIpv4: "0.0.0.0/0" })],
];

describe("no-internet-ingress-to-restricted-ports", () => {
  test.each(bad)("flags: %s", async (_label, resource) => {
    const out = await runResourcePolicy(noInternetIngressToRestrictedPorts, resource);
    expect(out.violations.length).toBeGreaterThan(0);
    expect(out.violations[0].message).toMatch(/restricted port/);
  });

  test.each(good)("passes: %s", async (_label, resource) => {
    const out = await runResourcePolicy(noInternetIngressToRestrictedPorts, resource);
    expect(out).toEqual({ violations: [] });
  });

  test("the message names rule, protocol, ports, source, the restricted ports and the fix", async () => {
    const out = await runResourcePolicy(noInternetIngressToRestrictedPorts, { ...sg([block("tcp", 20, 25, world4)]), name: "admin" });
    expect(out.violations.map((v) => v.message)).toEqual([
      'Security group "admin" ingress[0] allows tcp ports 20-25 from 0.0.0.0/0 (any IPv4 address), exposing restricted ports 20, 21, 22, 23, 25 to the internet. ' +
        "Restrict the source to your office or VPN CIDR, or put the service behind a load balancer and allow only the load balancer's security group; use SSM Session Manager instead of opening SSH or RDP.",
    ]);
  });

  test("config ports replaces the list", async () => {
    const rule = ingressRule({ ipProtocol: "tcp", fromPort: 8443, toPort: 8443, cidrIpv4: "0.0.0.0/0" });
    expect((await runResourcePolicy(noInternetIngressToRestrictedPorts, rule, { ports: [8443] })).violations).toHaveLength(1);
    expect((await runResourcePolicy(noInternetIngressToRestrictedPorts, sg([block("tcp", 22, 22, world4)]), { ports: [8443] })).violations).toHaveLength(0);
  });

  test("pieces that are not the internet alone but are together (within one resource)", async () => {
    // Two public /9s make a public /8: neither alone reaches the /8 threshold.
    const out = await runResourcePolicy(noInternetIngressToRestrictedPorts, sg([block("tcp", 22, 22, { cidrBlocks: ["3.0.0.0/9", "3.128.0.0/9"] })]));
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toContain("together, ingress[0] (tcp port 22 from 3.0.0.0/9), ingress[0] (tcp port 22 from 3.128.0.0/9) expose restricted ports (tcp 22)");
  });

  test.each([
    ["unknown CIDRs on SSH", sg([block("tcp", 22, 22, { cidrBlocks: UNKNOWN_ARRAY })])],
    ["unknown ports from the world", sg([block("tcp", UNKNOWN_NUMBER, 443, world4)])],
    ["unknown protocol from the world", ingressRule({ ipProtocol: UNKNOWN_STRING, fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" })],
  ])("unknown during preview: %s", async (_label, resource) => {
    const out = await runResourcePolicy(noInternetIngressToRestrictedPorts, resource);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/unknown during preview/);
  });

  test("unknown CIDRs on a harmless port need no judgment", async () => {
    expect(await runResourcePolicy(noInternetIngressToRestrictedPorts, sg([block("tcp", 443, 443, { cidrBlocks: UNKNOWN_ARRAY })]))).toEqual({ violations: [] });
  });
});
