// cloudtrail-multi-region: a stack with trails has one that logs all regions and all read/write
// management events. Logging and global service events are judged by policies of their own.
import { cloudtrailMultiRegion as policy } from "../../../policies/monitoring/cloudtrail-multi-region";
import { MON } from "../../../policies/monitoring/types";
import { runStackPolicy, secret, StackInput, UNKNOWN_ARRAY, UNKNOWN_BOOL, UNKNOWN_STRING, urnOf } from "../../helpers/policy-harness";

const trail = (name: string, props: Record<string, unknown>): StackInput => ({ type: MON.trail, name, props: { name, s3BucketName: "logs", ...props } });
const MULTI = { isMultiRegionTrail: true };

interface Case {
  label: string;
  stack: StackInput[];
  config?: Record<string, unknown>;
}

const bad: (Case & { expect: RegExp[] })[] = [
  { label: "single-region trail (isMultiRegionTrail defaults to false)", stack: [trail("main", {})], expect: [/Trail "main" .*isMultiRegionTrail is not true/] },
  { label: "flag as the string \"false\"", stack: [trail("main", { isMultiRegionTrail: "false" })], expect: [/isMultiRegionTrail is not true/] },
  { label: "basic selector records read-only events", stack: [trail("main", { ...MULTI, eventSelectors: [{ readWriteType: "ReadOnly" }] })], expect: [/event selectors skip/] },
  { label: "basic selector drops management events (data-only trail)", stack: [trail("main", { ...MULTI, eventSelectors: [{ includeManagementEvents: false, dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }] }] })], expect: [/event selectors skip/] },
  { label: "basic selector excludes KMS events", stack: [trail("main", { ...MULTI, eventSelectors: [{ readWriteType: "All", excludeManagementEventSources: ["kms.amazonaws.com"] }] })], expect: [/event selectors skip/] },
  { label: "advanced selector narrowed to read-only", stack: [trail("main", { ...MULTI, advancedEventSelectors: [{ fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }, { field: "readOnly", equals: ["true"] }] }] })], expect: [/event selectors skip/] },
  { label: "advanced selectors for data events only", stack: [trail("main", { ...MULTI, advancedEventSelectors: [{ fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }, { field: "resources.type", equals: ["AWS::S3::Object"] }] }] })], expect: [/event selectors skip/] },
  { label: "two trails, neither covering: both reported", stack: [trail("a", {}), trail("b", { ...MULTI, eventSelectors: [{ readWriteType: "WriteOnly" }] })], expect: [/Trail "a" .*isMultiRegionTrail is not true/, /Trail "b" .*event selectors skip/] },
  { label: "both gaps of one trail in one message", stack: [trail("main", { eventSelectors: [{ readWriteType: "ReadOnly" }] })], expect: [/isMultiRegionTrail is not true; its event selectors skip/] },
  { label: "an advanced field selector of unknown name that cannot select management events", stack: [trail("main", { ...MULTI, advancedEventSelectors: [{ fieldSelectors: [{ field: UNKNOWN_STRING, equals: ["Data"] }] }] })], expect: [/event selectors skip/] },
  { label: "requireEveryTrail flags the regional trail beside a covering one", stack: [trail("org", MULTI), trail("regional", {})], config: { requireEveryTrail: true }, expect: [/Trail "regional" .*Every trail must cover all regions/] },
];

const good: Case[] = [
  { label: "multi-region trail with provider defaults", stack: [trail("main", MULTI)] },
  { label: "flags as strings", stack: [trail("main", { isMultiRegionTrail: "true", includeGlobalServiceEvents: "true", enableLogging: "true" })] },
  { label: "covering trail beside a regional data-event trail", stack: [trail("org", MULTI), trail("data", { eventSelectors: [{ includeManagementEvents: false }] })] },
  { label: "basic selector: All management events plus data events", stack: [trail("main", { ...MULTI, eventSelectors: [{ readWriteType: "All", includeManagementEvents: true, dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }] }] })] },
  { label: "advanced selectors with a plain Management selector", stack: [trail("main", { ...MULTI, advancedEventSelectors: [{ fieldSelectors: [{ field: "eventCategory", equals: ["Data"] }] }, { name: "mgmt", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] }] })] },
  { label: "secret-wrapped settings", stack: [trail("main", { isMultiRegionTrail: secret(true), kmsKeyId: secret("arn:aws:kms:us-east-1:1:key/k") })] },
  { label: "requireEveryTrail with every trail covering", stack: [trail("a", MULTI), trail("b", { ...MULTI, includeGlobalServiceEvents: true })], config: { requireEveryTrail: true } },
  // Other controls judge these; a trail that logs every region still covers the regions.
  { label: "a multi-region trail without global service events", stack: [trail("main", { ...MULTI, includeGlobalServiceEvents: false })] },
  { label: "a multi-region trail with logging stopped", stack: [trail("main", { ...MULTI, enableLogging: false })] },
];

describe("cloudtrail-multi-region", () => {
  it.each(bad)("flags: $label", async ({ stack, config, expect: patterns }) => {
    const outcome = await runStackPolicy(policy, stack, config);
    expect(outcome.violations).toHaveLength(patterns.length);
    patterns.forEach((p, i) => expect(outcome.violations[i].message).toMatch(p));
    expect(outcome.violations[0].urn).toMatch(/aws:cloudtrail\/trail:Trail::/);
  });

  it.each(good)("passes: $label", async ({ stack, config }) => {
    expect(await runStackPolicy(policy, stack, config)).toEqual({ violations: [] });
  });

  it("is skipped on stacks without trails", async () => {
    const outcome = await runStackPolicy(policy, [{ type: "aws:s3/bucket:Bucket", props: {} }]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/only applies/);
  });

  it("puts the violation on the trail", async () => {
    const outcome = await runStackPolicy(policy, [trail("main", {})]);
    expect(outcome.violations[0].urn).toBe(urnOf(MON.trail, "main"));
  });

  describe("unknown values during preview are not violations", () => {
    it.each([
      ["isMultiRegionTrail unknown", [trail("main", { isMultiRegionTrail: UNKNOWN_BOOL })], /isMultiRegionTrail of main/],
      ["event selectors unknown", [trail("main", { ...MULTI, eventSelectors: UNKNOWN_ARRAY })], /event selectors of main/],
      ["a regional trail beside one still unknown", [trail("regional", {}), trail("maybe", { isMultiRegionTrail: UNKNOWN_BOOL })], /isMultiRegionTrail of maybe/],
      ["an advanced field selector of unknown name", [trail("main", { ...MULTI, advancedEventSelectors: [{ fieldSelectors: [{ field: UNKNOWN_STRING, equals: ["Management"] }] }] })], /event selectors of main/],
    ] as [string, StackInput[], RegExp][])("%s", async (_label, stack, reason) => {
      const outcome = await runStackPolicy(policy, stack);
      expect(outcome.violations).toEqual([]);
      expect(outcome.notApplicable).toMatch(reason);
    });

    it("a known covering trail settles the question", async () => {
      expect(await runStackPolicy(policy, [trail("org", MULTI), trail("maybe", { isMultiRegionTrail: UNKNOWN_BOOL })])).toEqual({ violations: [] });
    });

    it("with requireEveryTrail, a trail still unknown does not shield a regional one", async () => {
      const outcome = await runStackPolicy(policy, [trail("maybe", { isMultiRegionTrail: UNKNOWN_BOOL }), trail("regional", {})], { requireEveryTrail: true });
      expect(outcome.violations.map((v) => v.urn)).toEqual([urnOf(MON.trail, "regional")]);
    });
  });

  it("keeps secrets out of messages", async () => {
    const outcome = await runStackPolicy(policy, [trail("main", { s3BucketName: secret("bucket-secret-9f2"), snsTopicName: secret("topic-secret-77") })]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/bucket-secret-9f2|topic-secret-77/);
  });
});
