// Small builders for the web-entry-point resources the web policy tests use, so each test table
// shows only what differs between cases.
import { StackInput, urnOf } from "../../helpers/policy-harness";

export const LB = { lb: "aws:lb/loadBalancer:LoadBalancer", alb: "aws:alb/loadBalancer:LoadBalancer" } as const;
export const LISTENER = { lb: "aws:lb/listener:Listener", alb: "aws:alb/listener:Listener" } as const;
export const WAF = {
  acl: "aws:wafv2/webAcl:WebAcl",
  association: "aws:wafv2/webAclAssociation:WebAclAssociation",
  rule: "aws:wafv2/webAclRule:WebAclRule",
  ruleGroupAssociation: "aws:wafv2/webAclRuleGroupAssociation:WebAclRuleGroupAssociation",
} as const;

export function arnOfLb(name: string): string {
  return `arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/${name}/50dc6c495c0c9188`;
}

export function arnOfAcl(name: string): string {
  return `arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/${name}/a1b2c3d4`;
}

/** A load balancer as a stack export shows it: outputs with id and arn. */
export function loadBalancer(name: string, props: Record<string, unknown> = {}, type: string = LB.lb): StackInput {
  return { type, name, props: { id: arnOfLb(name), arn: arnOfLb(name), ...props } };
}

/** A WebAclAssociation naming the load balancer by ARN value (no property dependencies). */
export function associationByArn(name: string, resourceArn: unknown): StackInput {
  return { type: WAF.association, name, props: { resourceArn, webAclArn: arnOfAcl("acl") } };
}

/** A WebAclAssociation as a preview shows it: ARN unknown, the link carried by propertyDependencies. */
export function associationByDependency(name: string, lbType: string, lbName: string, resourceArn: unknown): StackInput {
  return {
    type: WAF.association,
    name,
    props: { resourceArn, webAclArn: arnOfAcl("acl") },
    propertyDependencies: { resourceArn: [urnOf(lbType, lbName)] },
  };
}

/** An inline web ACL rule running a managed rule group. */
export function managedRule(name: string, overrideAction: unknown = { none: {} }, extra: Record<string, unknown> = {}, vendorName = "AWS"): Record<string, unknown> {
  return {
    name: `rule-${name}`,
    priority: 1,
    overrideAction,
    statement: { managedRuleGroupStatement: { vendorName, name, ...extra } },
    visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true },
  };
}

export const CRS = "AWSManagedRulesCommonRuleSet";
export const KBI = "AWSManagedRulesKnownBadInputsRuleSet";

export function webAcl(name: string, props: Record<string, unknown> = {}): StackInput {
  return {
    type: WAF.acl,
    name,
    props: {
      id: `${name}-id`,
      arn: arnOfAcl(name),
      scope: "REGIONAL",
      defaultAction: { allow: {} },
      visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true },
      ...props,
    },
  };
}

/** Overrides switching the named rules to count. */
export function countOverrides(names: readonly string[]): Record<string, unknown>[] {
  return names.map((name) => ({ name, actionToUse: { count: {} } }));
}
