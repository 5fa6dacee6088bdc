// One entry point: every firewall shape, read into FirewallRules.
import type { ResourceView } from "../../lib/resource-view";
import { T } from "../types";
import { readNetworkAcl } from "./read-network-acl";
import { readNetworkAclRule } from "./read-network-acl-rule";
import { readSecurityGroup } from "./read-security-group";
import { readSecurityGroupRule } from "./read-security-group-rule";
import { readVpcSecurityGroupRule } from "./read-vpc-security-group-rule";
import { FirewallRule } from "./rule";

const READERS: Readonly<Record<string, (r: ResourceView) => FirewallRule[]>> = {
  [T.securityGroup]: readSecurityGroup,
  [T.defaultSecurityGroup]: readSecurityGroup,
  [T.securityGroupRule]: readSecurityGroupRule,
  [T.securityGroupIngressRule]: (r) => readVpcSecurityGroupRule(r, "ingress"),
  [T.securityGroupEgressRule]: (r) => readVpcSecurityGroupRule(r, "egress"),
  [T.networkAcl]: readNetworkAcl,
  [T.defaultNetworkAcl]: readNetworkAcl,
  [T.networkAclRule]: readNetworkAclRule,
};

/** Security-group shapes (allow-only, unordered). */
export const SECURITY_GROUP_TYPES = [T.securityGroup, T.defaultSecurityGroup, T.securityGroupRule, T.securityGroupIngressRule, T.securityGroupEgressRule] as const;
/** Groups that own rules, and the standalone resources that attach rules to them. */
export const GROUP_TYPES = [T.securityGroup, T.defaultSecurityGroup] as const;
export const STANDALONE_SG_RULE_TYPES = [T.securityGroupRule, T.securityGroupIngressRule, T.securityGroupEgressRule] as const;
export const ACL_TYPES = [T.networkAcl, T.defaultNetworkAcl] as const;

export function firewallRulesOf(resource: ResourceView): FirewallRule[] {
  const reader = READERS[resource.type];
  return reader ? reader(resource) : [];
}
