import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

const group = (name: string, ingress: Record<string, unknown>[]) => ({ type: T.securityGroup, name, props: { vpcId: "vpc-0a1b2c3d", description: name, ingress } });
const https = { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"], description: "HTTPS" };
const icmp = { protocol: "icmp", fromPort: 3, toPort: 4, cidrBlocks: ["0.0.0.0/0"], description: "path MTU discovery" };

export const examples = policyExamples({
  policy: "internet-ingress-allowlist",
  good: [
    {
      title: "a public load balancer serving HTTP and HTTPS to the internet",
      resources: [group("alb", [https, { protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"], description: "HTTP redirect" }])],
    },
    {
      title: "an application port open only to the VPC, and ICMP for path MTU discovery from anywhere",
      resources: [group("app", [{ protocol: "tcp", fromPort: 8080, toPort: 8080, cidrBlocks: ["10.0.0.0/16"], description: "from the VPC" }, icmp])],
    },
    {
      title: "a port added to the allowlist (8443) may be public",
      resources: [{ type: T.securityGroupIngressRule, name: "api", props: { securityGroupId: "sg-0api", ipProtocol: "tcp", fromPort: 8443, toPort: 8443, cidrIpv4: "0.0.0.0/0", description: "public API" } }],
      config: { allowedPorts: [443, 8443] },
    },
  ],
  bad: [
    {
      title: "an application port (8443) open to the internet",
      resources: [{ type: T.securityGroupIngressRule, name: "api", props: { securityGroupId: "sg-0api", ipProtocol: "tcp", fromPort: 8443, toPort: 8443, cidrIpv4: "0.0.0.0/0", description: "public API" } }],
      violations: ["api"],
      message: /allows tcp port 8443 from 0\.0\.0\.0\/0 \(any IPv4 address\), which opens tcp port 8443 to the internet; only ports 80, 443 may be/,
    },
    {
      title: "all traffic from ::/0 opens far more than the allowlist",
      resources: [group("wide", [{ protocol: "-1", fromPort: 0, toPort: 0, ipv6CidrBlocks: ["::/0"], description: "everything" }])],
      violations: ["wide"],
    },
    {
      title: "ICMP from the internet once allowIcmp is switched off",
      resources: [group("app", [icmp])],
      config: { allowIcmp: false },
      violations: ["app"],
    },
  ],
  unknown: [
    {
      title: "a rule from the internet whose port is computed during preview",
      resources: [{ type: T.securityGroupIngressRule, name: "svc", props: { securityGroupId: "sg-0svc", ipProtocol: "tcp", fromPort: UNKNOWN_SENTINELS.number, toPort: UNKNOWN_SENTINELS.number, cidrIpv4: "0.0.0.0/0", description: "service" } }],
    },
  ],
});
