// Database storage, its automated backups, snapshots and read replicas are encrypted at rest.
// RDS cannot encrypt an existing unencrypted database in place, so this is decided at creation.
// Aurora encrypts every DB cluster created since 18 February 2026 with an AWS-owned key when
// none is asked for (Aurora User Guide, "Encrypting Amazon Aurora resources"), so an Aurora
// cluster that leaves storageEncrypted unset is encrypted; RDS DB instances and Multi-AZ DB
// clusters still default to unencrypted.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool, readString } from "../lib/values";
import { RDS_T, RDS_CLUSTER_PROPS, RDS_INSTANCE_PROPS } from "../aws/rds/types";

interface Config {
  requireKmsKey: boolean;
}

function hasKmsKey(value: unknown): boolean | typeof UNKNOWN {
  const key = readString(value);
  if (key === UNKNOWN) return UNKNOWN;
  return key !== undefined && key.trim() !== "";
}

export const rdsStorageEncrypted = resourcePolicy<Config>({
  name: "rds-storage-encrypted",
  description:
    "Every RDS DB instance and DB cluster stores its data encrypted: storageEncrypted is true, or left unset on an Aurora cluster (Aurora encrypts new clusters by default since February 2026) or a serverless v1 cluster; an explicit kmsKeyId also counts, as for encrypted cross-region replicas. Optionally a customer-managed KMS key is required.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["RDS.3", "RDS.27"] },
    { framework: "cis-aws", ids: ["2.3.1"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    "Set storageEncrypted: true (and kmsKeyId: key.arn for a customer-managed key). An existing unencrypted database must be migrated: copy a snapshot with encryption and restore from it.",
  config: {
    requireKmsKey: {
      type: "boolean",
      description: "Also require a customer-managed KMS key (kmsKeyId) rather than the aws/rds default key.",
      default: false,
    },
  },
  types: [RDS_T.instance, RDS_T.cluster],
  check(db, config, judge) {
    const what = db.type === RDS_T.instance ? "RDS DB instance" : "RDS DB cluster";
    const P = db.type === RDS_T.instance ? RDS_INSTANCE_PROPS : RDS_CLUSTER_PROPS;
    const encrypted = readBool(db.props[P.storageEncrypted]);
    const kms = hasKmsKey(db.props[P.kmsKeyId]);
    if (encrypted === UNKNOWN) {
      judge.unknown("storageEncrypted");
      return;
    }
    let isEncrypted = encrypted === true;
    if (encrypted === undefined) {
      if (kms === UNKNOWN) {
        judge.unknown("kmsKeyId");
        return;
      }
      // Aurora and serverless v1 clusters are encrypted by default; a KMS key without the flag
      // marks an encrypted replica or restore (AWS rejects it otherwise).
      const cluster = db.type === RDS_T.cluster;
      const mode = cluster ? readString(db.props[RDS_CLUSTER_PROPS.engineMode]) : undefined;
      const engine = cluster ? readString(db.props[RDS_CLUSTER_PROPS.engine]) : undefined;
      if (kms !== true && (mode === UNKNOWN || engine === UNKNOWN)) {
        judge.unknown(mode === UNKNOWN ? "engineMode" : "engine");
        return;
      }
      const aurora = typeof engine === "string" && engine.trim().toLowerCase().startsWith("aurora");
      isEncrypted = kms === true || aurora || (typeof mode === "string" && mode.trim().toLowerCase() === "serverless");
    }
    if (!isEncrypted) {
      judge.violation(`${what} "${db.name}" stores data unencrypted (storageEncrypted is ${encrypted === false ? "false" : "not set and defaults to false"}). Set storageEncrypted: true.`);
      return;
    }
    if (config.requireKmsKey === true) {
      if (kms === UNKNOWN) judge.unknown("kmsKeyId");
      else if (!kms) judge.violation(`${what} "${db.name}" is encrypted with the AWS-managed aws/rds key; requireKmsKey asks for a customer-managed key. Set kmsKeyId to a KMS key ARN.`);
    }
  },
});
