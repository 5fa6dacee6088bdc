import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const EKS = "aws:eks/cluster:Cluster";
const base = { roleArn: "arn:aws:iam::123456789012:role/eks-cluster", vpcConfig: { subnetIds: ["subnet-0a1b2c3d", "subnet-1a2b3c4d"], endpointPublicAccess: false } };

export const examples = policyExamples({
  policy: "eks-audit-logging",
  good: [
    {
      title: "a cluster logging audit, authenticator and API server events",
      resources: [{ type: EKS, name: "platform", props: { ...base, enabledClusterLogTypes: ["api", "audit", "authenticator"] } }],
    },
  ],
  bad: [
    {
      title: "a cluster with control-plane logging off",
      resources: [{ type: EKS, name: "platform", props: base }],
      violations: ["platform"],
      message: /EKS cluster "platform" keeps no audit log \(enabledClusterLogTypes does not include audit\)/,
    },
    {
      title: "API server logs without the audit log",
      resources: [{ type: EKS, name: "batch", props: { ...base, enabledClusterLogTypes: ["api", "scheduler"] } }],
      violations: ["batch"],
    },
  ],
  unknown: [
    {
      title: "the log types computed during preview",
      resources: [{ type: EKS, name: "platform", props: { ...base, enabledClusterLogTypes: UNKNOWN_SENTINELS.array } }],
    },
  ],
});
