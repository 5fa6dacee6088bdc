import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

// The group the rule resources attach to, by its provider-assigned id.
const bastion = { type: T.securityGroup, name: "bastion", props: { vpcId: "vpc-0a1b2c3d", description: "bastion" }, outputs: { id: "sg-0bastion", vpcId: "vpc-0a1b2c3d", description: "bastion" } };
const ssh = (name: string, cidrIpv4: unknown, securityGroupId = "sg-0bastion") => ({
  type: T.securityGroupIngressRule,
  name,
  props: { securityGroupId, ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4, description: `SSH from ${name}` },
});

export const examples = policyExamples({
  policy: "no-internet-ingress-to-restricted-ports-across-rules",
  good: [
    {
      title: "SSH from two office ranges, each a /24",
      resources: [bastion, ssh("office-a", "203.0.113.0/24"), ssh("office-b", "198.51.100.0/24")],
    },
    {
      title: "halves of a public /8 on two different groups do not add up",
      resources: [
        bastion,
        { type: T.securityGroup, name: "jump", props: { description: "jump" }, outputs: { id: "sg-0jump", description: "jump" } },
        ssh("first-half", "1.0.0.0/9"),
        ssh("second-half", "1.128.0.0/9", "sg-0jump"),
      ],
    },
    {
      title: "one rule resource that alone opens SSH to 0.0.0.0/0 is no-internet-ingress-to-restricted-ports's finding, not this one's",
      resources: [bastion, ssh("world", "0.0.0.0/0")],
    },
  ],
  bad: [
    {
      title: "two SSH rule resources whose /9 sources together make a public /8",
      resources: [bastion, ssh("first-half", "1.0.0.0/9"), ssh("second-half", "1.128.0.0/9")],
      violations: ["bastion"],
      message: /^Security group "bastion": together, .* expose restricted ports \(tcp 22\) to/,
    },
    {
      title: "an inline SSH block and a rule resource that together cover a public /8",
      resources: [
        {
          type: T.securityGroup,
          name: "legacy",
          props: { description: "legacy", ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["1.0.0.0/9"], description: "first half" }] },
          outputs: { id: "sg-0legacy", description: "legacy", ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["1.0.0.0/9"], description: "first half" }] },
        },
        ssh("second-half", "1.128.0.0/9", "sg-0legacy"),
      ],
      violations: ["legacy"],
      message: /expose restricted ports \(tcp 22\)/,
    },
  ],
  unknown: [
    {
      title: "the second half's CIDR is computed during preview",
      resources: [bastion, ssh("first-half", "1.0.0.0/9"), ssh("second-half", UNKNOWN_SENTINELS.string)],
    },
  ],
});
