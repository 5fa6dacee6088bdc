import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CLUSTER = "aws:rds/cluster:Cluster";
const AURORA = { engine: "aurora-postgresql", engineVersion: "16.4", masterUsername: "app", manageMasterUserPassword: true };

export const examples = policyExamples({
  policy: "rds-cluster-deletion-protection",
  good: [
    {
      title: "an Aurora cluster with deletion protection",
      resources: [{ type: CLUSTER, name: "orders", props: { ...AURORA, deletionProtection: true } }],
    },
    {
      title: "a Multi-AZ DB cluster with deletion protection",
      resources: [{ type: CLUSTER, name: "ledger", props: { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large", storageEncrypted: true, deletionProtection: true } }],
    },
  ],
  bad: [
    {
      title: "an Aurora cluster that leaves deletion protection at its default (off)",
      resources: [{ type: CLUSTER, name: "orders", props: AURORA }],
      violations: ["orders"],
      message: /RDS DB cluster "orders" can be deleted by a single call \(deletionProtection is not set\)/,
    },
    {
      title: "a cluster with deletionProtection false",
      resources: [{ type: CLUSTER, name: "orders", props: { ...AURORA, deletionProtection: false } }],
      violations: ["orders"],
      message: /deletionProtection is false/,
    },
  ],
  unknown: [
    {
      title: "deletionProtection read from stack config during preview",
      resources: [{ type: CLUSTER, name: "orders", props: { ...AURORA, deletionProtection: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
