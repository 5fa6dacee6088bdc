// Type tokens and property names of the web entry points Rampart judges. Property names are
// checked against the @pulumi/aws v7 argument types at compile time (`satisfies`), so a renamed
// input breaks the build instead of silently never matching.
import type { ListenerArgs, LoadBalancerArgs } from "@pulumi/aws/lb";
import type { WebAclArgs, WebAclAssociationArgs, WebAclRuleArgs, WebAclRuleGroupAssociationArgs } from "@pulumi/aws/wafv2";

export { LB_TYPES, LISTENER_TYPES } from "../lib/types";

export const WEB_T = {
  webAcl: "aws:wafv2/webAcl:WebAcl",
  webAclAssociation: "aws:wafv2/webAclAssociation:WebAclAssociation",
  /** v7: one rule of a web ACL managed as its own resource. */
  webAclRule: "aws:wafv2/webAclRule:WebAclRule",
  /** v7: a rule group (managed or custom) attached to a web ACL as its own resource. */
  webAclRuleGroupAssociation: "aws:wafv2/webAclRuleGroupAssociation:WebAclRuleGroupAssociation",
} as const;

export const LB_PROPS = {
  loadBalancerType: "loadBalancerType",
  internal: "internal",
  dropInvalidHeaderFields: "dropInvalidHeaderFields",
} as const satisfies Record<string, keyof LoadBalancerArgs>;

export const LISTENER_PROPS = {
  protocol: "protocol",
  port: "port",
  sslPolicy: "sslPolicy",
  defaultActions: "defaultActions",
} as const satisfies Record<string, keyof ListenerArgs>;

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
