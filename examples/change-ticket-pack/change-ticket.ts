// ACME's own control: a security group that admits traffic from the internet must carry the
// change ticket that approved the exposure. Written with Rampart's builder and firewall model, so
// it gets config defaults, exceptions, preview unknowns and secret-safe messages for free.
import { DEFAULT_THRESHOLDS, FirewallRule, T, at, firewallRulesOf, isInternetCidr, isUnknown, readString, resourceLabel, resourcePolicy } from "rampart/policies";

export interface ChangeTicketConfig {
  tagKey: string;
}

const fromInternet = (rule: FirewallRule) => rule.direction === "ingress" && rule.peer.kind === "cidr" && isInternetCidr(rule.peer, DEFAULT_THRESHOLDS);
const peerUnknown = (rule: FirewallRule) => rule.direction === "ingress" && rule.peer.kind === "unknown" && rule.peer.reason === "unknown";

export const internetRulesCarryChangeTicket = resourcePolicy<ChangeTicketConfig>({
  name: "internet-rules-carry-change-ticket",
  description: "Every security group whose rules admit traffic from the internet carries a change-ticket tag naming the approval.",
  severity: "medium",
  enforcementLevel: "mandatory",
  domain: "network",
  references: [],
  remediationSteps: "Tag the security group with the change ticket that approved its exposure to the internet (tag key from config `tagKey`).",
  config: { tagKey: { type: "string", minLength: 1, default: "change-ticket", description: "The tag key that names the approving change ticket." } },
  types: [T.securityGroup],
  check(resource, config, judge) {
    const rules = firewallRulesOf(resource);
    if (!rules.some(fromInternet)) {
      if (rules.some(peerUnknown)) judge.unknown("the sources of its inbound rules");
      return;
    }
    const ticket = at(resource.props, "tags", config.tagKey);
    if (isUnknown(ticket)) return judge.unknown(`tag ${config.tagKey}`);
    const text = readString(ticket);
    if (typeof text !== "string" || text.trim() === "") {
      judge.violation(`${resourceLabel(resource)} admits traffic from the internet but has no \`${config.tagKey}\` tag; tag it with the change ticket that approved the exposure.`);
    }
  },
});
