import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TRAIL = "aws:cloudtrail/trail:Trail";
const trail = (name: string, props: Record<string, unknown>) => ({ type: TRAIL, name, props: { name, s3BucketName: "acme-cloudtrail-logs", isMultiRegionTrail: true, ...props } });

export const examples = policyExamples({
  policy: "cloudtrail-log-file-validation",
  good: [
    {
      title: "a trail that writes signed digest files",
      resources: [trail("org-trail", { enableLogFileValidation: true })],
    },
    {
      title: "a validated trail without a KMS key: encryption is cloudtrail-kms-encrypted's question",
      resources: [trail("org-trail", { enableLogFileValidation: true, enableLogging: true })],
    },
  ],
  bad: [
    {
      title: "a trail that leaves enableLogFileValidation at its default (false) writes no digest files",
      resources: [trail("org-trail", {})],
      violations: ["org-trail"],
      message: /enableLogFileValidation is not set, default false/,
    },
    {
      title: "a trail with log file validation switched off",
      resources: [trail("org-trail", { enableLogFileValidation: false, kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-aaaa-bbbb-cccc-111122223333" })],
      violations: ["org-trail"],
      message: /enableLogFileValidation is false\)/,
    },
  ],
  unknown: [
    {
      title: "enableLogFileValidation computed during preview",
      resources: [trail("org-trail", { enableLogFileValidation: UNKNOWN_SENTINELS.boolean })],
    },
  ],
});
