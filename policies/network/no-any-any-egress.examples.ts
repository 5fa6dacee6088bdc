import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

export const examples = policyExamples({
  policy: "no-any-any-egress",
  good: [
    {
      title: "outbound HTTPS only, to anywhere",
      resources: [{ type: T.securityGroup, name: "app", props: { description: "app", egress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "HTTPS out" }] } }],
    },
    {
      title: "all traffic outbound, but only within the VPC",
      resources: [{ type: T.securityGroupEgressRule, name: "to-vpc", props: { securityGroupId: "sg-0app", ipProtocol: "-1", cidrIpv4: "10.0.0.0/16", description: "east-west" } }],
    },
    {
      title: "all traffic inbound from anywhere is not this policy's concern (egress only)",
      resources: [{ type: T.securityGroupRule, name: "in", props: { type: "ingress", securityGroupId: "sg-0app", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], description: "in" } }],
    },
  ],
  bad: [
    {
      title: "AWS's default egress block written out: all traffic to 0.0.0.0/0",
      resources: [{ type: T.securityGroup, name: "app", props: { description: "app", egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], description: "anything out" }] } }],
      violations: ["app"],
      message: /egress\[0\] allows all protocols on all ports to 0\.0\.0\.0\/0 \(any IPv4 address\), so every port is open outbound to the internet/,
    },
    {
      title: "an egress rule resource sending all traffic to ::/0",
      resources: [{ type: T.securityGroupEgressRule, name: "all-out-v6", props: { securityGroupId: "sg-0app", ipProtocol: "-1", cidrIpv6: "::/0", description: "anything out" } }],
      violations: ["all-out-v6"],
      message: /::\/0 \(any IPv6 address\), so every port is open outbound/,
    },
    {
      title: "two egress blocks of one group that split the UDP ports between them",
      resources: [
        {
          type: T.securityGroup,
          name: "udp",
          props: {
            description: "udp",
            egress: [
              { protocol: "udp", fromPort: 0, toPort: 30000, cidrBlocks: ["0.0.0.0/0"], description: "low" },
              { protocol: "udp", fromPort: 30001, toPort: 65535, cidrBlocks: ["0.0.0.0/0"], description: "high" },
            ],
          },
        },
      ],
      violations: ["udp"],
      message: /together.*union is any\/any/,
    },
  ],
  unknown: [
    {
      title: "all traffic outbound to a CIDR computed during preview",
      resources: [{ type: T.securityGroupEgressRule, name: "out", props: { securityGroupId: "sg-0app", ipProtocol: "-1", cidrIpv4: UNKNOWN_SENTINELS.string, description: "out" } }],
    },
  ],
});
