import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const INSTANCE = "aws:rds/instance:Instance";
const CLUSTER = "aws:rds/cluster:Cluster";
const CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance";
const db = { engine: "postgres", engineVersion: "16.4", instanceClass: "db.t4g.medium", allocatedStorage: 20, storageEncrypted: true };

export const examples = policyExamples({
  policy: "rds-auto-minor-version-upgrade",
  good: [
    {
      title: "an instance that does not set autoMinorVersionUpgrade (true by default)",
      resources: [{ type: INSTANCE, name: "orders-db", props: db }],
    },
    {
      title: "an Aurora cluster and its instance with automatic minor upgrades",
      resources: [
        { type: CLUSTER, name: "aurora", props: { engine: "aurora-postgresql", engineVersion: "16.4", storageEncrypted: true } },
        { type: CLUSTER_INSTANCE, name: "aurora-1", props: { clusterIdentifier: "aurora", instanceClass: "db.r7g.large", engine: "aurora-postgresql", autoMinorVersionUpgrade: true } },
      ],
    },
  ],
  bad: [
    {
      title: "an instance pinned to its minor version",
      resources: [{ type: INSTANCE, name: "orders-db", props: { ...db, autoMinorVersionUpgrade: false } }],
      violations: ["orders-db"],
      message: /RDS instance "orders-db" sets autoMinorVersionUpgrade: false/,
    },
    {
      title: "a Multi-AZ DB cluster and an Aurora cluster instance that opt out",
      resources: [
        { type: CLUSTER, name: "multi-az", props: { engine: "postgres", dbClusterInstanceClass: "db.r6gd.large", autoMinorVersionUpgrade: false } },
        { type: CLUSTER_INSTANCE, name: "aurora-1", props: { clusterIdentifier: "aurora", instanceClass: "db.r7g.large", engine: "aurora-postgresql", autoMinorVersionUpgrade: "false" } },
      ],
      violations: ["multi-az", "aurora-1"],
      message: /sets autoMinorVersionUpgrade: false/,
    },
  ],
  unknown: [
    {
      title: "the flag computed during preview",
      resources: [{ type: INSTANCE, name: "orders-db", props: { ...db, autoMinorVersionUpgrade: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
