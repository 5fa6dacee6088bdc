// aws:ec2/securityGroup:SecurityGroup and aws:ec2/defaultSecurityGroup:DefaultSecurityGroup:
// inline `ingress`/`egress` blocks. A block names several peers (cidrBlocks, ipv6CidrBlocks,
// securityGroups, prefixListIds, self) and becomes one rule per peer, keeping the block index,
// so `self: true` beside a world-open CIDR never hides the CIDR.
import type { ResourceView } from "../../lib/resource-view";
import { UNKNOWN, isUnknown } from "../../lib/unknown";
import { isRecord, readList } from "../../lib/values";
import { cidrListPeers, originOf, referenceListPeers, selfPeers, unknownRule } from "./read-common";
import { Peer } from "./peer";
import { readIcmp, readPorts } from "./ports";
import { parseProtocol } from "./protocol";
import { Direction, FirewallRule } from "./rule";

/** Peers of one security-group-style block (inline block or SecurityGroupRule). */
export function blockPeers(block: Record<string, unknown>, sgProperty: string, sgIsList: boolean): Peer[] {
  return [
    ...cidrListPeers(block.cidrBlocks, 4),
    ...cidrListPeers(block.ipv6CidrBlocks, 6),
    ...referenceListPeers(block[sgProperty], "securityGroup").slice(0, sgIsList ? undefined : 1),
    ...referenceListPeers(block.prefixListIds, "prefixList"),
    ...selfPeers(block.self),
  ];
}

function blockRules(resource: ResourceView, direction: Direction, block: unknown, index: number): FirewallRule[] {
  const origin = originOf(resource, { block: `${direction}[${index}]`, index });
  // A whole block unknown at preview: its description is unknown too, not missing.
  if (isUnknown(block)) return [unknownRule(direction, { ...origin, description: UNKNOWN })];
  if (!isRecord(block)) return [];
  const protocol = parseProtocol(block.protocol) ?? UNKNOWN;
  const ports = readPorts(protocol, block.fromPort, block.toPort);
  const icmp = readIcmp(protocol, block.fromPort, block.toPort);
  const described = { ...origin, description: block.description };
  return blockPeers(block, "securityGroups", true).map((peer) => ({
    direction,
    action: "allow" as const,
    protocol,
    ports,
    peer,
    ...(icmp ? { icmp } : {}),
    origin: described,
    uncertain: [],
  }));
}

export function readSecurityGroup(resource: ResourceView): FirewallRule[] {
  const rules: FirewallRule[] = [];
  for (const direction of ["ingress", "egress"] as const) {
    const list = readList(resource.props[direction]);
    if (list === UNKNOWN) rules.push(unknownRule(direction, originOf(resource, { block: direction })));
    else if (list) list.forEach((block, i) => rules.push(...blockRules(resource, direction, block, i)));
  }
  return rules;
}
