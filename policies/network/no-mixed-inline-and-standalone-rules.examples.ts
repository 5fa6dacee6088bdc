import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

const https = { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "HTTPS" };
/** A group with inline ingress (or none); its id output lets rule resources name it. */
const group = (name: string, ingress?: unknown) => {
  const props: Record<string, unknown> = { vpcId: "vpc-0a1b2c3d", description: name, ...(ingress === undefined ? {} : { ingress }) };
  return { type: T.securityGroup, name, props, outputs: { id: `sg-0${name}`, ...props } };
};
const ssh = (name: string, target: string) => ({
  type: T.securityGroupIngressRule,
  name,
  props: { securityGroupId: `sg-0${target}`, ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "10.0.0.0/8", description: "SSH from the VPN" },
});

export const examples = policyExamples({
  policy: "no-mixed-inline-and-standalone-rules",
  good: [
    {
      title: "a group that keeps all its rules as rule resources",
      resources: [group("web"), ssh("ssh", "web")],
    },
    {
      title: "inline rules on one group, rule resources on another",
      resources: [group("web", [https]), group("bastion"), ssh("ssh", "bastion")],
    },
    {
      title: "AWS reads an attached rule back into the group's outputs; that copy is no inline rule",
      resources: [
        {
          type: T.securityGroup,
          name: "web",
          props: { vpcId: "vpc-0a1b2c3d", description: "web" },
          outputs: { id: "sg-0web", vpcId: "vpc-0a1b2c3d", description: "web", ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"], description: "SSH from the VPN" }] },
        },
        ssh("ssh", "web"),
      ],
    },
  ],
  bad: [
    {
      title: "a group with an inline HTTPS rule and an SSH rule resource",
      resources: [group("web", [https]), ssh("ssh", "web")],
      violations: ["web"],
      message: /^Security group "web" has inline rules \(ingress\[0\]\) and is also targeted by Security group ingress rule "ssh"; the two styles overwrite each other/,
    },
    {
      title: "a network ACL with inline entries and a NetworkAclRule",
      resources: [
        {
          type: T.networkAcl,
          name: "public",
          props: { vpcId: "vpc-0a1b2c3d", ingress: [{ ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" }] },
          outputs: { id: "acl-0public", vpcId: "vpc-0a1b2c3d", ingress: [{ ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" }] },
        },
        { type: T.networkAclRule, name: "http", props: { networkAclId: "acl-0public", ruleNumber: 110, egress: false, ruleAction: "allow", protocol: "tcp", fromPort: 80, toPort: 80, cidrBlock: "0.0.0.0/0" } },
      ],
      violations: ["public"],
      message: /aws\.ec2\.NetworkAclRule/,
    },
  ],
  unknown: [
    {
      title: "the group's inline list is computed during preview",
      resources: [group("web", UNKNOWN_SENTINELS.array), ssh("ssh", "web")],
    },
    {
      title: "an inline entry that may be AWS's read-back copy of the attached rule, whose port is computed during preview",
      resources: [
        group("web", [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"], description: "SSH from the VPN" }]),
        { ...ssh("ssh", "web"), props: { ...ssh("ssh", "web").props, toPort: UNKNOWN_SENTINELS.number } },
      ],
    },
    {
      title: "an inline entry whose source is computed during preview may be the read-back copy too",
      resources: [
        group("web", [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [UNKNOWN_SENTINELS.string], description: "SSH from the VPN" }]),
        ssh("ssh", "web"),
      ],
    },
  ],
});
