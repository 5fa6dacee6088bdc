import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TRAIL = "aws:cloudtrail/trail:Trail";
const trail = (name: string, props: Record<string, unknown>) => ({ type: TRAIL, name, props: { name, s3BucketName: "acme-cloudtrail-logs", ...props } });
const S3_DATA_EVENTS = { type: "AWS::S3::Object", values: ["arn:aws:s3:::acme-invoices/"] };

export const examples = policyExamples({
  policy: "cloudtrail-multi-region",
  good: [
    {
      title: "a multi-region trail without event selectors records every read and write management event",
      resources: [trail("org-trail", { isMultiRegionTrail: true })],
    },
    {
      title: "one covering trail is enough: a regional trail for S3 data events may sit beside it",
      resources: [
        trail("org-trail", { isMultiRegionTrail: true }),
        trail("invoice-data", { eventSelectors: [{ includeManagementEvents: false, dataResources: [S3_DATA_EVENTS] }] }),
      ],
    },
    {
      title: "advanced selectors that keep all management events and add S3 data events",
      resources: [
        trail("org-trail", {
          isMultiRegionTrail: true,
          advancedEventSelectors: [
            { name: "management", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
            { name: "invoices", fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::S3::Object"] }] },
          ],
        }),
      ],
    },
    {
      title: "with requireEveryTrail, every trail is multi-region and records all management events",
      config: { requireEveryTrail: true },
      resources: [trail("org-trail", { isMultiRegionTrail: true }), trail("security-trail", { isMultiRegionTrail: true, eventSelectors: [{ readWriteType: "All" }] })],
    },
  ],
  bad: [
    {
      title: "a trail that leaves isMultiRegionTrail at its default logs its own region only",
      resources: [trail("audit", {})],
      violations: ["audit"],
      message: /isMultiRegionTrail is not true/,
    },
    {
      title: "a multi-region trail whose selector records write events only misses every read (Describe, Get, List) call",
      resources: [trail("org-trail", { isMultiRegionTrail: true, eventSelectors: [{ readWriteType: "WriteOnly", includeManagementEvents: true }] })],
      violations: ["org-trail"],
      message: /event selectors skip/,
    },
    {
      title: "a multi-region trail that excludes KMS events from its management events",
      resources: [trail("org-trail", { isMultiRegionTrail: true, eventSelectors: [{ readWriteType: "All", excludeManagementEventSources: ["kms.amazonaws.com"] }] })],
      violations: ["org-trail"],
      message: /event selectors skip/,
    },
    {
      title: "an advanced selector narrowed to read-only management events",
      resources: [
        trail("org-trail", {
          isMultiRegionTrail: true,
          advancedEventSelectors: [{ fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }, { field: "readOnly", equals: ["true"] }] }],
        }),
      ],
      violations: ["org-trail"],
      message: /event selectors skip/,
    },
    {
      title: "two regional trails and no covering one: both are reported",
      resources: [trail("eu-trail", {}), trail("us-trail", { isMultiRegionTrail: false })],
      violations: ["eu-trail", "us-trail"],
      message: /No trail in this stack does/,
    },
    {
      title: "with requireEveryTrail, a regional trail beside the covering one is reported",
      config: { requireEveryTrail: true },
      resources: [trail("org-trail", { isMultiRegionTrail: true }), trail("eu-trail", {})],
      violations: ["eu-trail"],
      message: /Every trail must cover all regions/,
    },
  ],
  unknown: [
    {
      title: "isMultiRegionTrail computed by another resource during preview",
      resources: [trail("org-trail", { isMultiRegionTrail: UNKNOWN_SENTINELS.boolean })],
    },
    {
      title: "a regional trail beside one whose event selectors are not known yet, which may turn out to cover",
      resources: [trail("eu-trail", {}), trail("org-trail", { isMultiRegionTrail: true, eventSelectors: UNKNOWN_SENTINELS.array })],
    },
  ],
});
