// The across-the-stack half of no-internet-ingress-to-restricted-ports (see
// no-any-any-ingress-across-rules for why it is a separate stack policy): restricted ports a
// group exposes to the internet only through rules of several resources together.
import { StackControl, stackPolicy } from "../lib/control";
import { judgeBounded } from "./judgments/bounded";
import { DEFAULT_RESTRICTED_PORTS, portListOf, thresholdsOf } from "./judgments/config";
import { restrictedAcrossFinder } from "./judgments/findings";
import { STANDALONE_SG_RULE_TYPES } from "../aws/network/rules-of";
import { RESTRICTED_PORTS_CONFIG, RESTRICTED_PORTS_META, RestrictedPortsConfig } from "./no-internet-ingress-to-restricted-ports";
import { securityGroupSets } from "./stack/rule-sets";

export const restrictedPortsAcrossRulesControl: StackControl<RestrictedPortsConfig> = {
  name: "no-internet-ingress-to-restricted-ports-across-rules",
  ...RESTRICTED_PORTS_META,
  description:
    "No security group's inbound rules, inline and attached together, expose a restricted port (config `ports`) to the internet where no single rule resource does. The stack half of no-internet-ingress-to-restricted-ports.",
  enforcementLevel: "mandatory",
  config: RESTRICTED_PORTS_CONFIG,
  types: STANDALONE_SG_RULE_TYPES,
  check(stack, config, judge) {
    const ports = portListOf(config.ports, DEFAULT_RESTRICTED_PORTS);
    const thresholds = thresholdsOf(config);
    for (const set of securityGroupSets(stack)) {
      if (set.members.length === 0) continue;
      judgeBounded(set.rules, "ingress", restrictedAcrossFinder(ports, thresholds, { label: set.label, urn: set.owner?.urn }), judge);
    }
  },
};

export const noInternetIngressToRestrictedPortsAcrossRules = stackPolicy(restrictedPortsAcrossRulesControl);
