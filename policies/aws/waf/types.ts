// Type tokens and property names of WAF web ACLs, their rules and associations, checked against
// the @pulumi/aws v7 argument types at compile time (`satisfies`).
import type { WebAclArgs, WebAclAssociationArgs, WebAclRuleArgs, WebAclRuleGroupAssociationArgs } from "@pulumi/aws/wafv2";

export const WAF_T = {
  webAcl: "aws:wafv2/webAcl:WebAcl",
  webAclAssociation: "aws:wafv2/webAclAssociation:WebAclAssociation",
  /** v7: one rule of a web ACL managed as its own resource. */
  webAclRule: "aws:wafv2/webAclRule:WebAclRule",
  /** v7: a rule group (managed or custom) attached to a web ACL as its own resource. */
  webAclRuleGroupAssociation: "aws:wafv2/webAclRuleGroupAssociation:WebAclRuleGroupAssociation",
} as const;

export const WAF_PROPS = {
  rules: "rules",
  ruleJson: "ruleJson",
  aclName: "name",
} as const satisfies Record<string, keyof WebAclArgs>;

export const WAF_ASSOCIATION_PROPS = {
  resourceArn: "resourceArn",
  webAclArn: "webAclArn",
} as const satisfies Record<string, keyof WebAclAssociationArgs>;

export const WAF_RULE_PROPS = {
  webAclArn: "webAclArn",
  statement: "statement",
  overrideAction: "overrideAction",
} as const satisfies Record<string, keyof WebAclRuleArgs>;

export const WAF_RULE_GROUP_ASSOCIATION_PROPS = {
  webAclArn: "webAclArn",
  managedRuleGroup: "managedRuleGroup",
  overrideAction: "overrideAction",
  ruleName: "ruleName",
} as const satisfies Record<string, keyof WebAclRuleGroupAssociationArgs>;
