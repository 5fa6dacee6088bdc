import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const POSTGRES = { engine: "postgres", engineVersion: "16.4", instanceClass: "db.t4g.medium", allocatedStorage: 50, username: "app", manageMasterUserPassword: true };
const AURORA = { engine: "aurora-postgresql", engineVersion: "16.4", masterUsername: "app", manageMasterUserPassword: true };

export const examples = policyExamples({
  policy: "rds-storage-encrypted",
  good: [
    {
      title: "a Postgres instance with storageEncrypted true (the aws/rds key)",
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-db", props: { ...POSTGRES, storageEncrypted: true } }],
    },
    {
      title: "a cross-region read replica encrypted with a KMS key of its region",
      resources: [
        {
          type: "aws:rds/instance:Instance",
          name: "orders-replica",
          props: { instanceClass: "db.t4g.medium", replicateSourceDb: "arn:aws:rds:us-east-1:123456789012:db:orders-db", kmsKeyId: KEY },
        },
      ],
    },
    {
      title: "an Aurora Serverless v1 cluster, which is always encrypted",
      resources: [{ type: "aws:rds/cluster:Cluster", name: "legacy-serverless", props: { ...AURORA, engine: "aurora-mysql", engineMode: "serverless" } }],
    },
    {
      title: "an Aurora cluster that leaves storageEncrypted unset: Aurora encrypts every cluster created since 18 February 2026",
      resources: [{ type: "aws:rds/cluster:Cluster", name: "orders", props: AURORA }],
    },
    {
      title: "an Aurora cluster with a customer-managed key, when requireKmsKey is on",
      config: { requireKmsKey: true },
      resources: [{ type: "aws:rds/cluster:Cluster", name: "orders", props: { ...AURORA, storageEncrypted: true, kmsKeyId: KEY } }],
    },
  ],
  bad: [
    {
      title: "a Postgres instance without storageEncrypted stores its data unencrypted",
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-db", props: POSTGRES }],
      violations: ["orders-db"],
      message: /RDS DB instance "orders-db" stores data unencrypted \(storageEncrypted is not set and defaults to false\)/,
    },
    {
      title: "a Multi-AZ DB cluster with storageEncrypted false",
      resources: [
        {
          type: "aws:rds/cluster:Cluster",
          name: "ledger",
          props: { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large", storageType: "io1", allocatedStorage: 100, iops: 1000, masterUsername: "app", manageMasterUserPassword: true, storageEncrypted: false },
        },
      ],
      violations: ["ledger"],
      message: /RDS DB cluster "ledger" stores data unencrypted \(storageEncrypted is false\)/,
    },
    {
      title: "an instance encrypted with the AWS-managed key, when requireKmsKey is on",
      config: { requireKmsKey: true },
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-db", props: { ...POSTGRES, storageEncrypted: true } }],
      violations: ["orders-db"],
      message: /requireKmsKey asks for a customer-managed key/,
    },
  ],
  unknown: [
    {
      title: "storageEncrypted computed during preview",
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-db", props: { ...POSTGRES, storageEncrypted: UNKNOWN_SENTINELS.boolean } }],
    },
    {
      title: "no flag, and the KMS key of a replica computed during preview",
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-replica", props: { instanceClass: "db.t4g.medium", replicateSourceDb: "arn:aws:rds:us-east-1:123456789012:db:orders-db", kmsKeyId: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "a customer key required, and the cluster's key computed during preview",
      config: { requireKmsKey: true },
      resources: [{ type: "aws:rds/cluster:Cluster", name: "orders", props: { ...AURORA, storageEncrypted: true, kmsKeyId: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
