import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { KNOWN_MANAGED_RULES } from "../aws/waf/managed-rule-groups";

const ACL = "aws:wafv2/webAcl:WebAcl";
const CRS = "AWSManagedRulesCommonRuleSet";
const KBI = "AWSManagedRulesKnownBadInputsRuleSet";
const ACL_ARN = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/edge/a1b2c3d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d";

function visibility(metricName: string) {
  return { cloudwatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true };
}

/** An inline rule running an AWS managed rule group; overrideAction { none: {} } lets it block. */
function managed(name: string, priority: number, overrideAction: unknown = { none: {} }, extra: Record<string, unknown> = {}) {
  return { name, priority, overrideAction, statement: { managedRuleGroupStatement: { vendorName: "AWS", name, ...extra } }, visibilityConfig: visibility(name) };
}

const RATE_LIMIT = { name: "rate-limit", priority: 0, action: { block: {} }, statement: { rateBasedStatement: { limit: 2000, aggregateKeyType: "IP" } }, visibilityConfig: visibility("rate-limit") };

function webAcl(name: string, inputs: Record<string, unknown>) {
  return { type: ACL, name, props: { scope: "REGIONAL", defaultAction: { allow: {} }, visibilityConfig: visibility(name), ...inputs } };
}

/** A deployed web ACL: its outputs add the id and the ARN that standalone rule resources name. */
function deployedWebAcl(name: string, id: string, arn: string) {
  const acl = webAcl(name, {});
  return { ...acl, outputs: { ...acl.props, id, arn } };
}

export const examples = policyExamples({
  policy: "waf-owasp-managed-rules",
  good: [
    {
      title: "a web ACL that runs the Core and Known bad inputs rule sets to block",
      resources: [webAcl("edge", { rules: [RATE_LIMIT, managed(CRS, 1), managed(KBI, 2)] })],
    },
    {
      title: "a web ACL tuned by switching two Core rules to count, the group still blocking",
      resources: [
        webAcl("edge", {
          rules: [managed(CRS, 1, { none: {} }, { ruleActionOverrides: [{ name: "SizeRestrictions_BODY", actionToUse: { count: {} } }, { name: "NoUserAgent_HEADER", actionToUse: { count: {} } }] }), managed(KBI, 2)],
        }),
      ],
    },
    {
      title: "a deployed web ACL whose groups are attached as v7 WebAclRuleGroupAssociation resources",
      resources: [
        deployedWebAcl("edge", "a1b2c3d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", ACL_ARN),
        { type: "aws:wafv2/webAclRuleGroupAssociation:WebAclRuleGroupAssociation", name: "edge-crs", props: { ruleName: "crs", priority: 10, webAclArn: ACL_ARN, managedRuleGroup: { vendorName: "AWS", name: CRS } } },
        { type: "aws:wafv2/webAclRuleGroupAssociation:WebAclRuleGroupAssociation", name: "edge-kbi", props: { ruleName: "kbi", priority: 20, webAclArn: ACL_ARN, overrideAction: "none", managedRuleGroup: { vendorName: "AWS", name: KBI } } },
      ],
    },
    {
      title: "a web ACL that also runs the SQL database rule set, when requiredRuleGroups adds it",
      config: { requiredRuleGroups: [CRS, KBI, "AWSManagedRulesSQLiRuleSet"] },
      resources: [webAcl("edge", { rules: [managed(CRS, 1), managed(KBI, 2), managed("AWSManagedRulesSQLiRuleSet", 3)] })],
    },
  ],
  bad: [
    {
      title: "a web ACL with only a rate limit runs neither baseline rule set",
      resources: [webAcl("edge", { rules: [RATE_LIMIT] })],
      violations: ["edge"],
      message: /Web ACL "edge" does not include the AWS managed rule group AWSManagedRules(CommonRuleSet|KnownBadInputsRuleSet)/,
    },
    {
      title: "the Core rule set in count mode matches attacks but blocks none",
      resources: [webAcl("edge", { rules: [managed(CRS, 1, { count: {} }), managed(KBI, 2)] })],
      violations: ["edge"],
      message: /runs the AWS managed rule group AWSManagedRulesCommonRuleSet in count mode \(rules\[0\]\)/,
    },
    {
      title: "every known rule of Known bad inputs overridden to count disarms the group",
      resources: [
        webAcl("edge", {
          rules: [managed(CRS, 1), managed(KBI, 2, { none: {} }, { ruleActionOverrides: KNOWN_MANAGED_RULES[KBI].map((name) => ({ name, actionToUse: { count: {} } })) })],
        }),
      ],
      violations: ["edge"],
      message: /AWSManagedRulesKnownBadInputsRuleSet in count mode/,
    },
    {
      title: "a web ACL without the SQL database rule set, when requiredRuleGroups adds it",
      config: { requiredRuleGroups: [CRS, KBI, "AWSManagedRulesSQLiRuleSet"] },
      resources: [webAcl("edge", { rules: [managed(CRS, 1), managed(KBI, 2)] })],
      violations: ["edge"],
      message: /does not include the AWS managed rule group AWSManagedRulesSQLiRuleSet/,
    },
  ],
  unknown: [
    {
      title: "a web ACL whose rules are computed during preview",
      resources: [webAcl("edge", { rules: UNKNOWN_SENTINELS.array })],
    },
    {
      title: "Known bad inputs attached by a rule group association whose web ACL is computed during preview",
      resources: [
        webAcl("edge", { rules: [managed(CRS, 1)] }),
        { type: "aws:wafv2/webAclRuleGroupAssociation:WebAclRuleGroupAssociation", name: "edge-kbi", props: { ruleName: "kbi", priority: 20, webAclArn: UNKNOWN_SENTINELS.string, managedRuleGroup: { vendorName: "AWS", name: KBI } } },
      ],
    },
    {
      title: "the Core rule set's overrideAction computed during preview",
      resources: [webAcl("edge", { rules: [managed(CRS, 1, UNKNOWN_SENTINELS.object), managed(KBI, 2)] })],
    },
  ],
});
