import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TOPIC = "aws:sns/topic:Topic";
const KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export const examples = policyExamples({
  policy: "sns-topic-kms-encrypted",
  good: [
    {
      title: "a topic encrypted with a customer managed key",
      resources: [{ type: TOPIC, name: "alerts", props: { kmsMasterKeyId: KEY } }],
    },
    {
      title: "a FIFO topic encrypted with the AWS managed key for SNS",
      resources: [{ type: TOPIC, name: "orders", props: { fifoTopic: true, kmsMasterKeyId: "alias/aws/sns" } }],
    },
  ],
  bad: [
    {
      title: "a topic without a KMS key",
      resources: [{ type: TOPIC, name: "alerts", props: { displayName: "Alerts" } }],
      violations: ["alerts"],
      message: /SNS topic "alerts" is not encrypted with a KMS key/,
    },
    {
      title: "a topic whose key id is blank",
      resources: [{ type: TOPIC, name: "alerts", props: { kmsMasterKeyId: " " } }],
      violations: ["alerts"],
    },
  ],
  unknown: [
    {
      title: "the key ARN from a key created in the same preview",
      resources: [{ type: TOPIC, name: "alerts", props: { kmsMasterKeyId: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
