// Message pieces: how a rule, a source and a set of sources read in a finding, and the advice
// that says how to fix it.
import { Box } from "../algebra/boxes";
import { Interval } from "../../aws/network/interval-set";
import { Family, familyMax } from "../../aws/network/cidr";
import { InternetThresholds, internetLabel } from "../../aws/network/internet";
import { peerLabel } from "../../aws/network/peer";
import { FirewallRule, ruleLabel, ruleLocation, trafficLabel } from "../../aws/network/rule";

export const FIX_INGRESS =
  "Restrict the source to your office or VPN CIDR, or put the service behind a load balancer and allow only the load balancer's security group; use SSM Session Manager instead of opening SSH or RDP.";
export const FIX_EGRESS =
  "Allow only the destinations and ports the workload needs (for example tcp 443 to a prefix list or VPC endpoint), or send outbound traffic through a proxy or NAT with egress filtering.";
export const FIX_ACL =
  "Add a lower-numbered deny entry for these ports from 0.0.0.0/0 and ::/0, or narrow the allow entry's CIDR and port range; keep administration on SSM Session Manager.";

/** The source of a rule as a message shows it. */
export function sourceLabel(rule: FirewallRule): string {
  return rule.peer.kind === "cidr" ? internetLabel(rule.peer) : peerLabel(rule.peer);
}

/** `ingress[0] (tcp ports 0-32767 from 0.0.0.0/0)`, with the resource named unless it is `within`. */
export function ruleSummary(rule: FirewallRule, within?: string): string {
  const where = rule.origin.urn === within ? ruleLocation(rule) || "the rule" : ruleLabel(rule);
  const action = rule.action === "deny" ? "denies" : "";
  const from = rule.direction === "ingress" ? "from" : "to";
  return `${where} (${action ? `${action} ` : ""}${trafficLabel(rule)} ${from} ${peerLabel(rule.peer)})`;
}

const MAX_LISTED = 8;

/** The distinct rules behind some boxes, summarised, at most MAX_LISTED. */
export function rulesSummary(boxes: readonly Box[], within?: string): string {
  const rules = [...new Set(boxes.map((b) => b.rule))];
  const shown = rules.slice(0, MAX_LISTED).map((r) => ruleSummary(r, within));
  const more = rules.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

/** How a set of peers that is the internet reads: sources for ingress, destinations for egress. */
export function openSetLabel(family: Family, open: readonly Interval[], thresholds: InternetThresholds, peers: "sources" | "destinations" = "sources"): string {
  const name = family === 4 ? "IPv4" : "IPv6";
  if (open.length === 1 && open[0][0] === 0n && open[0][1] === familyMax(family)) return `any ${name} address (${family === 4 ? "0.0.0.0/0" : "::/0"})`;
  return `${name} ${peers} whose public part spans at least a /${family === 4 ? thresholds.v4 : thresholds.v6} (the internet)`;
}

/** `22, 3389 and 4 more`. */
export function portList(ports: readonly number[], max = 12): string {
  const shown = ports.slice(0, max).join(", ");
  return ports.length > max ? `${shown} and ${ports.length - max} more` : shown;
}

export function protocolsLabel(protocols: readonly number[]): string {
  return protocols.map((p) => (p === 6 ? "tcp" : p === 17 ? "udp" : `protocol ${p}`)).join(" and ");
}
