// Builders for the firewall shapes the tests use, so each case reads as the rule it describes.
import { T } from "../../../policies/aws/types";
import { urnOf } from "../../helpers/policy-harness";

export { T };

export interface Block {
  protocol?: unknown;
  fromPort?: unknown;
  toPort?: unknown;
  cidrBlocks?: unknown;
  ipv6CidrBlocks?: unknown;
  securityGroups?: unknown;
  prefixListIds?: unknown;
  self?: unknown;
  description?: unknown;
}

/** Drops keys whose value is undefined: the engine's wire format has no undefined (a missing property is absent). */
export function clean<V extends Record<string, unknown>>(value: V): V {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as V;
}

/** An inline security-group block (description set unless given). */
export function block(protocol: unknown, fromPort: unknown, toPort: unknown, peers: Partial<Block>): Block {
  return clean({ protocol, fromPort, toPort, description: "test rule", ...peers });
}

export const world4 = { cidrBlocks: ["0.0.0.0/0"] };
export const world6 = { ipv6CidrBlocks: ["::/0"] };

export function sg(ingress?: unknown, egress?: unknown) {
  const props: Record<string, unknown> = { description: "test group" };
  if (ingress !== undefined) props.ingress = ingress;
  if (egress !== undefined) props.egress = egress;
  return { type: T.securityGroup, name: "web", props };
}

export function sgRule(props: Record<string, unknown>) {
  return { type: T.securityGroupRule, name: "rule", props: clean({ securityGroupId: "sg-123", description: "test rule", ...props }) };
}

export function ingressRule(props: Record<string, unknown>) {
  return { type: T.securityGroupIngressRule, name: "in", props: clean({ securityGroupId: "sg-123", description: "test rule", ...props }) };
}

export function egressRule(props: Record<string, unknown>) {
  return { type: T.securityGroupEgressRule, name: "out", props: clean({ securityGroupId: "sg-123", description: "test rule", ...props }) };
}

/** A network ACL entry (inline shape). */
export function entry(ruleNo: unknown, action: unknown, protocol: unknown, fromPort: unknown, toPort: unknown, cidr: Record<string, unknown>) {
  return { ruleNo, action, protocol, fromPort, toPort, ...cidr };
}

/** A stack resource with an id output, linked to others through property dependencies. */
export function stackResource(type: string, name: string, props: Record<string, unknown>, propertyDependencies?: Record<string, string[]>) {
  return { type, name, urn: urnOf(type, name), props: clean(props), propertyDependencies };
}

export { urnOf };
