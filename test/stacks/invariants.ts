// Properties that must hold across a whole program built from Rampart's components, checked on
// the recorded registrations (the same inputs the policy pack sees in per-resource analysis).
import { Registered, ofType } from "./mock-aws";

export const SG = "aws:ec2/securityGroup:SecurityGroup";
export const SG_INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
export const SG_EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
export const SG_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";

export interface FlatRule {
  owner: string;
  direction: "ingress" | "egress";
  from: number;
  to: number;
  protocol: string;
  cidrs: string[];
  description?: string;
}

/** Every security group rule of the program, inline or standalone, in one shape. */
export function securityGroupRules(registered: Registered[]): FlatRule[] {
  const rules: FlatRule[] = [];
  for (const g of ofType(registered, SG)) {
    for (const direction of ["ingress", "egress"] as const) {
      for (const r of (g.inputs[direction] ?? []) as any[]) {
        rules.push({ owner: g.name, direction, from: r.fromPort, to: r.toPort, protocol: String(r.protocol), cidrs: [...(r.cidrBlocks ?? []), ...(r.ipv6CidrBlocks ?? [])], description: r.description });
      }
    }
  }
  for (const r of [...ofType(registered, SG_INGRESS), ...ofType(registered, SG_EGRESS)]) {
    rules.push({
      owner: r.name,
      direction: r.type === SG_INGRESS ? "ingress" : "egress",
      from: r.inputs.fromPort ?? 0,
      to: r.inputs.toPort ?? 65535,
      protocol: String(r.inputs.ipProtocol),
      cidrs: [r.inputs.cidrIpv4, r.inputs.cidrIpv6].filter((c): c is string => typeof c === "string"),
      description: r.inputs.description,
    });
  }
  for (const r of ofType(registered, SG_RULE)) {
    rules.push({ owner: r.name, direction: r.inputs.type, from: r.inputs.fromPort, to: r.inputs.toPort, protocol: String(r.inputs.protocol), cidrs: [...(r.inputs.cidrBlocks ?? []), ...(r.inputs.ipv6CidrBlocks ?? [])], description: r.inputs.description });
  }
  return rules;
}

export const isWorld = (cidr: string) => cidr === "0.0.0.0/0" || cidr === "::/0";
export const covers = (rule: { from: number; to: number; protocol: string }, port: number) =>
  rule.protocol === "-1" || rule.protocol === "all" || (port >= rule.from && port <= rule.to);
