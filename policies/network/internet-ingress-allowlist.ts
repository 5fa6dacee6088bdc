// Internet ingress only to allowlisted ports (FSBP EC2.18: 80 and 443 by default). A resource
// policy judging each rule on its own: a rule either stays inside the allowlist or it does not,
// so unions add nothing here.
import { resourcePolicy } from "../lib/control";
import { T } from "../aws/types";
import { readBool } from "../lib/values";
import { Box } from "./algebra/boxes";
import { Finding, RuleIds, judgeBounded } from "./judgments/bounded";
import { DEFAULT_ALLOWED_PORTS, INTERNET_CONFIG, InternetConfig, PORTS_CONFIG, portListOf, thresholdsOf } from "./judgments/config";
import { beyondAllowlist } from "./judgments/allowlist";
import { FIX_INGRESS, portList, sourceLabel } from "./judgments/describe";
import { firewallRulesOf } from "../aws/network/rules-of";
import { FirewallRule, ruleLabel, trafficLabel } from "../aws/network/rule";

interface AllowlistConfig extends InternetConfig {
  allowedPorts: number[];
  allowIcmp: boolean;
}

export const internetIngressAllowlist = resourcePolicy<AllowlistConfig>({
  name: "internet-ingress-allowlist",
  description:
    "Inbound rules from the internet open only allowlisted TCP/UDP ports (config `allowedPorts`, default 80 and 443); anything else reachable from the internet must come from known sources.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "network",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.18"] },
    { framework: "aws-ct", ids: ["CT.EC2.PR.3"] },
  ],
  remediationSteps:
    "Open only the allowlisted ports to the internet (usually 443 on a load balancer); serve other ports to known CIDRs or security groups, or add the port to allowedPorts if it is meant to be public.",
  config: {
    allowedPorts: PORTS_CONFIG("TCP/UDP ports that may be open to the internet.", DEFAULT_ALLOWED_PORTS),
    allowIcmp: { type: "boolean", default: true, description: "Whether ICMP/ICMPv6 from the internet is acceptable (path MTU discovery needs it)." },
    ...INTERNET_CONFIG,
  },
  types: [T.securityGroup, T.defaultSecurityGroup, T.securityGroupRule, T.securityGroupIngressRule],
  check(resource, config, judge) {
    const allowed = portListOf(config.allowedPorts, DEFAULT_ALLOWED_PORTS);
    const allowIcmp = readBool(config.allowIcmp) !== false;
    const thresholds = thresholdsOf(config);
    const find = (boxes: Box[], _bound: unknown, idOf: RuleIds): Finding[] => {
      const beyond = new Map<FirewallRule, string>();
      for (const b of boxes) {
        const text = beyondAllowlist(b, allowed, allowIcmp, thresholds);
        if (text && !beyond.has(b.rule)) beyond.set(b.rule, text);
      }
      return [...beyond.entries()].map(([rule, text]) => ({
        key: `rule:${idOf(rule)}`,
        message:
          `${ruleLabel(rule)} allows ${trafficLabel(rule)} from ${sourceLabel(rule)}, which opens ${text} to the internet; ` +
          `only ${allowed.length ? `port${allowed.length > 1 ? "s" : ""} ${portList(allowed)}` : "no ports"} may be (config allowedPorts). ${FIX_INGRESS}`,
      }));
    };
    judgeBounded(firewallRulesOf(resource), "ingress", find, judge);
  },
});
