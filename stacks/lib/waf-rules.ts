// WAFv2 rule definitions as data. AWS's Core rule set covers the OWASP Top Ten; KnownBadInputs
// and SQLi add exploit signatures and SQL injection (WAF.10, ELB.16 and the pack's
// `waf-owasp-managed-rules`). Rule groups run with their own actions (overrideAction none),
// never in count mode, which would only watch.
import type * as aws from "@pulumi/aws";

export type WebAclRule = aws.types.input.wafv2.WebAclRule;

/** The managed rule groups every Rampart web ACL carries. */
export const BASELINE_MANAGED_RULE_GROUPS: readonly string[] = [
  "AWSManagedRulesCommonRuleSet",
  "AWSManagedRulesKnownBadInputsRuleSet",
  "AWSManagedRulesSQLiRuleSet",
];

function visibility(metricName: string) {
  return { cloudwatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName };
}

/** One rule per AWS managed rule group, in the given order, with priorities 10, 20, 30, … */
export function managedRuleGroupRules(groups: readonly string[]): WebAclRule[] {
  return [...new Set(groups)].map((group, i) => ({
    name: group,
    priority: (i + 1) * 10,
    overrideAction: { none: {} },
    statement: { managedRuleGroupStatement: { vendorName: "AWS", name: group } },
    visibilityConfig: visibility(group),
  }));
}

/** A rule that blocks a client IP sending more than `limit` requests in 5 minutes. */
export function rateLimitRule(limit: number, priority: number): WebAclRule {
  return {
    name: "RateLimitPerClientIp",
    priority,
    action: { block: {} },
    statement: { rateBasedStatement: { limit, aggregateKeyType: "IP" } },
    visibilityConfig: visibility("RateLimitPerClientIp"),
  };
}

export { visibility as wafVisibility };
