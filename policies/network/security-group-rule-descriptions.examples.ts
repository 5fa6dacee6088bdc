import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

export const examples = policyExamples({
  policy: "security-group-rule-descriptions",
  good: [
    {
      title: "a group whose every inline rule says who connects and why",
      resources: [
        {
          type: T.securityGroup,
          name: "web",
          props: {
            description: "web servers",
            ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, securityGroups: ["sg-0alb"], description: "HTTPS from the public ALB" }],
            egress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: ["10.0.20.0/24"], description: "PostgreSQL in the data subnets" }],
          },
        },
      ],
    },
    {
      title: "ingress and egress rule resources with descriptions",
      resources: [
        { type: T.securityGroupIngressRule, name: "https", props: { securityGroupId: "sg-0web", ipProtocol: "tcp", fromPort: 443, toPort: 443, referencedSecurityGroupId: "sg-0alb", description: "HTTPS from the public ALB" } },
        { type: T.securityGroupEgressRule, name: "db", props: { securityGroupId: "sg-0web", ipProtocol: "tcp", fromPort: 5432, toPort: 5432, cidrIpv4: "10.0.20.0/24", description: "PostgreSQL" } },
      ],
    },
  ],
  bad: [
    {
      title: "an inline ingress block with no description",
      resources: [{ type: T.securityGroup, name: "web", props: { description: "web servers", ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }] } }],
      violations: ["web"],
      message: /^Security group "web" ingress\[0\] has no description/,
    },
    {
      title: "a SecurityGroupRule whose description is only whitespace",
      resources: [{ type: T.securityGroupRule, name: "ssh", props: { type: "ingress", securityGroupId: "sg-0bastion", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["203.0.113.0/24"], description: "   " } }],
      violations: ["ssh"],
      message: /^Security group rule "ssh" has no description/,
    },
    {
      title: "an egress rule resource with no description",
      resources: [{ type: T.securityGroupEgressRule, name: "out", props: { securityGroupId: "sg-0web", ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" } }],
      violations: ["out"],
    },
  ],
  unknown: [
    {
      title: "a description computed during preview",
      resources: [{ type: T.securityGroupIngressRule, name: "https", props: { securityGroupId: "sg-0web", ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0", description: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
