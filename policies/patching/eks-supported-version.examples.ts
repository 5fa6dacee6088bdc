import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CLUSTER = "aws:eks/cluster:Cluster";
const ROLE = "arn:aws:iam::123456789012:role/eks-cluster";
const cluster = (version?: string) => ({ roleArn: ROLE, ...(version ? { version } : {}), vpcConfig: { subnetIds: ["subnet-0a1b2c3d", "subnet-1a2b3c4d"], endpointPublicAccess: false } });
const on = (evaluationDate: string) => ({ evaluationDate });

export const examples = policyExamples({
  policy: "eks-supported-version",
  good: [
    {
      title: "Kubernetes 1.35 in December 2026",
      config: on("2026-12-02"),
      resources: [{ type: CLUSTER, name: "apps", props: cluster("1.35") }],
    },
    {
      title: "1.34 on the last day of its standard support (2026-12-01)",
      config: on("2026-12-01"),
      resources: [{ type: CLUSTER, name: "apps", props: cluster("1.34") }],
    },
    {
      title: "no version: EKS creates the cluster on its default version",
      config: on("2026-12-02"),
      resources: [{ type: CLUSTER, name: "apps", props: cluster() }],
    },
    {
      title: "a version newer than the table is not judged",
      config: on("2026-12-02"),
      resources: [{ type: CLUSTER, name: "apps", props: cluster("1.36") }],
    },
  ],
  bad: [
    {
      title: "Kubernetes 1.29, past standard support since 2025-03-23",
      config: on("2026-12-02"),
      resources: [{ type: CLUSTER, name: "legacy", props: cluster("1.29") }],
      violations: ["legacy"],
      message: /EKS cluster "legacy" runs Kubernetes 1\.29, past the end of EKS standard support on 2025-03-23/,
    },
    {
      title: "1.34 from 2026-12-02 on",
      config: on("2026-12-02"),
      resources: [{ type: CLUSTER, name: "apps", props: cluster("1.34") }],
      violations: ["apps"],
      message: /Kubernetes 1\.34, past the end of EKS standard support on 2026-12-02/,
    },
    {
      title: "Kubernetes 1.19, older than every listed version",
      config: on("2026-12-02"),
      resources: [{ type: CLUSTER, name: "ancient", props: cluster("1.19") }],
      violations: ["ancient"],
      message: /Kubernetes 1\.19, older than 1\.21/,
    },
  ],
  unknown: [
    {
      title: "a version read from stack config during preview",
      config: on("2026-12-02"),
      resources: [{ type: CLUSTER, name: "apps", props: cluster(UNKNOWN_SENTINELS.string) }],
    },
  ],
});
