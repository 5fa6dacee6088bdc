import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

// The group the rule resources attach to, by its provider-assigned id.
const app = { type: T.securityGroup, name: "app", props: { vpcId: "vpc-0a1b2c3d", description: "app" }, outputs: { id: "sg-0app", vpcId: "vpc-0a1b2c3d", description: "app" } };
const tcpOut = (name: string, fromPort: unknown, toPort: unknown, securityGroupId = "sg-0app") => ({
  type: T.securityGroupEgressRule,
  name,
  props: { securityGroupId, ipProtocol: "tcp", fromPort, toPort, cidrIpv4: "0.0.0.0/0", description: name },
});

export const examples = policyExamples({
  policy: "no-any-any-egress-across-rules",
  good: [
    {
      title: "outbound HTTPS and DNS over TCP as two rule resources",
      resources: [app, tcpOut("https", 443, 443), tcpOut("dns", 53, 53)],
    },
    {
      title: "two halves of the TCP ports outbound, but on two different groups",
      resources: [
        app,
        { type: T.securityGroup, name: "worker", props: { description: "worker" }, outputs: { id: "sg-0worker", description: "worker" } },
        tcpOut("app-low", 0, 32767),
        tcpOut("worker-high", 32768, 65535, "sg-0worker"),
      ],
    },
    {
      title: "one rule resource that alone opens all egress is no-any-any-egress's finding, not this one's",
      resources: [app, { type: T.securityGroupEgressRule, name: "everything", props: { securityGroupId: "sg-0app", ipProtocol: "-1", cidrIpv4: "0.0.0.0/0", description: "everything" } }],
    },
  ],
  bad: [
    {
      title: "two egress rule resources that split the TCP ports to 0.0.0.0/0 between them",
      resources: [app, tcpOut("low", 0, 32767), tcpOut("high", 32768, 65535)],
      violations: ["app"],
      message: /^Security group "app": together, .* allow every tcp port to any IPv4 address \(0\.0\.0\.0\/0\)/,
    },
    {
      title: "an inline egress block and a rule resource whose two /9 destinations together make a public /8, all traffic",
      resources: [
        {
          type: T.securityGroup,
          name: "legacy",
          props: { description: "legacy", egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["1.0.0.0/9"], description: "first half" }] },
          outputs: { id: "sg-0legacy", description: "legacy", egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["1.0.0.0/9"], description: "first half" }] },
        },
        { type: T.securityGroupEgressRule, name: "second-half", props: { securityGroupId: "sg-0legacy", ipProtocol: "-1", cidrIpv4: "1.128.0.0/9", description: "second half" } },
      ],
      violations: ["legacy"],
      message: /union is any\/any/,
    },
  ],
  unknown: [
    {
      title: "the second half's ports are computed during preview",
      resources: [app, tcpOut("low", 0, 32767), tcpOut("high", UNKNOWN_SENTINELS.number, UNKNOWN_SENTINELS.number)],
    },
  ],
});
