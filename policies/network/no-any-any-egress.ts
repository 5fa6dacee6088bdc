// No outbound rule opens every port to the internet. Advisory: AWS's own default egress is
// all traffic to 0.0.0.0/0, and many workloads start there. A resource policy for single rules
// and unions within one resource; cross-resource unions are no-any-any-egress-across-rules.
import { resourcePolicy } from "../lib/control";
import { T } from "../aws/types";
import { judgeBounded } from "./judgments/bounded";
import { INTERNET_CONFIG, InternetConfig, thresholdsOf } from "./judgments/config";
import { wideOpenFinder } from "./judgments/findings";
import { firewallRulesOf } from "../aws/network/rules-of";

export const NO_ANY_ANY_EGRESS_META = {
  description:
    "No outbound security-group rule opens every port (all protocols, or every TCP or UDP port) to the internet; open egress lets a compromised host exfiltrate data and reach command-and-control servers.",
  severity: "low",
  domain: "network",
  // No CIS, FSBP or Control Tower control covers egress from ordinary groups (EC2.2 / CIS 5.4
  // cover only the default group, which default-security-group-restricts-all enforces), so
  // this guardrail claims no framework id rather than a misleading one.
  references: [],
  remediationSteps:
    "Allow only the destinations and ports the workload needs (for example tcp 443 to a prefix list or a VPC endpoint's security group), or route outbound traffic through a filtering proxy or NAT.",
} as const;

export const noAnyAnyEgress = resourcePolicy<InternetConfig>({
  name: "no-any-any-egress",
  ...NO_ANY_ANY_EGRESS_META,
  enforcementLevel: "advisory",
  config: { ...INTERNET_CONFIG },
  types: [T.securityGroup, T.defaultSecurityGroup, T.securityGroupRule, T.securityGroupEgressRule],
  check(resource, config, judge) {
    judgeBounded(firewallRulesOf(resource), "egress", wideOpenFinder("egress", thresholdsOf(config)), judge);
  },
});
