// Stream records are encrypted at rest. Kinesis Data Streams encrypts only when encryptionType is
// KMS; the default is NONE (Kinesis Data Streams Developer Guide, "Data protection in Amazon
// Kinesis Data Streams"; provider v7: "The default value is NONE").
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { DATA_T, KINESIS_PROPS as P } from "./types";

export const kinesisStreamEncrypted = resourcePolicy<Record<string, never>>({
  name: "kinesis-stream-encrypted",
  description: 'Every Kinesis data stream encrypts its records at rest: encryptionType is "KMS" (the default is "NONE").',
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["Kinesis.1"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps: 'Set encryptionType: "KMS" and kmsKeyId to a customer managed key, or to "alias/aws/kinesis" for the key Kinesis owns. Existing records stay as they were; new records are encrypted.',
  types: [DATA_T.kinesisStream],
  check(stream, _config, judge) {
    const type = readString(stream.props[P.encryptionType]);
    if (type === UNKNOWN) return judge.unknown(P.encryptionType);
    if (typeof type === "string" && type.trim().toUpperCase() === "KMS") return;
    const spelled = type === undefined ? 'not set and defaults to "NONE"' : type.trim().toUpperCase() === "NONE" ? '"NONE"' : 'a value other than "KMS"';
    judge.violation(`Kinesis stream "${stream.name}" stores records unencrypted (encryptionType is ${spelled}). Set encryptionType: "KMS" with a kmsKeyId.`);
  },
});
