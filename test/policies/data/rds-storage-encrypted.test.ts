import { rdsStorageEncrypted } from "../../../policies/data/rds-storage-encrypted";
import { UNKNOWN_BOOL, UNKNOWN_STRING, runResourcePolicy, secret } from "../../helpers/policy-harness";

const RDS = { instance: "aws:rds/instance:Instance", cluster: "aws:rds/cluster:Cluster" } as const;
const db = { engine: "postgres", instanceClass: "db.t4g.micro", allocatedStorage: 20 };
const cluster = { engine: "aurora-postgresql", masterUsername: "app" };
const key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

interface Row {
  label: string;
  type: string;
  props: Record<string, unknown>;
  config?: Record<string, unknown>;
}

describe("rds-storage-encrypted", () => {
  const bad: (Row & { expected: RegExp })[] = [
    { label: "DB instance without the flag (default false)", type: RDS.instance, props: { ...db }, expected: /not set and defaults to false/ },
    { label: "DB instance with storageEncrypted false", type: RDS.instance, props: { ...db, storageEncrypted: false }, expected: /storageEncrypted is false/ },
    { label: "Multi-AZ DB cluster (not Aurora) without the flag (default false)", type: RDS.cluster, props: { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large" }, expected: /RDS DB cluster "subject" stores data unencrypted/ },
    { label: "DB cluster with storageEncrypted \"false\"", type: RDS.cluster, props: { ...cluster, storageEncrypted: "false" }, expected: /storageEncrypted is false/ },
    { label: "serverless cluster that turns encryption off", type: RDS.cluster, props: { ...cluster, engineMode: "serverless", storageEncrypted: false }, expected: /unencrypted/ },
    { label: "encrypted with the AWS key when a customer key is required", type: RDS.instance, props: { ...db, storageEncrypted: true }, config: { requireKmsKey: true }, expected: /customer-managed key/ },
    { label: "cluster with a KMS key but encryption explicitly off", type: RDS.cluster, props: { ...cluster, storageEncrypted: false, kmsKeyId: key }, expected: /storageEncrypted is false/ },
  ];

  it.each(bad)("flags: $label", async ({ type, props, config, expected }) => {
    const outcome = await runResourcePolicy(rdsStorageEncrypted, { type, props }, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(expected);
  });

  const good: Row[] = [
    // Aurora encrypts every cluster created since 18 February 2026 (AWS-owned key by default).
    { label: "Aurora cluster that leaves storageEncrypted unset", type: RDS.cluster, props: { ...cluster } },
    { label: "DB instance with storageEncrypted true", type: RDS.instance, props: { ...db, storageEncrypted: true } },
    { label: "DB cluster with storageEncrypted true", type: RDS.cluster, props: { ...cluster, storageEncrypted: true } },
    { label: "flag as the string \"true\"", type: RDS.instance, props: { ...db, storageEncrypted: "true" } },
    { label: "cross-region replica with a KMS key", type: RDS.instance, props: { instanceClass: "db.t4g.micro", replicateSourceDb: "arn:aws:rds:us-east-1:123456789012:db:src", kmsKeyId: key } },
    { label: "serverless v1 cluster (encrypted by default)", type: RDS.cluster, props: { ...cluster, engineMode: "serverless" } },
    { label: "customer key required and given", type: RDS.cluster, props: { ...cluster, storageEncrypted: true, kmsKeyId: key }, config: { requireKmsKey: true } },
    { label: "flag held as a secret", type: RDS.instance, props: { ...db, storageEncrypted: secret(true) } },
  ];

  it.each(good)("passes: $label", async ({ type, props, config }) => {
    const outcome = await runResourcePolicy(rdsStorageEncrypted, { type, props }, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  it.each([
    { label: "storageEncrypted unknown", type: RDS.instance, props: { ...db, storageEncrypted: UNKNOWN_BOOL }, config: {}, mentions: "storageEncrypted" },
    { label: "flag missing and kmsKeyId unknown", type: RDS.instance, props: { ...db, kmsKeyId: UNKNOWN_STRING }, config: {}, mentions: "kmsKeyId" },
    { label: "flag missing and engineMode unknown", type: RDS.cluster, props: { ...cluster, engineMode: UNKNOWN_STRING }, config: {}, mentions: "engineMode" },
    { label: "customer key required, kmsKeyId unknown", type: RDS.cluster, props: { ...cluster, storageEncrypted: true, kmsKeyId: UNKNOWN_STRING }, config: { requireKmsKey: true }, mentions: "kmsKeyId" },
  ])("does not guess when $label", async ({ type, props, config, mentions }) => {
    const outcome = await runResourcePolicy(rdsStorageEncrypted, { type, props }, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(mentions);
  });

  it("never prints the master password or key", async () => {
    const outcome = await runResourcePolicy(rdsStorageEncrypted, { type: RDS.cluster, props: { ...cluster, masterPassword: secret("hunter2-pw"), storageEncrypted: true }, }, { requireKmsKey: true });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toContain("hunter2");
  });
});
