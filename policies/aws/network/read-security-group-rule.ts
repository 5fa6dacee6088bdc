// aws:ec2/securityGroupRule:SecurityGroupRule: one rule resource, `type` ingress or egress,
// peers from cidrBlocks, ipv6CidrBlocks, prefixListIds, sourceSecurityGroupId and self.
import type { ResourceView } from "../../lib/resource-view";
import { UNKNOWN } from "../../lib/unknown";
import { readString } from "../../lib/values";
import { directionsOf, originOf } from "./read-common";
import { blockPeers } from "./read-security-group";
import { readIcmp, readPorts } from "./ports";
import { parseProtocol } from "./protocol";
import { Direction, FirewallRule } from "./rule";

function directionOf(value: unknown): Direction | undefined {
  const text = readString(value);
  if (typeof text !== "string") return undefined;
  const lower = text.trim().toLowerCase();
  return lower === "ingress" || lower === "egress" ? lower : undefined;
}

export function readSecurityGroupRule(resource: ResourceView): FirewallRule[] {
  const props = resource.props;
  const protocol = parseProtocol(props.protocol) ?? UNKNOWN;
  const ports = readPorts(protocol, props.fromPort, props.toPort);
  const icmp = readIcmp(protocol, props.fromPort, props.toPort);
  const origin = originOf(resource, { description: props.description });
  const peers = blockPeers(props, "sourceSecurityGroupId", false);
  return directionsOf(directionOf(props.type), "type").flatMap(({ direction, uncertain }) =>
    peers.map((peer) => ({ direction, action: "allow" as const, protocol, ports, peer, ...(icmp ? { icmp } : {}), origin, uncertain })),
  );
}
