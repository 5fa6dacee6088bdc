import { SECRET_SIG, SIG_KEY, UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TRAIL = "aws:cloudtrail/trail:Trail";
const KEY = "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-aaaa-bbbb-cccc-111122223333";
const trail = (name: string, props: Record<string, unknown>) => ({ type: TRAIL, name, props: { name, s3BucketName: "acme-cloudtrail-logs", isMultiRegionTrail: true, ...props } });

export const examples = policyExamples({
  policy: "cloudtrail-kms-encrypted",
  good: [
    {
      title: "a trail that encrypts its log files with a customer-managed key",
      resources: [trail("org-trail", { kmsKeyId: KEY })],
    },
    {
      title: "a trail that names its key by alias ARN",
      resources: [trail("org-trail", { kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:alias/cloudtrail" })],
    },
    {
      title: "a key ARN that arrives as a secret",
      resources: [trail("org-trail", { kmsKeyId: { [SIG_KEY]: SECRET_SIG, value: KEY } })],
    },
  ],
  bad: [
    {
      title: "a trail without kmsKeyId leaves its logs under S3-managed keys only",
      resources: [trail("org-trail", { enableLogFileValidation: true })],
      violations: ["org-trail"],
      message: /does not encrypt its log files with a KMS key/,
    },
    {
      title: "an empty kmsKeyId is no key",
      resources: [trail("org-trail", { kmsKeyId: "" }), trail("eu-trail", { kmsKeyId: KEY })],
      violations: ["org-trail"],
      message: /Trail "org-trail" does not encrypt/,
    },
  ],
  unknown: [
    {
      title: "the ARN of a key created in the same deployment is not known during preview",
      resources: [trail("org-trail", { kmsKeyId: UNKNOWN_SENTINELS.string })],
    },
  ],
});
