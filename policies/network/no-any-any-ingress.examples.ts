import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

export const examples = policyExamples({
  policy: "no-any-any-ingress",
  good: [
    {
      title: "a web group open to the internet on HTTPS only",
      resources: [{ type: T.securityGroup, name: "web", props: { vpcId: "vpc-0a1b2c3d", description: "web servers", ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "HTTPS" }] } }],
    },
    {
      title: "all traffic allowed, but only from the VPC's own private range",
      resources: [{ type: T.securityGroup, name: "internal", props: { vpcId: "vpc-0a1b2c3d", description: "east-west", ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/16"], description: "VPC" }] } }],
    },
    {
      title: "an ingress rule resource opening every port to the load balancer's security group only",
      resources: [{ type: T.securityGroupIngressRule, name: "from-alb", props: { securityGroupId: "sg-0app", ipProtocol: "-1", referencedSecurityGroupId: "sg-0alb", description: "from the ALB" } }],
    },
    {
      title: "all traffic from a public /8 passes once the configured internet prefix is wider (/4)",
      resources: [{ type: T.securityGroup, name: "partner", props: { description: "partner range", ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["3.0.0.0/8"], description: "partner" }] } }],
      config: { internetPrefixV4: 4 },
    },
  ],
  bad: [
    {
      title: "an inline rule allowing all protocols from 0.0.0.0/0",
      resources: [{ type: T.securityGroup, name: "web", props: { description: "web servers", ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], description: "everything" }] } }],
      violations: ["web"],
      message: /allows all protocols on all ports from 0\.0\.0\.0\/0 \(any IPv4 address\), so every port is open to the internet/,
    },
    {
      title: "an ingress rule resource opening every TCP port to ::/0",
      resources: [{ type: T.securityGroupIngressRule, name: "all-tcp-v6", props: { securityGroupId: "sg-0web", ipProtocol: "tcp", fromPort: 0, toPort: 65535, cidrIpv6: "::/0", description: "all tcp" } }],
      violations: ["all-tcp-v6"],
      message: /allows tcp all ports from ::\/0 \(any IPv6 address\)/,
    },
    {
      title: "a legacy SecurityGroupRule with protocol \"all\" from the internet",
      resources: [{ type: T.securityGroupRule, name: "legacy", props: { type: "ingress", securityGroupId: "sg-0web", protocol: "all", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], description: "legacy" } }],
      violations: ["legacy"],
    },
    {
      title: "two inline blocks of one group that split the TCP ports between them",
      resources: [
        {
          type: T.securityGroup,
          name: "split",
          props: {
            description: "split ports",
            ingress: [
              { protocol: "tcp", fromPort: 0, toPort: 32767, cidrBlocks: ["0.0.0.0/0"], description: "low" },
              { protocol: "tcp", fromPort: 32768, toPort: 65535, cidrBlocks: ["0.0.0.0/0"], description: "high" },
            ],
          },
        },
      ],
      violations: ["split"],
      message: /together.*union is any\/any/,
    },
    {
      title: "self beside 0.0.0.0/0 in one block does not hide the world-open CIDR",
      resources: [{ type: T.securityGroup, name: "cluster", props: { description: "cluster", ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, self: true, cidrBlocks: ["0.0.0.0/0"], description: "members" }] } }],
      violations: ["cluster"],
    },
    {
      title: "a public /8 counts as the internet under the default prefix",
      resources: [{ type: T.securityGroup, name: "partner", props: { description: "partner range", ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["3.0.0.0/8"], description: "partner" }] } }],
      violations: ["partner"],
    },
  ],
  unknown: [
    {
      title: "an all-traffic rule whose source CIDR is computed during preview",
      resources: [{ type: T.securityGroupIngressRule, name: "from-peer", props: { securityGroupId: "sg-0web", ipProtocol: "-1", cidrIpv4: UNKNOWN_SENTINELS.string, description: "peer VPC" } }],
    },
  ],
});
