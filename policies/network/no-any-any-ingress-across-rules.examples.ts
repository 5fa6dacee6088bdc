import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

// The group the rule resources attach to, by its provider-assigned id.
const app = { type: T.securityGroup, name: "app", props: { vpcId: "vpc-0a1b2c3d", description: "app servers" }, outputs: { id: "sg-0app", vpcId: "vpc-0a1b2c3d", description: "app servers" } };
const tcpFromWorld = (name: string, fromPort: unknown, toPort: unknown, securityGroupId = "sg-0app") => ({
  type: T.securityGroupIngressRule,
  name,
  props: { securityGroupId, ipProtocol: "tcp", fromPort, toPort, cidrIpv4: "0.0.0.0/0", description: name },
});

export const examples = policyExamples({
  policy: "no-any-any-ingress-across-rules",
  good: [
    {
      title: "HTTP and HTTPS rule resources from the internet leave every other port closed",
      resources: [app, tcpFromWorld("http", 80, 80), tcpFromWorld("https", 443, 443)],
    },
    {
      title: "two halves of the TCP ports from the internet, but on two different groups",
      resources: [
        app,
        { type: T.securityGroup, name: "batch", props: { description: "batch" }, outputs: { id: "sg-0batch", description: "batch" } },
        tcpFromWorld("app-low", 0, 32767),
        tcpFromWorld("batch-high", 32768, 65535, "sg-0batch"),
      ],
    },
    {
      title: "one rule resource that alone opens every port is no-any-any-ingress's finding, not this one's",
      resources: [app, { type: T.securityGroupIngressRule, name: "everything", props: { securityGroupId: "sg-0app", ipProtocol: "-1", cidrIpv4: "0.0.0.0/0", description: "everything" } }],
    },
  ],
  bad: [
    {
      title: "two rule resources that split the TCP ports from 0.0.0.0/0 between them",
      resources: [app, tcpFromWorld("low", 0, 32767), tcpFromWorld("high", 32768, 65535)],
      violations: ["app"],
      message: /^Security group "app": together, .*"low".*"high".* allow every tcp port from any IPv4 address \(0\.0\.0\.0\/0\); each rule is narrower on its own/,
    },
    {
      title: "an inline block and a SecurityGroupRule whose two /9 sources together make a public /8, all traffic",
      resources: [
        { type: T.securityGroup, name: "legacy", props: { description: "legacy", ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["1.0.0.0/9"], description: "first half" }] }, outputs: { id: "sg-0legacy", description: "legacy", ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["1.0.0.0/9"], description: "first half" }] } },
        { type: T.securityGroupRule, name: "second-half", props: { type: "ingress", securityGroupId: "sg-0legacy", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["1.128.0.0/9"], description: "second half" } },
      ],
      violations: ["legacy"],
      message: /union is any\/any/,
    },
    {
      title: "the same split aimed at a group outside the stack is reported on a rule resource",
      resources: [tcpFromWorld("low", 0, 32767, "sg-0elsewhere"), tcpFromWorld("high", 32768, 65535, "sg-0elsewhere")],
      violations: ["low"],
      message: /^The security group sg-0elsewhere \(not in this stack\): together/,
    },
  ],
  unknown: [
    {
      title: "the second half's ports are computed during preview",
      resources: [app, tcpFromWorld("low", 0, 32767), tcpFromWorld("high", UNKNOWN_SENTINELS.number, 65535)],
    },
  ],
});
