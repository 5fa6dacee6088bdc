// Every security-group rule says what it is for. A resource policy: a rule's description is
// on the rule itself (inline block or rule resource).
import { resourcePolicy } from "../lib/control";
import { T } from "../aws/types";
import { isUnknown } from "../lib/unknown";
import { readString } from "../lib/values";
import { firewallRulesOf } from "../aws/network/rules-of";
import { isUnknownList, ruleLabel } from "../aws/network/rule";

export const securityGroupRuleDescriptions = resourcePolicy<Record<string, never>>({
  name: "security-group-rule-descriptions",
  description: "Every security-group rule (inline block or rule resource) has a description, so reviews and audits can tell a needed rule from a leftover.",
  severity: "low",
  enforcementLevel: "advisory",
  domain: "network",
  // No CIS, FSBP or Control Tower control asks for rule descriptions; a Rampart guardrail.
  references: [],
  remediationSteps: "Set `description` on every rule: who connects, to what, and why (for example \"HTTPS from the public ALB\").",
  types: [T.securityGroup, T.defaultSecurityGroup, T.securityGroupRule, T.securityGroupIngressRule, T.securityGroupEgressRule],
  check(resource, _config, judge) {
    // One verdict per block or rule resource, not per peer of a block.
    const seen = new Set<string>();
    for (const rule of firewallRulesOf(resource)) {
      const where = ruleLabel(rule);
      if (seen.has(where)) continue;
      seen.add(where);
      if (isUnknownList(rule) || isUnknown(rule.origin.description)) {
        judge.unknown(`${where} description`);
        continue;
      }
      const text = readString(rule.origin.description);
      if (typeof text !== "string" || text.trim() === "") {
        judge.violation(`${where} has no description. Set \`description\` to say who connects, to what, and why (for example "HTTPS from the public ALB").`);
      }
    }
  },
});
