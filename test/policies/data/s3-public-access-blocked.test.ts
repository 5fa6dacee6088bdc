import { s3PublicAccessBlocked } from "../../../policies/data/s3-public-access-blocked";
import { StackInput, UNKNOWN_BOOL, UNKNOWN_STRING, runStackPolicy, secret, urnOf } from "../../helpers/policy-harness";
import { ALL_FLAGS, S3, bucket, bucketId, byDependency, byValue } from "./data-fixtures";

interface Row {
  label: string;
  stack: StackInput[];
  config?: Record<string, unknown>;
}

describe("s3-public-access-blocked", () => {
  const bad: (Row & { offender: string; expected: RegExp })[] = [
    {
      label: "block with one flag false",
      stack: [bucket("data"), byValue(S3.pab, "pab", bucketId("data"), { ...ALL_FLAGS, restrictPublicBuckets: false })],
      offender: urnOf(S3.bucket, "data"),
      expected: /leaves restrictPublicBuckets unset or false/,
    },
    {
      label: "block with flags missing (they default to false)",
      stack: [bucket("data"), byValue(S3.pab, "pab", bucketId("data"), { blockPublicAcls: true, ignorePublicAcls: true })],
      offender: urnOf(S3.bucket, "data"),
      expected: /leaves blockPublicPolicy, restrictPublicBuckets/,
    },
    {
      label: "an open bucket block under a full account block the config does not accept",
      stack: [bucket("data"), byValue(S3.pab, "pab", bucketId("data"), { ...ALL_FLAGS, blockPublicPolicy: false }), { type: S3.accountPab, name: "account", props: ALL_FLAGS }],
      offender: urnOf(S3.bucket, "data"),
      expected: /leaves blockPublicPolicy unset or false/,
      config: { acceptAccountBlock: false },
    },
    {
      label: "an open bucket block beside an account block with a flag off",
      stack: [bucket("data"), byValue(S3.pab, "pab", bucketId("data"), { ...ALL_FLAGS, ignorePublicAcls: false }), { type: S3.accountPab, name: "account", props: { ...ALL_FLAGS, blockPublicPolicy: false } }],
      offender: urnOf(S3.bucket, "data"),
      expected: /leaves ignorePublicAcls unset or false/,
    },
    {
      label: "flags as the strings \"false\"",
      stack: [bucket("data"), byValue(S3.pab, "pab", bucketId("data"), { ...ALL_FLAGS, blockPublicAcls: "false" })],
      offender: urnOf(S3.bucket, "data"),
      expected: /blockPublicAcls/,
    },
  ];

  it.each(bad)("flags: $label", async ({ stack, config, offender, expected }) => {
    const outcome = await runStackPolicy(s3PublicAccessBlocked, stack, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].urn).toBe(offender);
    expect(outcome.violations[0].message).toMatch(expected);
  });

  const good: Row[] = [
    { label: "bucket with a full block by name", stack: [bucket("data"), byValue(S3.pab, "pab", bucketId("data"), ALL_FLAGS)] },
    {
      label: "bucket with a full block through propertyDependencies (preview)",
      stack: [bucket("data", { id: UNKNOWN_STRING, bucket: UNKNOWN_STRING, arn: UNKNOWN_STRING }), byDependency(S3.pab, "pab", S3.bucket, "data", UNKNOWN_STRING, ALL_FLAGS)],
    },
    { label: "bucketV2 with a full block", stack: [bucket("old", {}, S3.bucketV2), byValue(S3.pab, "pab", bucketId("old"), ALL_FLAGS)] },
    { label: "account block with all four flags covers every bucket", stack: [bucket("a"), bucket("b", {}, S3.bucketV2), { type: S3.accountPab, name: "account", props: ALL_FLAGS }] },
    { label: "flags as the strings \"true\"", stack: [bucket("data"), byValue(S3.pab, "pab", bucketId("data"), { blockPublicAcls: "true", blockPublicPolicy: "true", ignorePublicAcls: "true", restrictPublicBuckets: "true" })] },
    { label: "flags held as secrets", stack: [bucket("data"), byValue(S3.pab, "pab", bucketId("data"), { ...ALL_FLAGS, blockPublicPolicy: secret(true) })] },
    { label: "a stack with only an account block", stack: [{ type: S3.accountPab, name: "account", props: { ...ALL_FLAGS, ignorePublicAcls: false } }] },
    // S3's default since April 2023: every new bucket has all four flags on.
    { label: "an aws:s3 bucket with no block resource", stack: [bucket("data")] },
    { label: "a deprecated bucketV2 with no block resource", stack: [bucket("old", {}, S3.bucketV2)] },
    { label: "a block protecting another bucket leaves this one at S3's default", stack: [bucket("data"), bucket("logs"), byValue(S3.pab, "pab", bucketId("logs"), ALL_FLAGS)] },
    { label: "an account block with a flag off does not undo a bucket's default", stack: [bucket("data"), { type: S3.accountPab, name: "account", props: { ...ALL_FLAGS, blockPublicPolicy: false } }] },
    { label: "a full account block the config does not accept, over buckets at S3's default", stack: [bucket("data"), { type: S3.accountPab, name: "account", props: ALL_FLAGS }], config: { acceptAccountBlock: false } },
  ];

  it.each(good)("passes: $label", async ({ stack, config }) => {
    const outcome = await runStackPolicy(s3PublicAccessBlocked, stack, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  const unknown: (Row & { mentions: string })[] = [
    { label: "a block flag unknown", stack: [bucket("data"), byValue(S3.pab, "pab", bucketId("data"), { ...ALL_FLAGS, ignorePublicAcls: UNKNOWN_BOOL })], mentions: "public access block flags" },
    { label: "a block's bucket unknown and not linked", stack: [bucket("data"), byValue(S3.pab, "pab", UNKNOWN_STRING, ALL_FLAGS)], mentions: "BucketPublicAccessBlock" },
    {
      label: "account block flags unknown over an open bucket block",
      stack: [bucket("data"), byValue(S3.pab, "pab", bucketId("data"), { ...ALL_FLAGS, blockPublicPolicy: false }), { type: S3.accountPab, name: "account", props: { ...ALL_FLAGS, blockPublicAcls: UNKNOWN_BOOL } }],
      mentions: "AccountPublicAccessBlock",
    },
  ];

  it.each(unknown)("does not guess when $label", async ({ stack, mentions }) => {
    const outcome = await runStackPolicy(s3PublicAccessBlocked, stack);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(mentions);
  });

  it("never prints secret bucket properties", async () => {
    const open = byValue(S3.pab, "pab", bucketId("data"), { ...ALL_FLAGS, restrictPublicBuckets: false });
    const outcome = await runStackPolicy(s3PublicAccessBlocked, [bucket("data", { policy: secret("{\"Sid\":\"hunter2\"}"), tags: secret({ owner: "s3cr3t" }) }), open]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/hunter2|s3cr3t/);
  });
});
