// Every VPC created in the stack has its default network ACL adopted (aws.ec2.DefaultNetworkAcl),
// so the stack, not AWS, decides its entries. Left alone it keeps AWS's default entries, which
// allow all inbound and outbound traffic (rule 100, and 101 for IPv6), for every subnet not
// associated with an ACL of its own:
// https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
// Mapped to CIS 5.1 (no ACL admits 22 or 3389 from 0.0.0.0/0 over TCP, UDP or ALL (-1), as
// AWS's entry 100 does) and its Security Hub counterpart EC2.21.
// Hygiene, advisory by default: an ACL is a second, stateless layer, and the instances behind
// it are still filtered by their security groups, which admit no inbound traffic until a rule
// allows it:
// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html
// ACLs the stack writes are judged by the nacl-* controls.
import { StackControl, stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { T } from "../aws/types";
import { readBool } from "../lib/values";
import { DEFAULT_ACL, knownString, unadoptedVpcs } from "./stack/default-adoption";

const FIX =
  "Adopt the VPC's default network ACL with aws.ec2.DefaultNetworkAcl (defaultNetworkAclId: vpc.defaultNetworkAclId) holding only the entries its subnets need, or none (everything denied), and associate each subnet with a purpose-made aws.ec2.NetworkAcl.";

/** AWS adds the IPv6 allow-all entry (101) to a VPC created with an IPv6 block. */
function hasIpv6(vpc: StackResource): boolean {
  return readBool(vpc.props.assignGeneratedIpv6CidrBlock) === true || knownString(vpc.props.ipv6CidrBlock) !== undefined;
}

export const vpcDefaultNaclControl: StackControl<Record<string, never>> = {
  name: "vpc-default-nacl-adopted",
  description:
    "Every VPC created in the stack has its default network ACL adopted by an aws.ec2.DefaultNetworkAcl; otherwise it keeps AWS's default entries, which allow all inbound and outbound traffic from and to anywhere for every subnet without an ACL of its own.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "network",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.21"] },
    { framework: "cis-aws", ids: ["5.1"] },
  ],
  remediationSteps: FIX,
  types: [T.vpc],
  check(stack, _config, judge) {
    for (const vpc of unadoptedVpcs(stack, DEFAULT_ACL, judge)) {
      // No CIDRs: messages redact every secret of the stack, and 0.0.0.0/0 often is one.
      const peers = hasIpv6(vpc) ? "any IPv4 address (rule 100) and any IPv6 address (rule 101)" : "any IPv4 address (rule 100)";
      judge.violation(
        `VPC "${vpc.name}" is created without adopting its default network ACL, which keeps AWS's default entries: all traffic on every port, in from and out to ${peers}. ${FIX}`,
        vpc.urn,
      );
    }
  },
};

export const vpcDefaultNaclAdopted = stackPolicy(vpcDefaultNaclControl);
