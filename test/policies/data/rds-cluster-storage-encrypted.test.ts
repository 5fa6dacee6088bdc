import { rdsClusterStorageEncrypted } from "../../../policies/data/rds-cluster-storage-encrypted";
import { UNKNOWN_BOOL, UNKNOWN_STRING, runResourcePolicy, secret } from "../../helpers/policy-harness";

const RDS = { cluster: "aws:rds/cluster:Cluster", global: "aws:rds/globalCluster:GlobalCluster", instance: "aws:rds/instance:Instance" } as const;
const cluster = { engine: "aurora-postgresql", masterUsername: "app" };
const multiAz = { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large" };
const key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

interface Row {
  label: string;
  type: string;
  props: Record<string, unknown>;
  config?: Record<string, unknown>;
}

describe("rds-cluster-storage-encrypted", () => {
  const bad: (Row & { expected: RegExp })[] = [
    { label: "Multi-AZ DB cluster (not Aurora) without the flag (default false)", type: RDS.cluster, props: multiAz, expected: /RDS DB cluster "subject" stores data unencrypted/ },
    { label: "DB cluster with storageEncrypted \"false\"", type: RDS.cluster, props: { ...cluster, storageEncrypted: "false" }, expected: /storageEncrypted is false/ },
    { label: "serverless cluster that turns encryption off", type: RDS.cluster, props: { ...cluster, engineMode: "serverless", storageEncrypted: false }, expected: /unencrypted/ },
    { label: "cluster with a KMS key but encryption explicitly off", type: RDS.cluster, props: { ...cluster, storageEncrypted: false, kmsKeyId: key }, expected: /storageEncrypted is false/ },
    { label: "global cluster with storageEncrypted false", type: RDS.global, props: { globalClusterIdentifier: "g", storageEncrypted: false }, expected: /RDS global cluster "subject"/ },
    { label: "Aurora default key when a customer key is required", type: RDS.cluster, props: cluster, config: { requireKmsKey: true }, expected: /customer-managed key/ },
  ];

  it.each(bad)("flags: $label", async ({ type, props, config, expected }) => {
    const outcome = await runResourcePolicy(rdsClusterStorageEncrypted, { type, props }, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(expected);
  });

  const good: Row[] = [
    // Aurora encrypts every cluster created since 18 February 2026 (AWS-owned key by default).
    { label: "Aurora cluster that leaves storageEncrypted unset", type: RDS.cluster, props: { ...cluster } },
    { label: "Aurora cluster whose engineMode is unknown (Aurora is encrypted in every mode)", type: RDS.cluster, props: { ...cluster, engineMode: UNKNOWN_STRING } },
    { label: "DB cluster with storageEncrypted true", type: RDS.cluster, props: { ...cluster, storageEncrypted: true } },
    { label: "Multi-AZ DB cluster with a KMS key and no flag", type: RDS.cluster, props: { ...multiAz, kmsKeyId: key } },
    { label: "serverless v1 cluster (encrypted by default)", type: RDS.cluster, props: { ...cluster, engineMode: "serverless" } },
    { label: "customer key required and given", type: RDS.cluster, props: { ...cluster, storageEncrypted: true, kmsKeyId: key }, config: { requireKmsKey: true } },
    { label: "global cluster that leaves storageEncrypted unset", type: RDS.global, props: { globalClusterIdentifier: "g", engine: "aurora-mysql" } },
    { label: "global cluster built from a source cluster, the source unknown at preview", type: RDS.global, props: { globalClusterIdentifier: "g", sourceDbClusterIdentifier: UNKNOWN_STRING } },
    { label: "global cluster when a customer key is required (its members carry the keys)", type: RDS.global, props: { globalClusterIdentifier: "g", storageEncrypted: true }, config: { requireKmsKey: true } },
  ];

  it.each(good)("passes: $label", async ({ type, props, config }) => {
    const outcome = await runResourcePolicy(rdsClusterStorageEncrypted, { type, props }, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  it("leaves DB instances to rds-storage-encrypted", async () => {
    const outcome = await runResourcePolicy(rdsClusterStorageEncrypted, { type: RDS.instance, props: { engine: "postgres", instanceClass: "db.t4g.micro" } });
    expect(outcome.violations).toEqual([]);
  });

  it.each([
    { label: "storageEncrypted unknown", type: RDS.cluster, props: { ...multiAz, storageEncrypted: UNKNOWN_BOOL }, config: {}, mentions: "storageEncrypted" },
    { label: "flag missing and engine unknown", type: RDS.cluster, props: { ...multiAz, engine: UNKNOWN_STRING }, config: {}, mentions: "engine" },
    { label: "flag missing and engineMode unknown on a Multi-AZ cluster", type: RDS.cluster, props: { ...multiAz, engineMode: UNKNOWN_STRING }, config: {}, mentions: "engineMode" },
    { label: "flag missing and kmsKeyId unknown", type: RDS.cluster, props: { ...multiAz, kmsKeyId: UNKNOWN_STRING }, config: {}, mentions: "kmsKeyId" },
    { label: "customer key required, kmsKeyId unknown", type: RDS.cluster, props: { ...cluster, storageEncrypted: true, kmsKeyId: UNKNOWN_STRING }, config: { requireKmsKey: true }, mentions: "kmsKeyId" },
    { label: "global cluster's flag unknown", type: RDS.global, props: { globalClusterIdentifier: "g", storageEncrypted: UNKNOWN_BOOL }, config: {}, mentions: "storageEncrypted" },
  ])("does not guess when $label", async ({ type, props, config, mentions }) => {
    const outcome = await runResourcePolicy(rdsClusterStorageEncrypted, { type, props }, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(mentions);
  });

  it("never prints the master password", async () => {
    const outcome = await runResourcePolicy(rdsClusterStorageEncrypted, { type: RDS.cluster, props: { ...cluster, masterPassword: secret("hunter2-pw"), storageEncrypted: true } }, { requireKmsKey: true });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toContain("hunter2");
  });
});
