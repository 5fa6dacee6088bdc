import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

// A VPC as the provider reports it: its id and its default ACL's id.
const vpc = (name: string, props: Record<string, unknown> = {}) => ({
  type: T.vpc,
  name,
  props: { cidrBlock: "10.0.0.0/16", ...props },
  outputs: { id: `vpc-0${name}`, cidrBlock: "10.0.0.0/16", defaultNetworkAclId: `acl-0default-${name}`, ...props },
});
/** aws.ec2.DefaultNetworkAcl({ defaultNetworkAclId: vpc.defaultNetworkAclId, ... }), here by value. */
const adopter = (vpcName: string, ingress: Record<string, unknown>[] = []) => ({
  type: T.defaultNetworkAcl,
  name: `${vpcName}-default-acl`,
  props: { defaultNetworkAclId: `acl-0default-${vpcName}`, ingress, egress: [] },
});

export const examples = policyExamples({
  policy: "vpc-default-nacl-adopted",
  good: [
    {
      title: "a VPC whose default ACL is adopted with no entries (everything denied)",
      resources: [vpc("main"), adopter("main")],
    },
    {
      title: "adopted with entries for what the subnets need",
      resources: [vpc("main"), adopter("main", [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "10.0.0.0/16" }])],
    },
    {
      title: "two VPCs, both default ACLs adopted",
      resources: [vpc("main"), adopter("main"), vpc("batch"), adopter("batch")],
    },
  ],
  bad: [
    {
      title: "a VPC created without adopting its default ACL keeps AWS's allow-all entries",
      resources: [vpc("main")],
      violations: ["main"],
      message: /^VPC "main" is created without adopting its default network ACL, which keeps AWS's default entries: all traffic on every port, in from and out to any IPv4 address \(rule 100\)\./,
    },
    {
      title: "an IPv6 VPC left unadopted keeps the IPv6 allow-all entry too",
      resources: [vpc("dual", { assignGeneratedIpv6CidrBlock: true })],
      violations: ["dual"],
      message: /any IPv6 address \(rule 101\)/,
    },
    {
      title: "NetworkAclRules aimed at the default ACL do not adopt it: AWS's entries stay",
      resources: [
        vpc("main"),
        { type: T.networkAclRule, name: "deny-ssh", props: { networkAclId: "acl-0default-main", ruleNumber: 50, egress: false, ruleAction: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" } },
      ],
      violations: ["main"],
    },
    {
      title: "one VPC adopted, the other not",
      resources: [vpc("main"), adopter("main"), vpc("batch")],
      violations: ["batch"],
    },
  ],
  unknown: [
    {
      title: "a DefaultNetworkAcl whose defaultNetworkAclId is computed during preview may adopt the VPC's",
      resources: [vpc("main"), { type: T.defaultNetworkAcl, name: "default-acl", props: { defaultNetworkAclId: UNKNOWN_SENTINELS.string, ingress: [], egress: [] } }],
    },
  ],
});
