import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CLUSTER = "aws:rds/cluster:Cluster";
const GLOBAL = "aws:rds/globalCluster:GlobalCluster";
const KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const AURORA = { engine: "aurora-postgresql", engineVersion: "16.4", masterUsername: "app", manageMasterUserPassword: true };
const MULTI_AZ = { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large", storageType: "io1", allocatedStorage: 100, iops: 1000, masterUsername: "app", manageMasterUserPassword: true };

export const examples = policyExamples({
  policy: "rds-cluster-storage-encrypted",
  good: [
    {
      title: "an Aurora cluster that leaves storageEncrypted unset: Aurora encrypts every cluster created since 18 February 2026",
      resources: [{ type: CLUSTER, name: "orders", props: AURORA }],
    },
    {
      title: "an Aurora Serverless v1 cluster, which is always encrypted",
      resources: [{ type: CLUSTER, name: "legacy-serverless", props: { ...AURORA, engine: "aurora-mysql", engineMode: "serverless" } }],
    },
    {
      title: "a Multi-AZ DB cluster with storageEncrypted true",
      resources: [{ type: CLUSTER, name: "ledger", props: { ...MULTI_AZ, storageEncrypted: true } }],
    },
    {
      title: "a global database built from an encrypted Aurora cluster, which it takes its setting from",
      resources: [
        { type: CLUSTER, name: "orders", props: { ...AURORA, storageEncrypted: true, kmsKeyId: KEY } },
        { type: GLOBAL, name: "orders-global", props: { globalClusterIdentifier: "orders-global", sourceDbClusterIdentifier: "arn:aws:rds:eu-west-1:123456789012:cluster:orders", forceDestroy: true } },
      ],
    },
    {
      title: "an Aurora cluster with a customer-managed key, when requireKmsKey is on",
      config: { requireKmsKey: true },
      resources: [{ type: CLUSTER, name: "orders", props: { ...AURORA, storageEncrypted: true, kmsKeyId: KEY } }],
    },
  ],
  bad: [
    {
      title: "a Multi-AZ DB cluster (not Aurora) that leaves storageEncrypted unset defaults to unencrypted",
      resources: [{ type: CLUSTER, name: "ledger", props: MULTI_AZ }],
      violations: ["ledger"],
      message: /RDS DB cluster "ledger" stores data unencrypted \(storageEncrypted is not set and defaults to false\)/,
    },
    {
      title: "an Aurora cluster that turns encryption off",
      resources: [{ type: CLUSTER, name: "orders", props: { ...AURORA, storageEncrypted: false } }],
      violations: ["orders"],
      message: /storageEncrypted is false/,
    },
    {
      title: "a global cluster created with storageEncrypted false",
      resources: [{ type: GLOBAL, name: "orders-global", props: { globalClusterIdentifier: "orders-global", engine: "aurora-postgresql", storageEncrypted: false } }],
      violations: ["orders-global"],
      message: /RDS global cluster "orders-global" stores data unencrypted/,
    },
    {
      title: "an Aurora cluster on an AWS key, when requireKmsKey is on",
      config: { requireKmsKey: true },
      resources: [{ type: CLUSTER, name: "orders", props: AURORA }],
      violations: ["orders"],
      message: /requireKmsKey asks for a customer-managed key/,
    },
  ],
  unknown: [
    {
      title: "storageEncrypted computed during preview",
      resources: [{ type: CLUSTER, name: "ledger", props: { ...MULTI_AZ, storageEncrypted: UNKNOWN_SENTINELS.boolean } }],
    },
    {
      title: "no flag, and the engine read from config during preview (it may be Aurora)",
      resources: [{ type: CLUSTER, name: "ledger", props: { ...MULTI_AZ, engine: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "a customer key required, and the cluster's key computed during preview",
      config: { requireKmsKey: true },
      resources: [{ type: CLUSTER, name: "orders", props: { ...AURORA, storageEncrypted: true, kmsKeyId: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "a global cluster's storageEncrypted computed during preview",
      resources: [{ type: GLOBAL, name: "orders-global", props: { globalClusterIdentifier: "orders-global", storageEncrypted: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
