import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TRAIL = "aws:cloudtrail/trail:Trail";
const trail = (name: string, props: Record<string, unknown>) => ({ type: TRAIL, name, props: { name, s3BucketName: "acme-cloudtrail-logs", isMultiRegionTrail: true, ...props } });

export const examples = policyExamples({
  policy: "cloudtrail-logging-enabled",
  good: [
    {
      title: "a trail that leaves enableLogging at its default is logging",
      resources: [trail("org-trail", {})],
    },
    {
      title: "a trail with logging explicitly on",
      resources: [trail("org-trail", { enableLogging: true })],
    },
    {
      title: "a logging single-region trail: which regions it covers is cloudtrail-multi-region's question",
      resources: [trail("eu-trail", { isMultiRegionTrail: false, enableLogging: true })],
    },
  ],
  bad: [
    {
      title: "a trail created with logging stopped records no API activity",
      resources: [trail("org-trail", { enableLogging: false })],
      violations: ["org-trail"],
      message: /is not logging \(enableLogging is false\)/,
    },
    {
      title: "a stopped trail is reported even beside one that logs",
      resources: [trail("org-trail", {}), trail("legacy-trail", { enableLogging: false })],
      violations: ["legacy-trail"],
      message: /Trail "legacy-trail" is not logging/,
    },
  ],
  unknown: [
    {
      title: "enableLogging computed from a stack output during preview",
      resources: [trail("org-trail", { enableLogging: UNKNOWN_SENTINELS.boolean })],
    },
  ],
});
