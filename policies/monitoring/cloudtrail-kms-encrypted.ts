// cloudtrail-kms-encrypted: every trail encrypts its log files with a KMS key (kmsKeyId). Log
// files are encrypted at rest anyway (SSE-S3 by default, per CT.CLOUDTRAIL.PR.1); a KMS key adds
// a second permission, kms:Decrypt, that a reader of the bucket must also hold.
import { resourcePolicy } from "../lib/control";
import { isUnknown } from "../lib/unknown";
import { readString } from "../lib/values";
import { MON } from "./types";

export const cloudtrailKmsEncrypted = resourcePolicy<Record<string, never>>({
  name: "cloudtrail-kms-encrypted",
  description: "CloudTrail trails encrypt their log files with a KMS key (kmsKeyId is set).",
  severity: "medium",
  // The logs are already encrypted at rest with S3-managed keys: hygiene, so advisory by
  // default and mandatory in strict.json.
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [
    { framework: "aws-fsbp", ids: ["CloudTrail.2"] },
    { framework: "cis-aws", ids: ["3.5"] },
    { framework: "aws-ct", ids: ["CT.CLOUDTRAIL.PR.1"] },
  ],
  remediationSteps:
    "Set kmsKeyId on the aws.cloudtrail.Trail to the ARN of a customer-managed aws.kms.Key with rotation enabled whose key " +
    "policy lets cloudtrail.amazonaws.com encrypt (kms:GenerateDataKey*) for this trail.",
  types: [MON.trail],
  check(trail, _config, judge) {
    const key = readString(trail.props.kmsKeyId);
    // An unknown kmsKeyId is a key being created in the same deployment: its ARN is not known
    // yet, but the trail is set to use one, which is all this control asks.
    if (isUnknown(key)) return;
    if (typeof key !== "string" || key.trim() === "") {
      judge.violation(
        `Trail "${trail.name}" does not encrypt its log files with a KMS key (kmsKeyId is not set). ` +
          "Set kmsKeyId to a customer-managed KMS key whose policy allows CloudTrail to use it.",
      );
    }
  },
});
