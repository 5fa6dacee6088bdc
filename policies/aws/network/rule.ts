// The one firewall-rule model every security-group and network-ACL shape is read into.
// Unknown parts stay explicit (UNKNOWN) so policies can decline to judge instead of guessing.
import type { Unknown } from "../../lib/unknown";
import { UNKNOWN } from "../../lib/unknown";
import { Peer, peerKey } from "./peer";
import { PortRange, portsLabel } from "./ports";
import { Protocol, protocolLabel } from "./protocol";

export type Direction = "ingress" | "egress";
export type Action = "allow" | "deny";
export type Part<T> = T | Unknown;

/** Where a rule came from, so messages can point at it. */
export interface RuleOrigin {
  readonly urn: string;
  readonly name: string;
  readonly type: string;
  /** The inline block, e.g. "ingress[2]"; absent for a standalone rule resource. */
  readonly block?: string;
  /** Index of the inline block within its list. */
  readonly index?: number;
  /** Network ACL rule number (evaluation order). */
  readonly ruleNo?: Part<number>;
  /** The rule's description, raw; never echoed in messages. */
  readonly description?: unknown;
}

export interface IcmpMatch {
  readonly type: Part<number>;
  readonly code: Part<number>;
}

export interface FirewallRule {
  readonly direction: Direction;
  readonly action: Part<Action>;
  readonly protocol: Part<Protocol>;
  readonly ports: Part<PortRange>;
  readonly peer: Peer;
  /** ICMP type and code (-1: any), for ICMP and ICMPv6 rules; they are not ports. */
  readonly icmp?: IcmpMatch;
  readonly origin: RuleOrigin;
  /** Unknown properties that decide whether the rule exists in this direction at all (e.g. `type`). */
  readonly uncertain: readonly string[];
}

const KIND_LABELS: Readonly<Record<string, string>> = {
  "aws:ec2/securityGroup:SecurityGroup": "Security group",
  "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup": "Default security group",
  "aws:ec2/securityGroupRule:SecurityGroupRule": "Security group rule",
  "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": "Security group ingress rule",
  "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule": "Security group egress rule",
  "aws:ec2/networkAcl:NetworkAcl": "Network ACL",
  "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl": "Default network ACL",
  "aws:ec2/networkAclRule:NetworkAclRule": "Network ACL rule",
};

/** `Security group "web"`. */
export function resourceLabel(origin: { type: string; name: string }): string {
  return `${KIND_LABELS[origin.type] ?? origin.type} "${origin.name}"`;
}

/** Names the rule within its resource: `ingress[2]`, or nothing for a rule resource. */
export function ruleLocation(rule: FirewallRule): string {
  const no = rule.origin.ruleNo;
  const number = no === undefined ? "" : no === UNKNOWN ? "rule (number unknown)" : `rule ${no}`;
  const block = rule.origin.block ?? "";
  if (number && block) return `${number} (${block})`;
  return number || block;
}

/** `Security group "web" ingress[2]` or `Security group rule "ssh"`. */
export function ruleLabel(rule: FirewallRule): string {
  const where = ruleLocation(rule);
  return where ? `${resourceLabel(rule.origin)} ${where}` : resourceLabel(rule.origin);
}

/** `tcp ports 0-1000`, `all protocols`, `tcp (ports unknown)`. */
export function trafficLabel(rule: FirewallRule): string {
  if (rule.protocol === UNKNOWN) return rule.ports === UNKNOWN ? "unknown traffic" : `unknown protocol on ${portsLabel(rule.ports)}`;
  if (rule.protocol === "all") return "all protocols on all ports";
  if (rule.protocol !== 6 && rule.protocol !== 17) return protocolLabel(rule.protocol) + icmpLabel(rule.icmp);
  if (rule.ports === UNKNOWN) return `${protocolLabel(rule.protocol)} (ports unknown)`;
  return `${protocolLabel(rule.protocol)} ${portsLabel(rule.ports)}`;
}

function icmpLabel(icmp: IcmpMatch | undefined): string {
  if (!icmp || icmp.type === UNKNOWN || icmp.type < 0) return "";
  return icmp.code === UNKNOWN || icmp.code < 0 ? ` type ${icmp.type}` : ` type ${icmp.type} code ${icmp.code}`;
}

/** The parts of a rule not known yet, for judge.unknown. */
export function unknownParts(rule: FirewallRule): string[] {
  const parts = [...rule.uncertain];
  if (rule.action === UNKNOWN) parts.push("action");
  if (rule.protocol === UNKNOWN) parts.push("protocol");
  if (rule.ports === UNKNOWN) parts.push("ports");
  if (rule.peer.kind === "unknown") parts.push(rule.peer.reason === "invalid" ? "source (not a valid CIDR)" : "source");
  if (rule.origin.ruleNo === UNKNOWN) parts.push("rule number");
  return parts;
}

/** A stand-in for a whole rule list the engine cannot show yet (which may well be empty). */
export function isUnknownList(rule: FirewallRule): boolean {
  return rule.origin.block !== undefined && rule.origin.index === undefined;
}

export function hasUnknownParts(rule: FirewallRule): boolean {
  return unknownParts(rule).length > 0;
}

/** A stable text for comparing rules independent of where they came from. */
export function ruleSignature(rule: FirewallRule): string {
  const ports = rule.ports === UNKNOWN ? "?" : `${rule.ports.from}-${rule.ports.to}`;
  const protocol = rule.protocol === UNKNOWN ? "?" : String(rule.protocol);
  const action = rule.action === UNKNOWN ? "?" : rule.action;
  return `${rule.direction}|${action}|${protocol}|${ports}|${peerKey(rule.peer)}`;
}
