// The across-the-stack half of no-any-any-egress (see no-any-any-ingress-across-rules).
import { StackControl, stackPolicy } from "../lib/control";
import { judgeBounded } from "./judgments/bounded";
import { INTERNET_CONFIG, InternetConfig, thresholdsOf } from "./judgments/config";
import { wideOpenAcrossFinder } from "./judgments/findings";
import { STANDALONE_SG_RULE_TYPES } from "../aws/network/rules-of";
import { NO_ANY_ANY_EGRESS_META } from "./no-any-any-egress";
import { securityGroupSets } from "./stack/rule-sets";

export const anyAnyEgressAcrossRulesControl: StackControl<InternetConfig> = {
  name: "no-any-any-egress-across-rules",
  ...NO_ANY_ANY_EGRESS_META,
  description:
    "No security group's outbound rules, inline and attached together, open every port to the internet where no single resource does. The stack half of no-any-any-egress.",
  enforcementLevel: "advisory",
  config: { ...INTERNET_CONFIG },
  types: STANDALONE_SG_RULE_TYPES,
  check(stack, config, judge) {
    const thresholds = thresholdsOf(config);
    for (const set of securityGroupSets(stack)) {
      if (set.members.length === 0) continue;
      judgeBounded(set.rules, "egress", wideOpenAcrossFinder("egress", thresholds, { label: set.label, urn: set.owner?.urn }), judge);
    }
  },
};

export const noAnyAnyEgressAcrossRules = stackPolicy(anyAnyEgressAcrossRulesControl);
