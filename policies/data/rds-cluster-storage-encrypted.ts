// DB clusters (Aurora and Multi-AZ DB clusters) and Aurora global databases store their data
// encrypted. An Aurora or serverless v1 cluster that leaves storageEncrypted unset is encrypted
// (aws/rds/encryption.ts); a Multi-AZ DB cluster is not. A global cluster is Aurora: unset, it is
// encrypted like the Aurora clusters it holds, and one built from sourceDbClusterIdentifier takes
// the source cluster's setting (judged on the source).
import { resourcePolicy } from "../lib/control";
import type { Judge } from "../lib/judge";
import type { ResourceView } from "../lib/resource-view";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { namesKmsKey } from "../aws/kms-key";
import { clusterEncryptedByDefault, unknownEngineProp } from "../aws/rds/encryption";
import { RDS_CLUSTER_PROPS as P, RDS_GLOBAL_CLUSTER_PROPS as G, RDS_T } from "../aws/rds/types";

interface Config {
  requireKmsKey: boolean;
}

function unencrypted(db: ResourceView, what: string, explicit: boolean, judge: Judge): void {
  judge.violation(`${what} "${db.name}" stores data unencrypted (storageEncrypted is ${explicit ? "false" : "not set and defaults to false"}). Set storageEncrypted: true.`);
}

function judgeGlobalCluster(db: ResourceView, judge: Judge): void {
  const encrypted = readBool(db.props[G.storageEncrypted]);
  if (encrypted === UNKNOWN) judge.unknown(G.storageEncrypted);
  else if (encrypted === false) unencrypted(db, "RDS global cluster", true, judge);
}

function judgeCluster(db: ResourceView, config: Config, judge: Judge): void {
  const encrypted = readBool(db.props[P.storageEncrypted]);
  const kms = namesKmsKey(db.props[P.kmsKeyId]);
  if (encrypted === UNKNOWN) return judge.unknown(P.storageEncrypted);
  if (encrypted === false) return unencrypted(db, "RDS DB cluster", true, judge);
  if (encrypted === undefined && kms !== true) {
    if (kms === UNKNOWN) return judge.unknown(P.kmsKeyId);
    const byDefault = clusterEncryptedByDefault(db.props);
    if (byDefault === UNKNOWN) return judge.unknown(unknownEngineProp(db.props));
    if (!byDefault) return unencrypted(db, "RDS DB cluster", false, judge);
  }
  if (config.requireKmsKey === true) {
    if (kms === UNKNOWN) judge.unknown(P.kmsKeyId);
    else if (!kms) judge.violation(`RDS DB cluster "${db.name}" is encrypted with an AWS key; requireKmsKey asks for a customer-managed key. Set kmsKeyId to a KMS key ARN.`);
  }
}

export const rdsClusterStorageEncrypted = resourcePolicy<Config>({
  name: "rds-cluster-storage-encrypted",
  description:
    "Every RDS DB cluster and Aurora global cluster stores its data encrypted: storageEncrypted is true, or left unset on an Aurora cluster (encrypted by default since February 2026), a serverless v1 cluster or a global cluster; an explicit kmsKeyId also counts. Multi-AZ DB clusters default to unencrypted. Optionally a customer-managed KMS key is required on clusters.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["RDS.27"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    "Set storageEncrypted: true (and kmsKeyId: key.arn for a customer-managed key) on the cluster, and leave storageEncrypted unset or true on the global cluster. An unencrypted cluster must be migrated: restore an encrypted copy of a snapshot.",
  config: {
    requireKmsKey: {
      type: "boolean",
      description: "Also require a customer-managed KMS key (kmsKeyId) on DB clusters rather than an AWS key (global clusters take their members' keys).",
      default: false,
    },
  },
  types: [RDS_T.cluster, RDS_T.globalCluster],
  check(db, config, judge) {
    if (db.type === RDS_T.globalCluster) judgeGlobalCluster(db, judge);
    else judgeCluster(db, config, judge);
  },
});
