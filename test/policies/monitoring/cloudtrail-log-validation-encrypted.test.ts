// cloudtrail-log-validation-encrypted: log file validation on, logs encrypted with a KMS key.
import { cloudtrailLogValidationEncrypted as policy } from "../../../policies/monitoring/cloudtrail-log-validation-encrypted";
import { MON } from "../../../policies/monitoring/types";
import { runResourcePolicy, secret, UNKNOWN_BOOL, UNKNOWN_STRING } from "../../helpers/policy-harness";

const KEY = "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-aaaa-bbbb-cccc-111122223333";
const run = (props: Record<string, unknown>, config?: Record<string, unknown>) =>
  runResourcePolicy(policy, { type: MON.trail, name: "main", props: { s3BucketName: "logs", ...props } }, config);

const bad: { label: string; props: Record<string, unknown>; config?: Record<string, unknown>; expect: RegExp[] }[] = [
  { label: "validation unset (default false)", props: { kmsKeyId: KEY }, expect: [/Trail "main" does not validate its log files \(enableLogFileValidation is not set, default false\)/] },
  { label: "validation false", props: { enableLogFileValidation: false, kmsKeyId: KEY }, expect: [/enableLogFileValidation is false/] },
  { label: 'validation "false" as a string', props: { enableLogFileValidation: "false", kmsKeyId: KEY }, expect: [/enableLogFileValidation is false/] },
  { label: "no KMS key", props: { enableLogFileValidation: true }, expect: [/does not encrypt its log files with a KMS key/] },
  { label: "empty KMS key", props: { enableLogFileValidation: true, kmsKeyId: "" }, expect: [/KMS key/] },
  { label: "blank KMS key", props: { enableLogFileValidation: true, kmsKeyId: "   " }, expect: [/KMS key/] },
  { label: "neither: two findings", props: {}, expect: [/validate its log files/, /KMS key/] },
  { label: "validation still required without the key requirement", props: {}, config: { requireKmsKey: false }, expect: [/validate its log files/] },
];

const good: { label: string; props: Record<string, unknown>; config?: Record<string, unknown> }[] = [
  { label: "validation and a key ARN", props: { enableLogFileValidation: true, kmsKeyId: KEY } },
  { label: "a key alias ARN", props: { enableLogFileValidation: true, kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:alias/trail" } },
  { label: 'validation "true" as a string', props: { enableLogFileValidation: "true", kmsKeyId: KEY } },
  { label: "secret-wrapped key", props: { enableLogFileValidation: true, kmsKeyId: secret(KEY) } },
  { label: "key not required by config", props: { enableLogFileValidation: true }, config: { requireKmsKey: false } },
  { label: "multi-region organization trail", props: { enableLogFileValidation: true, kmsKeyId: KEY, isMultiRegionTrail: true, isOrganizationTrail: true } },
];

describe("cloudtrail-log-validation-encrypted", () => {
  it.each(bad)("flags: $label", async ({ props, config, expect: patterns }) => {
    const outcome = await run(props, config);
    expect(outcome.violations.map((v) => v.message)).toEqual(patterns.map((p) => expect.stringMatching(p)));
  });

  it.each(good)("passes: $label", async ({ props, config }) => {
    expect(await run(props, config)).toEqual({ violations: [] });
  });

  it("an unknown enableLogFileValidation during preview is not a violation, and says so", async () => {
    const outcome = await run({ enableLogFileValidation: UNKNOWN_BOOL, kmsKeyId: KEY });
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain("enableLogFileValidation");
  });

  it("an unknown kmsKeyId (a key created in the same deployment) counts as set", async () => {
    expect(await run({ enableLogFileValidation: true, kmsKeyId: UNKNOWN_STRING })).toEqual({ violations: [] });
  });

  it("an unknown key does not hide disabled validation", async () => {
    const outcome = await run({ enableLogFileValidation: false, kmsKeyId: UNKNOWN_STRING });
    expect(outcome.violations).toHaveLength(1);
  });

  it("never prints secret values", async () => {
    const outcome = await run({ enableLogFileValidation: false, kmsKeyId: secret(KEY), s3BucketName: secret("secret-bucket-31") });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/secret-bucket-31|0f1e2d3c/);
  });
});
