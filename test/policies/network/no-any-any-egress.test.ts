// no-any-any-egress: every port open outbound to the internet (advisory).
import { noAnyAnyEgress } from "../../../policies/network/no-any-any-egress";
import { UNKNOWN_ARRAY, runResourcePolicy } from "../../helpers/policy-harness";
import { block, egressRule, sg, sgRule, world4, world6 } from "./shapes";

type Case = [string, { type: string; name?: string; props: Record<string, unknown> }];

const bad: Case[] = [
  ["inline -1 to 0.0.0.0/0 (AWS's default egress)", sg([], [block("-1", 0, 0, world4)])],
  ["inline all TCP to ::/0", sg([], [block("tcp", 0, 65535, world6)])],
  ["inline numeric protocol -1 to a public /4", sg([], [block(-1, 0, 0, { cidrBlocks: ["80.0.0.0/4"] })])],
  ["inline split ports", sg([], [block("udp", 0, 40000, world4), block("udp", 40001, 65535, world4)])],
  ["inline split CIDRs", sg([], [block("-1", 0, 0, { ipv6CidrBlocks: ["::/1", "8000::/1"] })])],
  ["self beside the world", sg([], [block("-1", 0, 0, { self: true, cidrBlocks: ["0.0.0.0/0"] })])],
  ["SecurityGroupRule egress", sgRule({ type: "egress", protocol: "all", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] })],
  ["SecurityGroupRule egress, protocol \"6\" with -1 ports", sgRule({ type: "EGRESS", protocol: "6", fromPort: -1, toPort: -1, cidrBlocks: ["0.0.0.0/0"] })],
  ["SecurityGroupEgressRule -1", egressRule({ ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" })],
  ["SecurityGroupEgressRule all UDP over IPv6", egressRule({ ipProtocol: "udp", fromPort: 0, toPort: 65535, cidrIpv6: "::/0" })],
];

const good: Case[] = [
  ["HTTPS out to the world", sg([], [block("tcp", 443, 443, world4)])],
  ["everything to the VPC", sg([], [block("-1", 0, 0, { cidrBlocks: ["10.0.0.0/16"] })])],
  ["everything to a prefix list (S3 endpoint)", egressRule({ ipProtocol: "-1", prefixListId: "pl-63a5400a" })],
  ["everything to another group", egressRule({ ipProtocol: "-1", referencedSecurityGroupId: "sg-db" })],
  ["everything to a public /32", egressRule({ ipProtocol: "-1", cidrIpv4: "52.1.2.3/32" })],
  ["everything to IPv6 ULA", egressRule({ ipProtocol: "-1", cidrIpv6: "fd00::/8" })],
  ["a world-open rule inbound is not this policy's", sg([block("-1", 0, 0, world4)], [])],
  ["SecurityGroupRule ingress", sgRule({ type: "ingress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] })],
  ["split ports with a gap", sg([], [block("tcp", 0, 1000, world4), block("tcp", 1002, 65535, world4)])],
  ["no egress at all", sg([], [])],
];

describe("no-any-any-egress", () => {
  test.each(bad)("flags: %s", async (_label, resource) => {
    const out = await runResourcePolicy(noAnyAnyEgress, resource);
    expect(out.violations.length).toBeGreaterThan(0);
    expect(out.violations[0].message).toMatch(/outbound to the internet|union is any\/any/);
  });

  test.each(good)("passes: %s", async (_label, resource) => {
    expect(await runResourcePolicy(noAnyAnyEgress, resource)).toEqual({ violations: [] });
  });

  test("the message names the destination and the fix", async () => {
    const out = await runResourcePolicy(noAnyAnyEgress, { ...sg([], [block("-1", 0, 0, world4)]), name: "app" });
    expect(out.violations[0].message).toBe(
      'Security group "app" egress[0] allows all protocols on all ports to 0.0.0.0/0 (any IPv4 address), so every port is open outbound to the internet. ' +
        "Allow only the destinations and ports the workload needs (for example tcp 443 to a prefix list or VPC endpoint), or send outbound traffic through a proxy or NAT with egress filtering.",
    );
  });

  test("unknown destinations during preview", async () => {
    const out = await runResourcePolicy(noAnyAnyEgress, sg([], [block("-1", 0, 0, { cidrBlocks: UNKNOWN_ARRAY })]));
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/egress\[0\] source/);
  });
});
