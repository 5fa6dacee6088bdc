import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

// A VPC as the provider reports it: its id and its default group's id.
const vpc = (name: string) => ({
  type: T.vpc,
  name,
  props: { cidrBlock: "10.0.0.0/16" },
  outputs: { id: `vpc-0${name}`, cidrBlock: "10.0.0.0/16", defaultSecurityGroupId: `sg-0default-${name}` },
});
/** The VPC's default group, adopted by vpcId. */
const adopted = (vpcName: string, rules: Record<string, unknown> = {}) => {
  const props = { vpcId: `vpc-0${vpcName}`, ingress: [], egress: [], ...rules };
  return { type: T.defaultSecurityGroup, name: `${vpcName}-default`, props, outputs: { id: `sg-0default-${vpcName}`, ...props } };
};

export const examples = policyExamples({
  policy: "default-security-group-restricts-all",
  good: [
    {
      title: "a VPC whose default group is adopted and emptied",
      resources: [vpc("main"), adopted("main")],
    },
    {
      title: "two VPCs, both default groups adopted with no rules",
      resources: [vpc("main"), adopted("main"), vpc("batch"), adopted("batch")],
    },
    {
      title: "the default VPC's default group (no vpcId) adopted and emptied",
      resources: [{ type: T.defaultSecurityGroup, name: "default-vpc-group", props: { ingress: [], egress: [] } }],
    },
  ],
  bad: [
    {
      title: "an adopted default group that keeps AWS's rule letting members talk to each other",
      resources: [vpc("main"), adopted("main", { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, self: true, description: "AWS default" }] })],
      violations: ["main-default"],
      message: /^Default security group "main-default" has 1 rule: ingress\[0\] \(all protocols on all ports from the group itself\)/,
    },
    {
      title: "an inline block that names no source is still a block the default group must not have (an unknown block may be one)",
      resources: [vpc("main"), adopted("main", { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, description: "no source" }] })],
      violations: ["main-default"],
      message: /^Default security group "main-default" has 1 rule: ingress\[0\] \(no source\)/,
    },
    {
      title: "a VPC created without adopting its default group keeps AWS's default rules",
      resources: [vpc("main")],
      violations: ["main"],
      message: /^VPC "main" is created without adopting its default security group/,
    },
    {
      title: "a rule resource attached to the VPC's default group, which is never adopted",
      resources: [
        vpc("main"),
        { type: T.securityGroupRule, name: "https-out", props: { type: "egress", securityGroupId: "sg-0default-main", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "HTTPS out" } },
      ],
      violations: ["main", "https-out"],
    },
  ],
  unknown: [
    {
      title: "a default group whose vpcId is computed during preview may adopt the VPC's",
      resources: [vpc("main"), { type: T.defaultSecurityGroup, name: "default", props: { vpcId: UNKNOWN_SENTINELS.string, ingress: [], egress: [] } }],
    },
  ],
});
