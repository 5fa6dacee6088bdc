// SNS topics encrypt with a KMS key. SNS keeps messages on encrypted disks even without one, so a
// topic without kmsMasterKeyId is not an unencrypted store: the key adds access control (who may
// decrypt) and an audit trail. Hence advisory and low. Security Hub retired SNS.1 from the FSBP
// standard in April 2024; the control remains in its NIST SP 800-53 standard (Security Hub User
// Guide, "Security Hub controls for Amazon SNS").
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { namesKmsKey } from "../aws/kms-key";
import { DATA_T, SNS_PROPS as P } from "./types";

export const snsTopicKmsEncrypted = resourcePolicy<Record<string, never>>({
  name: "sns-topic-kms-encrypted",
  description:
    "Every SNS topic is encrypted with a KMS key (kmsMasterKeyId). Without one SNS still stores messages on encrypted disks, so this is advisory; Security Hub control SNS.1, retired from FSBP in April 2024.",
  severity: "low",
  enforcementLevel: "advisory",
  domain: "data",
  references: [{ framework: "aws-fsbp", ids: ["SNS.1"] }],
  remediationSteps:
    'Set kmsMasterKeyId to a customer managed KMS key (or "alias/aws/sns"); a key used by CloudWatch alarms or other AWS services must let their service principal use it (kms:GenerateDataKey*, kms:Decrypt).',
  types: [DATA_T.snsTopic],
  check(topic, _config, judge) {
    const kms = namesKmsKey(topic.props[P.kmsMasterKeyId]);
    if (kms === UNKNOWN) judge.unknown(P.kmsMasterKeyId);
    else if (!kms) judge.violation(`SNS topic "${topic.name}" is not encrypted with a KMS key (no kmsMasterKeyId). Set kmsMasterKeyId to a KMS key.`);
  },
});
