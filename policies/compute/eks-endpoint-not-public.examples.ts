import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CLUSTER = "aws:eks/cluster:Cluster";
const ROLE = "arn:aws:iam::123456789012:role/eks-cluster";
const SUBNETS = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"];
const cluster = (vpcConfig: Record<string, unknown>) => ({ roleArn: ROLE, version: "1.34", vpcConfig: { subnetIds: SUBNETS, ...vpcConfig } });

export const examples = policyExamples({
  policy: "eks-endpoint-not-public",
  good: [
    {
      title: "a cluster with a private endpoint only",
      resources: [{ type: CLUSTER, name: "platform", props: cluster({ endpointPrivateAccess: true, endpointPublicAccess: false }) }],
    },
    {
      title: "a public endpoint restricted to the office and CI address blocks",
      resources: [{ type: CLUSTER, name: "platform", props: cluster({ endpointPrivateAccess: true, endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24", "198.51.100.17/32"] }) }],
    },
  ],
  bad: [
    {
      title: "a cluster that keeps AWS's defaults: public, open to 0.0.0.0/0",
      resources: [{ type: CLUSTER, name: "platform", props: cluster({}) }],
      violations: ["platform"],
      message: /EKS cluster "platform" has a public endpoint open to the internet \(vpcConfig\.endpointPublicAccess is not set and defaults to true, and vpcConfig\.publicAccessCidrs is not set, so AWS allows every address\)/,
    },
    {
      title: "a public endpoint whose allowed blocks include 0.0.0.0/0",
      resources: [{ type: CLUSTER, name: "platform", props: cluster({ endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24", "0.0.0.0/0"] }) }],
      violations: ["platform"],
      message: /vpcConfig\.endpointPublicAccess is true, and vpcConfig\.publicAccessCidrs\[1\] is 0\.0\.0\.0\/0/,
    },
  ],
  unknown: [
    {
      title: "the endpoint flag computed during preview",
      resources: [{ type: CLUSTER, name: "platform", props: cluster({ endpointPublicAccess: UNKNOWN_SENTINELS.boolean }) }],
    },
    {
      title: "a public endpoint whose allowed blocks are computed during preview",
      resources: [{ type: CLUSTER, name: "platform", props: cluster({ endpointPublicAccess: true, publicAccessCidrs: [UNKNOWN_SENTINELS.string] }) }],
    },
  ],
});
