// aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule and ...EgressRule: one rule, one
// peer (cidrIpv4, cidrIpv6, referencedSecurityGroupId or prefixListId), `ipProtocol`.
import type { ResourceView } from "../../lib/resource-view";
import { UNKNOWN } from "../../lib/unknown";
import { originOf } from "./read-common";
import { Peer, cidrPeer, referencePeer } from "./peer";
import { readIcmp, readPorts } from "./ports";
import { parseProtocol } from "./protocol";
import { Direction, FirewallRule } from "./rule";

export function readVpcSecurityGroupRule(resource: ResourceView, direction: Direction): FirewallRule[] {
  const props = resource.props;
  const protocol = parseProtocol(props.ipProtocol) ?? UNKNOWN;
  const ports = readPorts(protocol, props.fromPort, props.toPort);
  const icmp = readIcmp(protocol, props.fromPort, props.toPort);
  const origin = originOf(resource, { description: props.description });
  const peers = [
    cidrPeer(props.cidrIpv4, 4),
    cidrPeer(props.cidrIpv6, 6),
    referencePeer(props.referencedSecurityGroupId, "securityGroup"),
    referencePeer(props.prefixListId, "prefixList"),
  ].filter((p): p is Peer => p !== undefined);
  return peers.map((peer) => ({ direction, action: "allow" as const, protocol, ports, peer, ...(icmp ? { icmp } : {}), origin, uncertain: [] }));
}
