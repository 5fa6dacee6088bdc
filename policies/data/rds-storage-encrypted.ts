// DB instance storage, its automated backups, snapshots and read replicas are encrypted at rest.
// RDS cannot encrypt an existing unencrypted instance in place, so this is decided at creation,
// and an RDS DB instance still defaults to unencrypted. DB clusters and global clusters are
// rds-cluster-storage-encrypted's (RDS.27).
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { namesKmsKey } from "../aws/kms-key";
import { RDS_T, RDS_INSTANCE_PROPS as P } from "../aws/rds/types";

interface Config {
  requireKmsKey: boolean;
}

export const rdsStorageEncrypted = resourcePolicy<Config>({
  name: "rds-storage-encrypted",
  description:
    "Every RDS DB instance stores its data encrypted: storageEncrypted is true, or an explicit kmsKeyId marks an encrypted cross-region replica or restore (the default is unencrypted). Optionally a customer-managed KMS key is required. DB clusters are rds-cluster-storage-encrypted's.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["RDS.3"] },
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
  types: [RDS_T.instance],
  check(db, config, judge) {
    const encrypted = readBool(db.props[P.storageEncrypted]);
    const kms = namesKmsKey(db.props[P.kmsKeyId]);
    if (encrypted === UNKNOWN) return judge.unknown(P.storageEncrypted);
    if (encrypted === undefined && kms === UNKNOWN) return judge.unknown(P.kmsKeyId);
    // A KMS key without the flag marks an encrypted replica or restore (AWS rejects it otherwise).
    if (encrypted === false || (encrypted === undefined && kms !== true)) {
      judge.violation(`RDS DB instance "${db.name}" stores data unencrypted (storageEncrypted is ${encrypted === false ? "false" : "not set and defaults to false"}). Set storageEncrypted: true.`);
      return;
    }
    if (config.requireKmsKey === true) {
      if (kms === UNKNOWN) judge.unknown(P.kmsKeyId);
      else if (!kms) judge.violation(`RDS DB instance "${db.name}" is encrypted with the AWS-managed aws/rds key; requireKmsKey asks for a customer-managed key. Set kmsKeyId to a KMS key ARN.`);
    }
  },
});
