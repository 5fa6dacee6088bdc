// aws:ec2/networkAclRule:NetworkAclRule: one entry of an ACL defined elsewhere; `egress`
// (default false), `ruleNumber`, `ruleAction`, protocol, ports and one CIDR peer.
import type { ResourceView } from "../../lib/resource-view";
import { UNKNOWN } from "../../lib/unknown";
import { readBool } from "../../lib/values";
import { directionsOf, originOf, parseAction } from "./read-common";
import { aclPeers, readRuleNo } from "./read-network-acl";
import { readIcmp, readPorts } from "./ports";
import { parseProtocol } from "./protocol";
import { Direction, FirewallRule } from "./rule";

export function readNetworkAclRule(resource: ResourceView): FirewallRule[] {
  const props = resource.props;
  const egress = readBool(props.egress);
  const known: Direction | undefined = egress === UNKNOWN ? undefined : egress === true ? "egress" : "ingress";
  const origin = originOf(resource, { ruleNo: readRuleNo(props.ruleNumber) });
  const protocol = parseProtocol(props.protocol) ?? UNKNOWN;
  const ports = readPorts(protocol, props.fromPort, props.toPort);
  const action = parseAction(props.ruleAction);
  const icmp = readIcmp(protocol, props.icmpType, props.icmpCode);
  const peers = aclPeers(props);
  return directionsOf(known, "egress").flatMap(({ direction, uncertain }) =>
    peers.map((peer) => ({ direction, action, protocol, ports, peer, ...(icmp ? { icmp } : {}), origin, uncertain })),
  );
}
