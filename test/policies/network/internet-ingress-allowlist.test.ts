// internet-ingress-allowlist: only allowlisted ports may be open to the internet.
import { internetIngressAllowlist } from "../../../policies/network/internet-ingress-allowlist";
import { UNKNOWN_ARRAY, UNKNOWN_NUMBER, runResourcePolicy } from "../../helpers/policy-harness";
import { block, ingressRule, sg, sgRule, world4, world6 } from "./shapes";

type Case = [string, { type: string; name?: string; props: Record<string, unknown> }];

const bad: Case[] = [
  ["SSH from the world", sg([block("tcp", 22, 22, world4)])],
  ["HTTP alternate 8080 from ::/0", sg([block("tcp", 8080, 8080, world6)])],
  ["80-443 spans ports between the allowed two", sg([block("tcp", 80, 443, world4)])],
  ["protocol -1 with 443-443", sg([block("-1", 443, 443, world4)])],
  ["udp 443 (QUIC) is allowed; udp 53 is not", sgRule({ type: "ingress", protocol: "17", fromPort: 53, toPort: 53, cidrBlocks: ["0.0.0.0/0"] })],
  ["GRE (47) has no ports to allow", ingressRule({ ipProtocol: "47", cidrIpv4: "0.0.0.0/0" })],
  ["a public /4", ingressRule({ ipProtocol: "tcp", fromPort: 8443, toPort: 8443, cidrIpv4: "64.0.0.0/4" })],
  ["self does not hide the world CIDR", sg([block("tcp", 25, 25, { self: true, cidrBlocks: ["0.0.0.0/0"] })])],
  ["numeric protocol 6", sg([block(6, 3000, 3000, world4)])],
  ["IPv6 in a rule resource", sgRule({ type: "ingress", protocol: "tcp", fromPort: 9000, toPort: 9000, ipv6CidrBlocks: ["::/0"] })],
];

const good: Case[] = [
  ["HTTPS from the world", sg([block("tcp", 443, 443, world4)])],
  ["HTTP and HTTPS from ::/0", sg([block("tcp", 80, 80, world6), block("tcp", 443, 443, world6)])],
  ["QUIC: udp 443 from the world", sgRule({ type: "ingress", protocol: "udp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] })],
  ["SSH from the office /32", sg([block("tcp", 22, 22, { cidrBlocks: ["198.51.100.4/32"] })])],
  ["anything from a private range", sg([block("-1", 0, 0, { cidrBlocks: ["172.16.0.0/12"] })])],
  ["anything from a security group", ingressRule({ ipProtocol: "-1", referencedSecurityGroupId: "sg-lb" })],
  ["anything from a prefix list", ingressRule({ ipProtocol: "-1", prefixListId: "pl-1" })],
  ["ICMP from the world (path MTU discovery)", sg([block("icmp", 3, 4, world4)])],
  ["ICMPv6 from the world", sg([block("58", -1, -1, world6)])],
  ["everything open outbound only", sg([], [block("-1", 0, 0, world4)])],
];

describe("internet-ingress-allowlist", () => {
  test.each(bad)("flags: %s", async (_label, resource) => {
    const out = await runResourcePolicy(internetIngressAllowlist, resource);
    expect(out.violations.length).toBeGreaterThan(0);
    expect(out.violations[0].message).toMatch(/allowedPorts/);
  });

  test.each(good)("passes: %s", async (_label, resource) => {
    expect(await runResourcePolicy(internetIngressAllowlist, resource)).toEqual({ violations: [] });
  });

  test("the message says which ports are beyond the allowlist", async () => {
    const out = await runResourcePolicy(internetIngressAllowlist, sg([block("tcp", 80, 443, world4)]));
    expect(out.violations[0].message).toContain("allows tcp ports 80-443 from 0.0.0.0/0 (any IPv4 address), which opens tcp ports 81-442 to the internet; only ports 80, 443 may be");
  });

  test("config: allowedPorts and allowIcmp", async () => {
    expect((await runResourcePolicy(internetIngressAllowlist, sg([block("tcp", 8443, 8443, world4)]), { allowedPorts: [443, 8443] })).violations).toHaveLength(0);
    expect((await runResourcePolicy(internetIngressAllowlist, sg([block("tcp", 443, 443, world4)]), { allowedPorts: [] })).violations).toHaveLength(1);
    expect((await runResourcePolicy(internetIngressAllowlist, sg([block("icmp", -1, -1, world4)]), { allowIcmp: false })).violations).toHaveLength(1);
  });

  test.each([
    ["unknown CIDRs on SSH", sg([block("tcp", 22, 22, { cidrBlocks: UNKNOWN_ARRAY })])],
    ["unknown ports from the world", sg([block("tcp", 443, UNKNOWN_NUMBER, world4)])],
  ])("unknown during preview: %s", async (_label, resource) => {
    const out = await runResourcePolicy(internetIngressAllowlist, resource);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/unknown during preview/);
  });
});
