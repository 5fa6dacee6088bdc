import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

const group = (name: string, ingress: Record<string, unknown>[]) => ({ type: T.securityGroup, name, props: { vpcId: "vpc-0a1b2c3d", description: name, ingress } });

export const examples = policyExamples({
  policy: "no-internet-ingress-to-restricted-ports",
  good: [
    {
      title: "HTTPS from the internet, SSH only from the office range",
      resources: [
        group("bastion", [
          { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "HTTPS" },
          { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["203.0.113.0/24"], description: "SSH from the office" },
        ]),
      ],
    },
    {
      title: "PostgreSQL open only to the application's security group",
      resources: [{ type: T.securityGroupIngressRule, name: "db-from-app", props: { securityGroupId: "sg-0db", ipProtocol: "tcp", fromPort: 5432, toPort: 5432, referencedSecurityGroupId: "sg-0app", description: "from app" } }],
    },
    {
      title: "a port range from the internet that stops short of every listed port (8443-8445)",
      resources: [group("api", [{ protocol: "tcp", fromPort: 8443, toPort: 8445, cidrBlocks: ["0.0.0.0/0"], description: "API" }])],
    },
  ],
  bad: [
    {
      title: "SSH open to 0.0.0.0/0 in an inline block",
      resources: [group("bastion", [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"], description: "SSH" }])],
      violations: ["bastion"],
      message: /ingress\[0\] allows tcp port 22 from 0\.0\.0\.0\/0 \(any IPv4 address\), exposing restricted port 22 to the internet/,
    },
    {
      title: "RDP open to ::/0 through an ingress rule resource",
      resources: [{ type: T.securityGroupIngressRule, name: "rdp", props: { securityGroupId: "sg-0win", ipProtocol: "tcp", fromPort: 3389, toPort: 3389, cidrIpv6: "::/0", description: "RDP" } }],
      violations: ["rdp"],
      message: /exposing restricted port 3389/,
    },
    {
      title: "a range 0-1023 from the internet spans SSH, Telnet, SMTP and more",
      resources: [{ type: T.securityGroupRule, name: "low-ports", props: { type: "ingress", securityGroupId: "sg-0web", protocol: "tcp", fromPort: 0, toPort: 1023, cidrBlocks: ["0.0.0.0/0"], description: "low ports" } }],
      violations: ["low-ports"],
      message: /exposing restricted ports 20, 21, 22, 23, 25, 110, 135, 143, 445 to the internet/,
    },
    {
      title: "protocol -1 from the internet opens every listed port",
      resources: [group("open", [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], description: "everything" }])],
      violations: ["open"],
    },
    {
      title: "a port added to the configured list (8443) is restricted too",
      resources: [group("api", [{ protocol: "tcp", fromPort: 8443, toPort: 8443, cidrBlocks: ["0.0.0.0/0"], description: "API" }])],
      config: { ports: [22, 3389, 8443] },
      violations: ["api"],
      message: /restricted port 8443/,
    },
  ],
  unknown: [
    {
      title: "SSH from a CIDR computed during preview",
      resources: [{ type: T.securityGroupIngressRule, name: "ssh", props: { securityGroupId: "sg-0bastion", ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: UNKNOWN_SENTINELS.string, description: "SSH" } }],
    },
  ],
});
