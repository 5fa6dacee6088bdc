import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const QUEUE = "aws:sqs/queue:Queue";
const KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export const examples = policyExamples({
  policy: "sqs-encrypted",
  good: [
    {
      title: "a queue that sets nothing: SQS encrypts new queues with SSE-SQS by default",
      resources: [{ type: QUEUE, name: "orders", props: { visibilityTimeoutSeconds: 60 } }],
    },
    {
      title: "a queue encrypted with a customer managed key (SSE-KMS), SSE-SQS off",
      resources: [{ type: QUEUE, name: "orders", props: { kmsMasterKeyId: KEY, kmsDataKeyReusePeriodSeconds: 300, sqsManagedSseEnabled: false } }],
    },
    {
      title: "a FIFO queue with SSE-SQS stated explicitly",
      resources: [{ type: QUEUE, name: "ledger", props: { fifoQueue: true, sqsManagedSseEnabled: true } }],
    },
  ],
  bad: [
    {
      title: "a queue that turns SSE-SQS off and names no KMS key",
      resources: [{ type: QUEUE, name: "orders", props: { sqsManagedSseEnabled: false } }],
      violations: ["orders"],
      message: /SQS queue "orders" stores messages unencrypted/,
    },
    {
      title: "SSE-SQS off and an empty key id",
      resources: [{ type: QUEUE, name: "orders", props: { sqsManagedSseEnabled: "false", kmsMasterKeyId: "" } }],
      violations: ["orders"],
    },
  ],
  unknown: [
    {
      title: "SSE-SQS off, and the KMS key computed during preview",
      resources: [{ type: QUEUE, name: "orders", props: { sqsManagedSseEnabled: false, kmsMasterKeyId: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "the SSE-SQS flag read from config during preview",
      resources: [{ type: QUEUE, name: "orders", props: { sqsManagedSseEnabled: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
