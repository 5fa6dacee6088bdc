// The set-algebra core against brute force: for random rule sets (security groups: any allow
// admits; network ACLs: first match by rule number, default deny) and random probes, the
// model's admits(protocol, port, address) and its "every port of a range" coverage agree with
// a direct evaluation of each rule using ipaddr.js's own CIDR matching.
import fc from "fast-check";
import * as ipaddr from "ipaddr.js";
import { boxesOf } from "../../../policies/network/algebra/boxes";
import { admits } from "../../../policies/network/algebra/admits";
import { contains } from "../../../policies/aws/network/interval-set";
import { openAddresses } from "../../../policies/network/algebra/open-addresses";
import { parseAddress } from "../../../policies/aws/network/cidr";
import { firewallRulesOf } from "../../../policies/aws/network/rules-of";
import { urnOf } from "../../helpers/policy-harness";
import { T } from "./shapes";

interface RawRule {
  protocol: "all" | 6 | 17 | 1 | 50;
  ports: [number, number] | "all";
  cidr: string | "sg";
  action: "allow" | "deny";
  ruleNo: number;
}

// Addresses and blocks cluster in a few small regions so random probes often land on edges.
const v4Base = fc.constantFrom("10.0.0.", "10.0.1.", "192.168.0.");
const v4Cidr = fc.oneof(
  fc.tuple(v4Base, fc.integer({ min: 0, max: 255 }), fc.integer({ min: 22, max: 32 })).map(([b, o, p]) => {
    const [addr, prefix] = ipaddr.parseCIDR(`${b}${o}/${p}`);
    return `${ipaddr.IPv4.networkAddressFromCIDR(`${addr.toString()}/${prefix}`).toString()}/${prefix}`;
  }),
  fc.constantFrom("0.0.0.0/0", "0.0.0.0/1", "128.0.0.0/1", "10.0.0.0/8", "10.0.0.0/23"),
);
const v6Cidr = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 120, max: 128 })).map(([o, p]) => `${ipaddr.IPv6.networkAddressFromCIDR(`2001:db8::${o.toString(16)}/${p}`).toString()}/${p}`),
  fc.constantFrom("::/0", "2001:db8::/32", "::/1"),
);
const ports = fc.oneof(
  fc.constant<"all">("all"),
  fc.tuple(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 31 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
);
const rawRule: fc.Arbitrary<RawRule> = fc.record({
  protocol: fc.constantFrom<RawRule["protocol"]>("all", 6, 17, 1, 50),
  ports,
  cidr: fc.oneof(v4Cidr, v6Cidr, fc.constant<"sg">("sg")),
  action: fc.constantFrom<RawRule["action"]>("allow", "deny"),
  ruleNo: fc.integer({ min: 1, max: 60 }),
});
const probeAddress = fc.oneof(
  fc.tuple(v4Base, fc.integer({ min: 0, max: 255 })).map(([b, o]) => `${b}${o}`),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([a, b]) => `${a}.${b}.7.9`),
  fc.integer({ min: 0, max: 300 }).map((o) => `2001:db8::${o.toString(16)}`),
  fc.constantFrom("::1", "8000::1", "2600::1"),
);
const probe = fc.record({ protocol: fc.constantFrom(6, 17, 1, 50, 47), port: fc.integer({ min: 0, max: 31 }), address: probeAddress });

const portsOf = (r: RawRule): [unknown, unknown] => (r.ports === "all" ? [-1, -1] : r.ports);

/** Security group built from the raw rules (allow only, inline blocks). */
function securityGroupRules(raw: RawRule[]) {
  const ingress = raw.map((r) => {
    const [fromPort, toPort] = portsOf(r);
    const peer = r.cidr === "sg" ? { securityGroups: ["sg-1"] } : r.cidr.includes(":") ? { ipv6CidrBlocks: [r.cidr] } : { cidrBlocks: [r.cidr] };
    return { protocol: String(r.protocol), fromPort, toPort, ...peer };
  });
  return firewallRulesOf({ type: T.securityGroup, name: "g", urn: urnOf(T.securityGroup, "g"), props: { ingress } });
}

/** Network ACL built from the raw rules (inline entries; security-group peers do not exist there). */
function aclRules(raw: RawRule[]) {
  const ingress = raw
    .filter((r) => r.cidr !== "sg")
    .map((r) => {
      const [fromPort, toPort] = portsOf(r);
      const peer = r.cidr.includes(":") ? { ipv6CidrBlock: r.cidr } : { cidrBlock: r.cidr };
      return { ruleNo: r.ruleNo, action: r.action, protocol: r.protocol === "all" ? "-1" : String(r.protocol), fromPort, toPort, ...peer };
    });
  return firewallRulesOf({ type: T.networkAcl, name: "a", urn: urnOf(T.networkAcl, "a"), props: { ingress } });
}

/** Does one raw rule match a probe? ipaddr.js decides the address, the rule text decides the rest. */
function matches(r: RawRule, p: { protocol: number; port: number; address: string }): boolean {
  if (r.cidr === "sg") return false;
  if (r.protocol !== "all" && r.protocol !== p.protocol) return false;
  const portful = r.protocol === 6 || r.protocol === 17;
  if (portful && r.ports !== "all" && (p.port < r.ports[0] || p.port > r.ports[1])) return false;
  const address = ipaddr.parse(p.address);
  const range = ipaddr.parseCIDR(r.cidr);
  return address.kind() === range[0].kind() && address.match(range);
}

const bruteSecurityGroup = (raw: RawRule[], p: { protocol: number; port: number; address: string }) => raw.some((r) => matches(r, p));

function bruteAcl(raw: RawRule[], p: { protocol: number; port: number; address: string }): boolean {
  const ordered = raw.filter((r) => r.cidr !== "sg").map((r, i) => ({ r, i })).sort((a, b) => a.r.ruleNo - b.r.ruleNo || a.i - b.i);
  const first = ordered.find(({ r }) => matches(r, p));
  return first !== undefined && first.r.action === "allow";
}

describe("admits(protocol, port, address) agrees with brute force", () => {
  test("security groups: any allow admits", () => {
    fc.assert(
      fc.property(fc.array(rawRule, { maxLength: 12 }), fc.array(probe, { minLength: 1, maxLength: 20 }), (raw, probes) => {
        const boxes = boxesOf(securityGroupRules(raw), "ingress", "definite");
        for (const p of probes) expect(admits(boxes, p, "any-allow")).toBe(bruteSecurityGroup(raw, p));
      }),
      { numRuns: 300 },
    );
  });

  test("network ACLs: the lowest-numbered matching entry decides, default deny", () => {
    fc.assert(
      fc.property(fc.array(rawRule, { maxLength: 12 }), fc.array(probe, { minLength: 1, maxLength: 20 }), (raw, probes) => {
        const boxes = boxesOf(aclRules(raw), "ingress", "definite");
        for (const p of probes) expect(admits(boxes, p, "first-match")).toBe(bruteAcl(raw, p));
      }),
      { numRuns: 300 },
    );
  });
});

describe("coverage of a port range agrees with brute force over every port", () => {
  const range = fc.tuple(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 31 })).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
  for (const [name, semantics, build, brute] of [
    ["security groups", "any-allow", securityGroupRules, bruteSecurityGroup],
    ["network ACLs", "first-match", aclRules, bruteAcl],
  ] as const) {
    test(name, () => {
      fc.assert(
        fc.property(fc.array(rawRule, { maxLength: 10 }), range, fc.constantFrom(6, 17), fc.array(probeAddress, { minLength: 1, maxLength: 10 }), (raw, target, protocol, addresses) => {
          const boxes = boxesOf(build(raw), "ingress", "definite");
          for (const address of addresses) {
            const parsed = parseAddress(address)!;
            const open = openAddresses(boxes, parsed.family, protocol, target, semantics);
            let every = true;
            for (let port = target.from; port <= target.to && every; port++) every = brute(raw, { protocol, port, address });
            expect(contains(open, parsed.value)).toBe(every);
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
