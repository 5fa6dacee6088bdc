import { s3Encryption } from "../../../policies/data/s3-encryption";
import { StackInput, UNKNOWN_ARRAY, UNKNOWN_STRING, runStackPolicy, secret, urnOf } from "../../helpers/policy-harness";
import { S3, bucket, bucketId, byDependency, byValue, sseRules } from "./data-fixtures";

interface Row {
  label: string;
  stack: StackInput[];
  config?: Record<string, unknown>;
}

const kmsOnly = { allowedAlgorithms: ["aws:kms", "aws:kms:dsse"] };

describe("s3-encryption", () => {
  const bad: (Row & { offender: string; expected: RegExp })[] = [
    { label: "aws:s3 bucket with no encryption configuration", stack: [bucket("data")], offender: urnOf(S3.bucket, "data"), expected: /declares no default server-side encryption/ },
    { label: "bucketV2 with no encryption configuration", stack: [bucket("old", {}, S3.bucketV2)], offender: urnOf(S3.bucketV2, "old"), expected: /declares no default/ },
    {
      label: "configuration for another bucket",
      stack: [bucket("data"), bucket("logs", { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } }), byValue(S3.sse, "sse", bucketId("logs"), sseRules("aws:kms"))],
      offender: urnOf(S3.bucket, "data"),
      expected: /"data" declares no default/,
    },
    {
      label: "AES256 when the baseline requires KMS",
      stack: [bucket("data"), byValue(S3.sse, "sse", bucketId("data"), sseRules("AES256"))],
      offender: urnOf(S3.bucket, "data"),
      expected: /sseAlgorithm "AES256", which is not allowed/,
      config: kmsOnly,
    },
    {
      label: "implicit SSE-S3 when KMS is required, even without requireExplicit",
      stack: [bucket("data")],
      offender: urnOf(S3.bucket, "data"),
      expected: /S3 applies SSE-S3 \(AES256\), which is not allowed/,
      config: { ...kmsOnly, requireExplicit: false },
    },
    {
      label: "an unknown algorithm name in the V2 configuration resource",
      stack: [bucket("data"), byValue(S3.sseV2, "sse", bucketId("data"), sseRules("aws:fancy"))],
      offender: urnOf(S3.bucket, "data"),
      expected: /"aws:fancy", which is not allowed/,
    },
    {
      label: "a rule without applyServerSideEncryptionByDefault (bucket key only)",
      stack: [bucket("data"), byValue(S3.sse, "sse", bucketId("data"), { rules: [{ bucketKeyEnabled: true }] })],
      offender: urnOf(S3.bucket, "data"),
      expected: /declares no default/,
    },
  ];

  it.each(bad)("flags: $label", async ({ stack, config, offender, expected }) => {
    const outcome = await runStackPolicy(s3Encryption, stack, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].urn).toBe(offender);
    expect(outcome.violations[0].message).toMatch(expected);
  });

  const good: Row[] = [
    { label: "configuration resource with aws:kms", stack: [bucket("data"), byValue(S3.sse, "sse", bucketId("data"), sseRules("aws:kms"))] },
    {
      label: "configuration resource linked through propertyDependencies (preview)",
      stack: [bucket("data", { id: UNKNOWN_STRING, bucket: UNKNOWN_STRING }), byDependency(S3.sse, "sse", S3.bucket, "data", UNKNOWN_STRING, sseRules("AES256"))],
    },
    { label: "Bucket inline serverSideEncryptionConfiguration.rule", stack: [bucket("data", { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } })] },
    { label: "BucketV2 inline serverSideEncryptionConfigurations[].rules[]", stack: [bucket("old", { serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefault: [{ sseAlgorithm: "aws:kms:dsse" }] }] }] }, S3.bucketV2)] },
    { label: "V2 configuration resource", stack: [bucket("data"), byValue(S3.sseV2, "sse", bucketId("data"), sseRules("aws:kms"))] },
    { label: "no configuration with requireExplicit off (S3 applies SSE-S3)", stack: [bucket("data")], config: { requireExplicit: false } },
    { label: "KMS required and given", stack: [bucket("data"), byValue(S3.sse, "sse", bucketId("data"), sseRules("aws:kms"))], config: kmsOnly },
    { label: "algorithm held as a secret", stack: [bucket("data"), byValue(S3.sse, "sse", bucketId("data"), sseRules(secret("aws:kms")))] },
  ];

  it.each(good)("passes: $label", async ({ stack, config }) => {
    const outcome = await runStackPolicy(s3Encryption, stack, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  it.each([
    { label: "the algorithm unknown", stack: [bucket("data"), byValue(S3.sse, "sse", bucketId("data"), sseRules(UNKNOWN_STRING))] },
    { label: "the rules unknown", stack: [bucket("data"), byValue(S3.sse, "sse", bucketId("data"), { rules: UNKNOWN_ARRAY })] },
    { label: "a configuration's bucket unknown and not linked", stack: [bucket("data"), byValue(S3.sse, "sse", UNKNOWN_STRING, sseRules("aws:kms"))] },
  ])("does not guess when $label", async ({ stack }) => {
    const outcome = await runStackPolicy(s3Encryption, stack);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain("server-side encryption");
  });

  it("never prints a secret algorithm value or key id", async () => {
    const outcome = await runStackPolicy(s3Encryption, [
      bucket("data"),
      byValue(S3.sse, "sse", bucketId("data"), { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: secret("hunter2 s3cr3t"), kmsMasterKeyId: secret("hunter2-key") } }] }),
    ]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/hunter2|s3cr3t/);
  });
});
