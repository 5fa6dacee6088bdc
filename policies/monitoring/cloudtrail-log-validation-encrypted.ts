// cloudtrail-log-validation-encrypted: every trail signs its log files (digest files prove the
// logs were not altered) and encrypts them with a KMS key, both off by default.
import { resourcePolicy } from "../lib/control";
import { readBool, readString } from "../lib/values";
import { MON } from "./types";

interface Config {
  requireKmsKey: boolean;
}

export const cloudtrailLogValidationEncrypted = resourcePolicy<Config>({
  name: "cloudtrail-log-validation-encrypted",
  description: "CloudTrail trails enable log file validation (enableLogFileValidation) and encrypt log files with a KMS key (kmsKeyId).",
  severity: "medium",
  enforcementLevel: "mandatory",
  domain: "monitoring",
  references: [
    { framework: "aws-fsbp", ids: ["CloudTrail.4", "CloudTrail.2"] },
    { framework: "cis-aws", ids: ["3.2", "3.5"] },
    { framework: "aws-ct", ids: ["CT.CLOUDTRAIL.PR.1"] },
  ],
  remediationSteps:
    "Set enableLogFileValidation: true on the aws.cloudtrail.Trail, and kmsKeyId to the ARN of a customer-managed aws.kms.Key " +
    "with rotation enabled whose key policy lets cloudtrail.amazonaws.com encrypt (kms:GenerateDataKey*) for this trail.",
  config: {
    requireKmsKey: {
      type: "boolean",
      default: true,
      description: "Also require kmsKeyId (CloudTrail.2, CIS 3.5); log file validation is always required.",
    },
  },
  types: [MON.trail],
  check(trail, config, judge) {
    const validation = readBool(trail.props.enableLogFileValidation);
    if (typeof validation !== "boolean" && validation !== undefined) judge.unknown("enableLogFileValidation");
    else if (validation !== true) {
      judge.violation(
        `Trail "${trail.name}" does not validate its log files (enableLogFileValidation is ${validation === false ? "false" : "not set, default false"}). ` +
          "Set enableLogFileValidation: true so CloudTrail writes signed digest files that reveal altered or deleted logs.",
      );
    }
    if (readBool(config.requireKmsKey) === false) return;
    const key = readString(trail.props.kmsKeyId);
    // An unknown kmsKeyId is a key being created in the same deployment: its ARN is not known
    // yet, but the trail is set to use one, which is all this control asks.
    if (typeof key !== "string" && key !== undefined) return;
    if (key === undefined || key.trim() === "") {
      judge.violation(
        `Trail "${trail.name}" does not encrypt its log files with a KMS key (kmsKeyId is not set). ` +
          "Set kmsKeyId to a customer-managed KMS key whose policy allows CloudTrail to use it.",
      );
    }
  },
});
