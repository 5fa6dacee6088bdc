// No admin or data port reachable from the internet. A resource policy (it blocks before the
// rule exists): a rule whose port range touches a listed port, with protocol tcp, udp or all,
// from an internet source; and unions within one resource. Cross-resource unions are the stack
// policy no-internet-ingress-to-restricted-ports-across-rules.
import { resourcePolicy } from "../lib/control";
import { T } from "../aws/types";
import { judgeBounded } from "./judgments/bounded";
import { DEFAULT_RESTRICTED_PORTS, INTERNET_CONFIG, InternetConfig, PORTS_CONFIG, portListOf, thresholdsOf } from "./judgments/config";
import { restrictedFinder } from "./judgments/findings";
import { firewallRulesOf } from "../aws/network/rules-of";

export interface RestrictedPortsConfig extends InternetConfig {
  ports: number[];
}

export const RESTRICTED_PORTS_META = {
  description:
    "No inbound rule exposes an administration or database port (config `ports`) to the internet; a port range that spans a listed port counts, and so does protocol all (-1).",
  severity: "high",
  domain: "network",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.19", "EC2.13", "EC2.14", "EC2.53", "EC2.54"] },
    { framework: "aws-ct", ids: ["CT.EC2.PR.4"] },
    { framework: "cis-aws", ids: ["5.2", "5.3"] },
  ],
  remediationSteps:
    "Restrict the rule's source to your office or VPN CIDR or to another security group, or put the service behind a load balancer; narrow port ranges so they do not span admin or database ports; use SSM Session Manager instead of SSH or RDP.",
} as const;

export const RESTRICTED_PORTS_CONFIG = {
  ports: PORTS_CONFIG("Ports that must never be reachable from the internet (admin and data ports).", DEFAULT_RESTRICTED_PORTS),
  ...INTERNET_CONFIG,
};

export const noInternetIngressToRestrictedPorts = resourcePolicy<RestrictedPortsConfig>({
  name: "no-internet-ingress-to-restricted-ports",
  ...RESTRICTED_PORTS_META,
  enforcementLevel: "mandatory",
  config: RESTRICTED_PORTS_CONFIG,
  types: [T.securityGroup, T.defaultSecurityGroup, T.securityGroupRule, T.securityGroupIngressRule],
  check(resource, config, judge) {
    const ports = portListOf(config.ports, DEFAULT_RESTRICTED_PORTS);
    judgeBounded(firewallRulesOf(resource), "ingress", restrictedFinder(ports, thresholdsOf(config)), judge);
  },
});
