import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const POSTGRES = { engine: "postgres", engineVersion: "16.4", instanceClass: "db.t4g.medium", allocatedStorage: 50, username: "app", manageMasterUserPassword: true };
const REPLICA = { instanceClass: "db.t4g.medium", replicateSourceDb: "arn:aws:rds:us-east-1:123456789012:db:orders-db" };

export const examples = policyExamples({
  policy: "rds-storage-encrypted",
  good: [
    {
      title: "a Postgres instance with storageEncrypted true (the aws/rds key)",
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-db", props: { ...POSTGRES, storageEncrypted: true } }],
    },
    {
      title: "a cross-region read replica encrypted with a KMS key of its region",
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-replica", props: { ...REPLICA, kmsKeyId: KEY } }],
    },
    {
      title: "an instance with a customer-managed key, when requireKmsKey is on",
      config: { requireKmsKey: true },
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-db", props: { ...POSTGRES, storageEncrypted: true, kmsKeyId: KEY } }],
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
      title: "an instance with storageEncrypted false, even with a KMS key",
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-db", props: { ...POSTGRES, storageEncrypted: false, kmsKeyId: KEY } }],
      violations: ["orders-db"],
      message: /storageEncrypted is false/,
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
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-replica", props: { ...REPLICA, kmsKeyId: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
