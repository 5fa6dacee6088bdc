// The load-balancer graph, built once per stack: each balancer with its listeners, the rules and
// certificates of those listeners, and the WAF web ACL associations that protect it.
// References resolve through propertyDependencies first, then by ARN or id. Associations whose
// target is unknown during preview, and linked by no dependency, are counted: they may protect
// any balancer.
import type { StackResource } from "../../lib/resource-view";
import { type StackModel, perStack } from "../../lib/stack-model";
import { backReferences } from "../back-references";
import { WAF_ASSOCIATION_PROPS, WAF_T } from "../waf/types";
import { LB_TYPES, LISTENER_CERTIFICATE_TYPES, LISTENER_RULE_TYPES, LISTENER_TYPES } from "./types";

export interface LoadBalancerGraph {
  readonly balancers: readonly StackResource[];
  listenersOf(balancer: StackResource): readonly StackResource[];
  /** The ListenerRule resources of a listener. */
  rulesOf(listener: StackResource): readonly StackResource[];
  /** How many listener rules name a listener unknown during preview. */
  readonly unresolvedRules: number;
  /** Extra certificates (ListenerCertificate resources) a listener serves besides its own certificateArn. */
  certificatesOf(listener: StackResource): readonly StackResource[];
  webAclAssociationsOf(balancer: StackResource): readonly StackResource[];
  /** How many web ACL associations target a resource unknown during preview. */
  readonly unresolvedWebAclAssociations: number;
}

export const loadBalancerGraphOf = perStack((stack: StackModel): LoadBalancerGraph => {
  const listeners = backReferences(stack, stack.ofType(...LISTENER_TYPES), "loadBalancerArn", LB_TYPES);
  const rules = backReferences(stack, stack.ofType(...LISTENER_RULE_TYPES), "listenerArn", LISTENER_TYPES);
  const certificates = backReferences(stack, stack.ofType(...LISTENER_CERTIFICATE_TYPES), "listenerArn", LISTENER_TYPES);
  const associations = backReferences(stack, stack.ofType(WAF_T.webAclAssociation), WAF_ASSOCIATION_PROPS.resourceArn, LB_TYPES);
  return {
    balancers: stack.ofType(...LB_TYPES),
    listenersOf: listeners.of,
    rulesOf: rules.of,
    unresolvedRules: rules.unresolved,
    certificatesOf: certificates.of,
    webAclAssociationsOf: associations.of,
    unresolvedWebAclAssociations: associations.unresolved,
  };
});
