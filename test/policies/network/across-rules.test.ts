// The stack halves of the security-group controls: standalone rule resources join their group
// (through propertyDependencies first, then by id), and each group's whole rule set is judged.
// Only what no single resource shows is reported here, on the group, naming the rules.
import { noAnyAnyEgressAcrossRules } from "../../../policies/network/no-any-any-egress-across-rules";
import { noAnyAnyIngressAcrossRules } from "../../../policies/network/no-any-any-ingress-across-rules";
import { noInternetIngressToRestrictedPortsAcrossRules } from "../../../policies/network/no-internet-ingress-to-restricted-ports-across-rules";
import { StackInput, UNKNOWN_STRING, runStackPolicy } from "../../helpers/policy-harness";
import { T, stackResource, urnOf } from "./shapes";

const group = (name = "app", props: Record<string, unknown> = {}) => stackResource(T.securityGroup, name, { id: `sg-${name}`, ingress: [], egress: [], ...props });
const groupUrn = (name = "app") => urnOf(T.securityGroup, name);

/** A SecurityGroupRule attached to `target` through propertyDependencies (and by id). */
function sgr(name: string, props: Record<string, unknown>, target = "app", link: "deps" | "value" = "deps"): StackInput {
  return stackResource(T.securityGroupRule, name, { securityGroupId: `sg-${target}`, description: "d", ...props }, link === "deps" ? { securityGroupId: [groupUrn(target)] } : undefined);
}
function sgir(name: string, props: Record<string, unknown>, target = "app"): StackInput {
  return stackResource(T.securityGroupIngressRule, name, { securityGroupId: `sg-${target}`, description: "d", ...props }, { securityGroupId: [groupUrn(target)] });
}
function sger(name: string, props: Record<string, unknown>, target = "app"): StackInput {
  return stackResource(T.securityGroupEgressRule, name, { securityGroupId: `sg-${target}`, description: "d", ...props }, { securityGroupId: [groupUrn(target)] });
}
const tcp = (from: number, to: number, cidr = "0.0.0.0/0") => ({ type: "ingress", protocol: "tcp", fromPort: from, toPort: to, cidrBlocks: [cidr] });

type Case = [string, StackInput[], Record<string, unknown>?];
// Every row gets its config: jest treats a test function with more parameters than the row has
// values as one that takes a `done` callback, and would wait for it.
const rows = (cases: Case[]): [string, StackInput[], Record<string, unknown>][] => cases.map(([label, stack, config]) => [label, stack, config ?? {}]);

const bad: Case[] = [
  ["split ports across two SecurityGroupRules (propertyDependencies)", [group(), sgr("low", tcp(0, 32767)), sgr("high", tcp(32768, 65535))]],
  ["split ports matched by id value", [group(), sgr("low", tcp(0, 32767), "app", "value"), sgr("high", tcp(32768, 65535), "app", "value")]],
  ["split ports over three resources", [group(), sgr("a", tcp(0, 20000)), sgr("b", tcp(20001, 40000)), sgir("c", { ipProtocol: "tcp", fromPort: 40001, toPort: 65535, cidrIpv4: "0.0.0.0/0" })]],
  ["inline half plus standalone half", [group("app", { ingress: [{ protocol: "tcp", fromPort: 0, toPort: 32767, cidrBlocks: ["0.0.0.0/0"] }] }), sgr("high", tcp(32768, 65535))]],
  ["split UDP with numeric-string protocol", [group(), sgr("low", { ...tcp(0, 32767), protocol: "17" }), sgr("high", { ...tcp(32768, 65535), protocol: 17 })]],
  ["split CIDRs 0.0.0.0/1 + 128.0.0.0/1 (only any-address counts)", [group(), sgir("a", { ipProtocol: "-1", cidrIpv4: "0.0.0.0/1" }), sgir("b", { ipProtocol: "-1", cidrIpv4: "128.0.0.0/1" })], { internetPrefixV4: 0 }],
  ["split IPv6 ::/1 + 8000::/1", [group(), sgir("a", { ipProtocol: "-1", cidrIpv6: "::/1" }), sgir("b", { ipProtocol: "-1", cidrIpv6: "8000::/1" })], { internetPrefixV6: 0 }],
  ["public /9 halves make a public /8 open on every port", [group(), sgir("a", { ipProtocol: "-1", cidrIpv4: "3.0.0.0/9" }), sgir("b", { ipProtocol: "-1", cidrIpv4: "3.128.0.0/9" })]],
  ["ids unknown during preview, linked by propertyDependencies", [group("app", { id: UNKNOWN_STRING }), sgr("low", { ...tcp(0, 32767), securityGroupId: UNKNOWN_STRING }), sgr("high", { ...tcp(32768, 65535), securityGroupId: UNKNOWN_STRING })]],
  ["a group outside the stack (same id)", [stackResource(T.securityGroupRule, "low", { securityGroupId: "sg-ext", ...tcp(0, 32767) }), stackResource(T.securityGroupRule, "high", { securityGroupId: "sg-ext", ...tcp(32768, 65535) })]],
  ["self beside the world CIDR in one half", [group(), sgr("low", { ...tcp(0, 32767), cidrBlocks: ["0.0.0.0/0"], self: false }), sgr("high", { ...tcp(32768, 65535), self: true })]],
];

const good: Case[] = [
  ["halves in different groups", [group("a"), group("b"), sgr("low", tcp(0, 32767), "a"), sgr("high", tcp(32768, 65535), "b")]],
  ["halves leaving a gap", [group(), sgr("low", tcp(0, 32766)), sgr("high", tcp(32768, 65535))]],
  ["a single any/any rule is the resource policy's finding", [group(), sgr("all", { type: "ingress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] })]],
  ["a union inside one rule resource is the resource policy's finding", [group(), sgir("x", { ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" })]],
  ["an inline-only union is the resource policy's finding", [group("app", { ingress: [{ protocol: "tcp", fromPort: 0, toPort: 32767, cidrBlocks: ["0.0.0.0/0"] }, { protocol: "tcp", fromPort: 32768, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] }] })]],
  ["one half inbound, the other outbound", [group(), sgr("low", tcp(0, 32767)), sgr("high", { ...tcp(32768, 65535), type: "egress" })]],
  ["tcp half and udp half", [group(), sgr("low", tcp(0, 32767)), sgr("high", { ...tcp(32768, 65535), protocol: "udp" })]],
  ["halves from security groups", [group(), sgr("low", { type: "ingress", protocol: "tcp", fromPort: 0, toPort: 32767, sourceSecurityGroupId: "sg-1" }), sgr("high", { type: "ingress", protocol: "tcp", fromPort: 32768, toPort: 65535, sourceSecurityGroupId: "sg-2" })]],
  ["one half from a prefix list", [group(), sgr("low", tcp(0, 32767)), sgr("high", { type: "ingress", protocol: "tcp", fromPort: 32768, toPort: 65535, prefixListIds: ["pl-1"] })]],
  ["halves from private ranges", [group(), sgr("low", tcp(0, 32767, "10.0.0.0/8")), sgr("high", tcp(32768, 65535, "10.0.0.0/8"))]],
  ["public /32s do not add up to the internet", [group(), sgir("a", { ipProtocol: "-1", cidrIpv4: "8.8.8.8/32" }), sgir("b", { ipProtocol: "-1", cidrIpv4: "1.1.1.1/32" })]],
];

describe("no-any-any-ingress-across-rules", () => {
  test.each(rows(bad))("flags: %s", async (_label, stack, config) => {
    const out = await runStackPolicy(noAnyAnyIngressAcrossRules, stack, config);
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toMatch(/together, .* allow every (tcp|udp|tcp and udp) port/);
  });

  test.each(rows(good))("passes: %s", async (_label, stack) => {
    expect(await runStackPolicy(noAnyAnyIngressAcrossRules, stack)).toEqual({ violations: [] });
  });

  test("reports on the group and names the contributing rule resources, not bystanders", async () => {
    const out = await runStackPolicy(noAnyAnyIngressAcrossRules, [group(), sgr("low", tcp(0, 32767)), sgr("web", tcp(443, 443, "10.0.0.0/8")), sgr("high", tcp(32768, 65535))]);
    expect(out.violations).toEqual([
      {
        urn: groupUrn(),
        message:
          'Security group "app": together, Security group rule "low" (tcp ports 0-32767 from 0.0.0.0/0), Security group rule "high" (tcp ports 32768-65535 from 0.0.0.0/0) allow every tcp port from any IPv4 address (0.0.0.0/0); ' +
          "each rule is narrower on its own, but their union is any/any. Restrict the source to your office or VPN CIDR, or put the service behind a load balancer and allow only the load balancer's security group; use SSM Session Manager instead of opening SSH or RDP.",
      },
    ]);
  });

  test("a group outside the stack is reported on a contributing rule", async () => {
    const out = await runStackPolicy(noAnyAnyIngressAcrossRules, bad[9][1]);
    expect(out.violations[0].urn).toBe(urnOf(T.securityGroupRule, "low"));
    expect(out.violations[0].message).toContain("The security group sg-ext (not in this stack)");
  });

  test("AWS's read-back of attached rules into the group's outputs is not counted twice", async () => {
    const mirrored = group("app", { ingress: [{ protocol: "tcp", fromPort: 0, toPort: 32767, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: [], securityGroups: [], prefixListIds: [], self: false }] });
    const out = await runStackPolicy(noAnyAnyIngressAcrossRules, [mirrored, sgr("low", tcp(0, 32767)), sgr("high", tcp(32768, 65535))]);
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).not.toContain("ingress[0]");
  });

  test("an unknown CIDR on the other half: not applicable, no violation", async () => {
    const out = await runStackPolicy(noAnyAnyIngressAcrossRules, [group(), sgr("low", tcp(0, 32767)), sgr("high", { ...tcp(32768, 65535), cidrBlocks: [UNKNOWN_STRING] })]);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toMatch(/Security group rule "high" source/);
  });

  test("a stack without standalone rules is skipped cheaply", async () => {
    const out = await runStackPolicy(noAnyAnyIngressAcrossRules, [group()]);
    expect(out.violations).toEqual([]);
  });
});

describe("no-internet-ingress-to-restricted-ports-across-rules", () => {
  test("two public /9s on SSH from two resources expose port 22", async () => {
    const out = await runStackPolicy(noInternetIngressToRestrictedPortsAcrossRules, [
      group(),
      sgir("a", { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "3.0.0.0/9" }),
      sgir("b", { ipProtocol: "tcp", fromPort: 20, toPort: 23, cidrIpv4: "3.128.0.0/9" }),
    ]);
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].urn).toBe(groupUrn());
    expect(out.violations[0].message).toContain("expose restricted ports (tcp 22)");
  });

  test.each<Case>([
    ["a single world-open SSH rule is the resource policy's", [group(), sgr("ssh", tcp(22, 22))]],
    ["public /9s on different ports", [group(), sgir("a", { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "3.0.0.0/9" }), sgir("b", { ipProtocol: "tcp", fromPort: 23, toPort: 23, cidrIpv4: "3.128.0.0/9" })]],
    ["a private half", [group(), sgir("a", { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "3.0.0.0/9" }), sgir("b", { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "10.0.0.0/9" })]],
  ])("passes: %s", async (_label, stack) => {
    expect(await runStackPolicy(noInternetIngressToRestrictedPortsAcrossRules, stack)).toEqual({ violations: [] });
  });
});

describe("no-any-any-egress-across-rules", () => {
  test("split egress across two SecurityGroupEgressRules", async () => {
    const out = await runStackPolicy(noAnyAnyEgressAcrossRules, [
      group(),
      sger("a", { ipProtocol: "tcp", fromPort: 0, toPort: 1000, cidrIpv4: "0.0.0.0/0" }),
      sger("b", { ipProtocol: "tcp", fromPort: 1001, toPort: 65535, cidrIpv4: "0.0.0.0/0" }),
    ]);
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toContain("allow every tcp port to any IPv4 address");
  });

  test("egress halves that do not meet", async () => {
    const out = await runStackPolicy(noAnyAnyEgressAcrossRules, [
      group(),
      sger("a", { ipProtocol: "tcp", fromPort: 0, toPort: 1000, cidrIpv4: "0.0.0.0/0" }),
      sger("b", { ipProtocol: "tcp", fromPort: 1002, toPort: 65535, cidrIpv4: "0.0.0.0/0" }),
    ]);
    expect(out).toEqual({ violations: [] });
  });
});
