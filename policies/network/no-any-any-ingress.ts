// No inbound rule opens every port to the internet. A resource policy, so a mandatory finding
// blocks the rule before AWS creates it: it judges each rule on its own and the union of the
// rules one resource shows (several inline blocks, or several CIDRs in one rule resource).
// Unions that need rules from several resources attached to one group are the stack policy
// no-any-any-ingress-across-rules, which leaves out whatever a single resource already shows.
import { resourcePolicy } from "../lib/control";
import { T } from "../aws/types";
import { judgeBounded } from "./judgments/bounded";
import { INTERNET_CONFIG, InternetConfig, thresholdsOf } from "./judgments/config";
import { wideOpenFinder } from "./judgments/findings";
import { firewallRulesOf } from "../aws/network/rules-of";

export const NO_ANY_ANY_INGRESS_META = {
  description:
    "No inbound security-group rule opens every port (all protocols, or every TCP or UDP port) to the internet: 0.0.0.0/0, ::/0 in any spelling, or a public range at least as wide as the configured prefix. `self` beside a world-open CIDR does not hide it.",
  severity: "critical",
  domain: "network",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.18", "EC2.19"] },
    { framework: "aws-ct", ids: ["CT.EC2.PR.3"] },
    { framework: "cis-aws", ids: ["5.2", "5.3"] },
  ],
  remediationSteps:
    "Replace the rule with rules for the ports the service needs, from known sources: your office or VPN CIDR, or the security group of the load balancer in front of the service. For administration use SSM Session Manager instead of opening SSH or RDP.",
} as const;

export const noAnyAnyIngress = resourcePolicy<InternetConfig>({
  name: "no-any-any-ingress",
  ...NO_ANY_ANY_INGRESS_META,
  enforcementLevel: "mandatory",
  config: { ...INTERNET_CONFIG },
  types: [T.securityGroup, T.defaultSecurityGroup, T.securityGroupRule, T.securityGroupIngressRule],
  check(resource, config, judge) {
    judgeBounded(firewallRulesOf(resource), "ingress", wideOpenFinder("ingress", thresholdsOf(config)), judge);
  },
});
