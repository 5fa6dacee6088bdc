import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TRAIL = "aws:cloudtrail/trail:Trail";
const trail = (name: string, props: Record<string, unknown>) => ({ type: TRAIL, name, props: { name, s3BucketName: "acme-cloudtrail-logs", ...props } });

export const examples = policyExamples({
  policy: "cloudtrail-global-service-events",
  good: [
    {
      title: "a trail that leaves includeGlobalServiceEvents at its default records IAM, STS and CloudFront calls",
      resources: [trail("org-trail", { isMultiRegionTrail: true })],
    },
    {
      title: "one trail records global service events; the regional trails turn them off to avoid duplicates",
      resources: [
        trail("org-trail", { isMultiRegionTrail: true, includeGlobalServiceEvents: true }),
        trail("eu-trail", { includeGlobalServiceEvents: false }),
        trail("us-trail", { includeGlobalServiceEvents: false }),
      ],
    },
  ],
  bad: [
    {
      title: "the stack's only trail leaves out global service events",
      resources: [trail("org-trail", { isMultiRegionTrail: true, includeGlobalServiceEvents: false })],
      violations: ["org-trail"],
      message: /includeGlobalServiceEvents is false\), and no trail in this stack does/,
    },
    {
      title: "every trail leaves them out: each is reported",
      resources: [trail("eu-trail", { includeGlobalServiceEvents: false }), trail("us-trail", { includeGlobalServiceEvents: false })],
      violations: ["eu-trail", "us-trail"],
      message: /IAM, STS and CloudFront calls go unrecorded/,
    },
  ],
  unknown: [
    {
      title: "a trail without global events beside one whose setting is not known yet, which may record them",
      resources: [trail("eu-trail", { includeGlobalServiceEvents: false }), trail("org-trail", { includeGlobalServiceEvents: UNKNOWN_SENTINELS.boolean })],
    },
  ],
});
