// Rule builders for stateless network ACLs. A NACL sees replies as new inbound traffic, so
// return traffic needs port ranges; these are cut around the restricted ports so that no
// admin or data port is ever open from the internet, without spending a deny rule per port.
import type * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { PortRange, rangesExcluding } from "./port-ranges";

export type NaclRule = aws.types.input.ec2.NetworkAclIngress;

export const INTERNET_IPV4 = "0.0.0.0/0";

/** An allow rule for TCP ports `range` between this subnet and `cidrBlock`. */
export function allowTcp(ruleNo: number, cidrBlock: pulumi.Input<string>, range: PortRange): NaclRule {
  return { ruleNo, action: "allow", protocol: "tcp", cidrBlock, fromPort: range.from, toPort: range.to };
}

/** Allow rules for `range` from/to `cidrBlock`, skipping `excluded` ports, numbered from `firstRuleNo` in steps of 10. */
export function allowTcpExcept(
  firstRuleNo: number,
  cidrBlock: pulumi.Input<string>,
  range: PortRange,
  excluded: readonly number[],
): NaclRule[] {
  return rangesExcluding(range, excluded).map((r, i) => allowTcp(firstRuleNo + i * 10, cidrBlock, r));
}

export function port(p: number): PortRange {
  return { from: p, to: p };
}
