// Queued messages are encrypted at rest. Amazon SQS encrypts every queue created since late 2022
// with SQS-owned keys (SSE-SQS) unless told otherwise (SQS Developer Guide, "Encryption at rest
// in Amazon SQS"), so a queue that says nothing passes. The one unencrypted queue a program can
// write turns SSE-SQS off (sqsManagedSseEnabled false) without naming a KMS key instead.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { namesKmsKey } from "../aws/kms-key";
import { DATA_T, SQS_PROPS as P } from "./types";

export const sqsEncrypted = resourcePolicy<Record<string, never>>({
  name: "sqs-encrypted",
  description:
    "No SQS queue turns server-side encryption off: sqsManagedSseEnabled false is reported unless kmsMasterKeyId names a KMS key. A queue that sets neither is encrypted with SSE-SQS, SQS's default.",
  severity: "medium",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["SQS.1"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps: "Remove sqsManagedSseEnabled: false (SQS then encrypts with SSE-SQS), or set kmsMasterKeyId to a KMS key for SSE-KMS.",
  types: [DATA_T.sqsQueue],
  check(queue, _config, judge) {
    const sqsManaged = readBool(queue.props[P.sqsManagedSseEnabled]);
    if (sqsManaged === UNKNOWN) return judge.unknown(P.sqsManagedSseEnabled);
    if (sqsManaged !== false) return;
    const kms = namesKmsKey(queue.props[P.kmsMasterKeyId]);
    if (kms === UNKNOWN) judge.unknown(P.kmsMasterKeyId);
    else if (!kms) {
      judge.violation(`SQS queue "${queue.name}" stores messages unencrypted: sqsManagedSseEnabled is false and no kmsMasterKeyId is set. Remove sqsManagedSseEnabled: false, or set kmsMasterKeyId.`);
    }
  },
});
