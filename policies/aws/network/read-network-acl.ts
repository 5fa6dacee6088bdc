// aws:ec2/networkAcl:NetworkAcl and aws:ec2/defaultNetworkAcl:DefaultNetworkAcl: inline
// `ingress`/`egress` entries with ruleNo, action, protocol, ports and one CIDR peer.
import type { ResourceView } from "../../lib/resource-view";
import { UNKNOWN, isUnknown } from "../../lib/unknown";
import { isRecord, readList, readNumber } from "../../lib/values";
import { originOf, parseAction, unknownRule } from "./read-common";
import { Peer, cidrPeer } from "./peer";
import { readIcmp, readPorts } from "./ports";
import { parseProtocol } from "./protocol";
import { Direction, FirewallRule, Part } from "./rule";

/** A rule number, UNKNOWN when it cannot be read (its place in the order is then unknown). */
export function readRuleNo(value: unknown): Part<number> {
  const n = readNumber(value);
  return typeof n === "number" ? n : UNKNOWN;
}

/** The single peer of an ACL entry (cidrBlock or ipv6CidrBlock). */
export function aclPeers(entry: Record<string, unknown>): Peer[] {
  return [cidrPeer(entry.cidrBlock, 4), cidrPeer(entry.ipv6CidrBlock, 6)].filter((p): p is Peer => p !== undefined);
}

function entryRules(resource: ResourceView, direction: Direction, entry: unknown, index: number): FirewallRule[] {
  const block = `${direction}[${index}]`;
  if (isUnknown(entry)) return [unknownRule(direction, originOf(resource, { block, index, ruleNo: UNKNOWN }), UNKNOWN)];
  if (!isRecord(entry)) return [];
  const origin = originOf(resource, { block, index, ruleNo: readRuleNo(entry.ruleNo) });
  const protocol = parseProtocol(entry.protocol) ?? UNKNOWN;
  const ports = readPorts(protocol, entry.fromPort, entry.toPort);
  const action = parseAction(entry.action);
  const icmp = readIcmp(protocol, entry.icmpType, entry.icmpCode);
  return aclPeers(entry).map((peer) => ({ direction, action, protocol, ports, peer, ...(icmp ? { icmp } : {}), origin, uncertain: [] }));
}

export function readNetworkAcl(resource: ResourceView): FirewallRule[] {
  const rules: FirewallRule[] = [];
  for (const direction of ["ingress", "egress"] as const) {
    const list = readList(resource.props[direction]);
    if (list === UNKNOWN) rules.push(unknownRule(direction, originOf(resource, { block: direction, ruleNo: UNKNOWN }), UNKNOWN));
    else if (list) list.forEach((entry, i) => rules.push(...entryRules(resource, direction, entry, i)));
  }
  return rules;
}
