import { rdsStorageEncrypted } from "../../../policies/data/rds-storage-encrypted";
import { UNKNOWN_BOOL, UNKNOWN_STRING, runResourcePolicy, secret } from "../../helpers/policy-harness";

const RDS = { instance: "aws:rds/instance:Instance", cluster: "aws:rds/cluster:Cluster" } as const;
const db = { engine: "postgres", instanceClass: "db.t4g.micro", allocatedStorage: 20 };
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
    { label: "encrypted with the AWS key when a customer key is required", type: RDS.instance, props: { ...db, storageEncrypted: true }, config: { requireKmsKey: true }, expected: /customer-managed key/ },
  ];

  it.each(bad)("flags: $label", async ({ type, props, config, expected }) => {
    const outcome = await runResourcePolicy(rdsStorageEncrypted, { type, props }, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(expected);
  });

  const good: Row[] = [
    { label: "DB instance with storageEncrypted true", type: RDS.instance, props: { ...db, storageEncrypted: true } },
    { label: "flag as the string \"true\"", type: RDS.instance, props: { ...db, storageEncrypted: "true" } },
    { label: "cross-region replica with a KMS key", type: RDS.instance, props: { instanceClass: "db.t4g.micro", replicateSourceDb: "arn:aws:rds:us-east-1:123456789012:db:src", kmsKeyId: key } },
    { label: "flag held as a secret", type: RDS.instance, props: { ...db, storageEncrypted: secret(true) } },
  ];

  it.each(good)("passes: $label", async ({ type, props, config }) => {
    const outcome = await runResourcePolicy(rdsStorageEncrypted, { type, props }, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  it("leaves DB clusters to rds-cluster-storage-encrypted", async () => {
    const outcome = await runResourcePolicy(rdsStorageEncrypted, { type: RDS.cluster, props: { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large" } });
    expect(outcome.violations).toEqual([]);
  });

  it.each([
    { label: "storageEncrypted unknown", type: RDS.instance, props: { ...db, storageEncrypted: UNKNOWN_BOOL }, config: {}, mentions: "storageEncrypted" },
    { label: "flag missing and kmsKeyId unknown", type: RDS.instance, props: { ...db, kmsKeyId: UNKNOWN_STRING }, config: {}, mentions: "kmsKeyId" },
  ])("does not guess when $label", async ({ type, props, config, mentions }) => {
    const outcome = await runResourcePolicy(rdsStorageEncrypted, { type, props }, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(mentions);
  });

  it("never prints the master password or key", async () => {
    const outcome = await runResourcePolicy(rdsStorageEncrypted, { type: RDS.instance, props: { ...db, password: secret("hunter2-pw"), storageEncrypted: true } }, { requireKmsKey: true });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toContain("hunter2");
  });
});
