// The across-the-stack half of no-any-any-ingress. A policy object is either a resource or a
// stack policy, and this part needs the stack: standalone rule resources join the group they
// target, and each group's whole rule set (inline plus attached) is judged. It reports only
// what no single resource shows on its own (rules that only together open every port), on the
// group, naming the contributing rules; single rules and in-resource unions stay with the
// resource policy, which can block before creation.
import { StackControl, stackPolicy } from "../lib/control";
import { judgeBounded } from "./judgments/bounded";
import { INTERNET_CONFIG, InternetConfig, thresholdsOf } from "./judgments/config";
import { wideOpenAcrossFinder } from "./judgments/findings";
import { STANDALONE_SG_RULE_TYPES } from "../aws/network/rules-of";
import { NO_ANY_ANY_INGRESS_META } from "./no-any-any-ingress";
import { securityGroupSets } from "./stack/rule-sets";

export const anyAnyIngressAcrossRulesControl: StackControl<InternetConfig> = {
  name: "no-any-any-ingress-across-rules",
  ...NO_ANY_ANY_INGRESS_META,
  description:
    "No security group's inbound rules, inline and attached by standalone rule resources together, open every port to the internet (for example tcp 0-32767 plus 32768-65535 from 0.0.0.0/0, or all traffic from 1.0.0.0/9 plus 1.128.0.0/9; a rule that alone is the internet, such as 0.0.0.0/1, is no-any-any-ingress's). The stack half of no-any-any-ingress.",
  enforcementLevel: "mandatory",
  config: { ...INTERNET_CONFIG },
  types: STANDALONE_SG_RULE_TYPES,
  check(stack, config, judge) {
    const thresholds = thresholdsOf(config);
    for (const set of securityGroupSets(stack)) {
      if (set.members.length === 0) continue; // nothing beyond what the resource policy sees
      judgeBounded(set.rules, "ingress", wideOpenAcrossFinder("ingress", thresholds, { label: set.label, urn: set.owner?.urn }), judge);
    }
  },
};

export const noAnyAnyIngressAcrossRules = stackPolicy(anyAnyIngressAcrossRulesControl);
