import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export const examples = policyExamples({
  policy: "log-group-kms-encrypted",
  good: [
    {
      title: "a log group encrypted with a customer managed key",
      resources: [{ type: LOG_GROUP, name: "api", props: { name: "/app/api", retentionInDays: 365, kmsKeyId: KEY } }],
    },
    {
      title: "a key created in the same deployment (its ARN unknown during preview)",
      resources: [{ type: LOG_GROUP, name: "api", props: { name: "/app/api", kmsKeyId: UNKNOWN_SENTINELS.string } }],
    },
  ],
  bad: [
    {
      title: "a log group without kmsKeyId",
      resources: [{ type: LOG_GROUP, name: "api", props: { name: "/app/api", retentionInDays: 365 } }],
      violations: ["api"],
      message: /Log group "api" is encrypted only with the service's key \(kmsKeyId is not set\)/,
    },
  ],
});
