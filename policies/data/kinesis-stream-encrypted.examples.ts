import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const STREAM = "aws:kinesis/stream:Stream";

export const examples = policyExamples({
  policy: "kinesis-stream-encrypted",
  good: [
    {
      title: "a stream encrypted with the key Kinesis owns",
      resources: [{ type: STREAM, name: "clicks", props: { shardCount: 2, encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" } }],
    },
    {
      title: "an on-demand stream encrypted with a customer managed key",
      resources: [{ type: STREAM, name: "orders", props: { streamModeDetails: { streamMode: "ON_DEMAND" }, encryptionType: "KMS", kmsKeyId: "alias/orders-stream" } }],
    },
  ],
  bad: [
    {
      title: "a stream that leaves encryptionType at its default, NONE",
      resources: [{ type: STREAM, name: "clicks", props: { shardCount: 2 } }],
      violations: ["clicks"],
      message: /Kinesis stream "clicks" stores records unencrypted \(encryptionType is not set and defaults to "NONE"\)/,
    },
    {
      title: 'a stream with encryptionType "NONE"',
      resources: [{ type: STREAM, name: "clicks", props: { shardCount: 2, encryptionType: "NONE" } }],
      violations: ["clicks"],
      message: /encryptionType is "NONE"/,
    },
  ],
  unknown: [
    {
      title: "encryptionType read from config during preview",
      resources: [{ type: STREAM, name: "clicks", props: { shardCount: 2, encryptionType: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
