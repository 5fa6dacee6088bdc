// cloudtrail-kms-encrypted: every trail encrypts its log files with a KMS key.
import { cloudtrailKmsEncrypted as policy } from "../../../policies/monitoring/cloudtrail-kms-encrypted";
import { MON } from "../../../policies/monitoring/types";
import { runResourcePolicy, secret, UNKNOWN_STRING } from "../../helpers/policy-harness";

const KEY = "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-aaaa-bbbb-cccc-111122223333";
const run = (props: Record<string, unknown>, config?: Record<string, unknown>) =>
  runResourcePolicy(policy, { type: MON.trail, name: "main", props: { s3BucketName: "logs", ...props } }, config);

describe("cloudtrail-kms-encrypted", () => {
  it.each([
    ["no KMS key", {}],
    ["empty KMS key", { kmsKeyId: "" }],
    ["blank KMS key", { kmsKeyId: "   " }],
    ["a key that is not a string", { kmsKeyId: { arn: KEY } }],
  ])("flags: %s", async (_label, props) => {
    const outcome = await run(props);
    expect(outcome.violations.map((v) => v.message)).toEqual([expect.stringMatching(/^Trail "main" does not encrypt its log files with a KMS key/)]);
  });

  it.each([
    ["a key ARN", { kmsKeyId: KEY }],
    ["a key alias ARN", { kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:alias/trail" }],
    ["a secret-wrapped key", { kmsKeyId: secret(KEY) }],
    ["a key without log file validation (another control)", { kmsKeyId: KEY, enableLogFileValidation: false }],
  ])("passes: %s", async (_label, props) => {
    expect(await run(props)).toEqual({ violations: [] });
  });

  it("an unknown kmsKeyId (a key created in the same deployment) counts as set", async () => {
    expect(await run({ kmsKeyId: UNKNOWN_STRING })).toEqual({ violations: [] });
  });

  it("no longer has a requireKmsKey switch (disabling the policy replaces it): an old config that sets it is refused, not ignored", async () => {
    expect(Object.keys(policy.configSchema?.properties ?? {})).not.toContain("requireKmsKey");
    const outcome = await run({ kmsKeyId: KEY }, { requireKmsKey: false });
    expect(outcome.violations.map((v) => v.message)).toEqual([expect.stringMatching(/invalid policy config.*requireKmsKey is not a known property/)]);
  });

  it("never prints secret values", async () => {
    const outcome = await run({ kmsKeyId: "", s3BucketName: secret("secret-bucket-31") });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/secret-bucket-31/);
  });
});
