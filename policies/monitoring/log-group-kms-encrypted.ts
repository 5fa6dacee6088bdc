// log-group-kms-encrypted: CloudWatch log groups are encrypted with a customer managed KMS key
// (kmsKeyId). CloudWatch Logs always encrypts log data at rest with a service key; a KMS key adds
// a permission (kms:Decrypt) a reader must also hold, and a key that can be revoked (CloudWatch
// Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS"). No FSBP control asks
// for it; advisory, since the data is encrypted either way (strict.json makes it mandatory).
import { namesKmsKey } from "../aws/kms-key";
import { resourcePolicy } from "../lib/control";
import { isUnknown } from "../lib/unknown";
import { LOG_GROUP_PROPS as P, MON } from "./types";

export const logGroupKmsEncrypted = resourcePolicy<Record<string, never>>({
  name: "log-group-kms-encrypted",
  description: "CloudWatch log groups are encrypted with a customer managed KMS key (kmsKeyId is set).",
  severity: "low",
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [],
  remediationSteps:
    "Set kmsKeyId on the aws.cloudwatch.LogGroup to the ARN of a symmetric aws.kms.Key with rotation whose key policy lets " +
    "logs.<region>.amazonaws.com use it for this account's log groups (condition on kms:EncryptionContext:aws:logs:arn).",
  types: [MON.logGroup],
  check(group, _config, judge) {
    const named = namesKmsKey(group.props[P.kmsKeyId]);
    // An unknown kmsKeyId is a key created in the same deployment: a key is set, which is all this asks.
    if (isUnknown(named) || named === true) return;
    judge.violation(`Log group "${group.name}" is encrypted only with the service's key (kmsKeyId is not set). Set kmsKeyId to a customer managed KMS key.`);
  },
});
