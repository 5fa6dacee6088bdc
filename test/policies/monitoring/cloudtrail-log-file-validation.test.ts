// cloudtrail-log-file-validation: every trail writes signed digest files.
import { cloudtrailLogFileValidation as policy } from "../../../policies/monitoring/cloudtrail-log-file-validation";
import { MON } from "../../../policies/monitoring/types";
import { runResourcePolicy, secret, UNKNOWN_BOOL } from "../../helpers/policy-harness";

const run = (props: Record<string, unknown>) => runResourcePolicy(policy, { type: MON.trail, name: "main", props: { s3BucketName: "logs", ...props } });

describe("cloudtrail-log-file-validation", () => {
  it.each([
    ["unset (default false)", {}, /Trail "main" does not validate its log files \(enableLogFileValidation is not set, default false\)/],
    ["false", { enableLogFileValidation: false }, /enableLogFileValidation is false\)/],
    ['"false" as a string', { enableLogFileValidation: "false" }, /enableLogFileValidation is false\)/],
    ["not a boolean", { enableLogFileValidation: "yes" }, /not set, default false/],
  ])("flags: %s", async (_label, props, pattern) => {
    const outcome = await run(props);
    expect(outcome.violations.map((v) => v.message)).toEqual([expect.stringMatching(pattern)]);
  });

  it.each([
    ["validation on", { enableLogFileValidation: true }],
    ['"true" as a string', { enableLogFileValidation: "true" }],
    ["validation on, no KMS key (another control)", { enableLogFileValidation: true, kmsKeyId: "" }],
  ])("passes: %s", async (_label, props) => {
    expect(await run(props)).toEqual({ violations: [] });
  });

  it("an unknown enableLogFileValidation during preview is not a violation, and says so", async () => {
    const outcome = await run({ enableLogFileValidation: UNKNOWN_BOOL });
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain("enableLogFileValidation");
  });

  it("never prints secret values", async () => {
    const outcome = await run({ enableLogFileValidation: false, s3BucketName: secret("secret-bucket-31") });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/secret-bucket-31/);
  });
});
