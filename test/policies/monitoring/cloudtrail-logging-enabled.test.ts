// cloudtrail-logging-enabled: every trail is logging (enableLogging defaults to true).
import { cloudtrailLoggingEnabled as policy } from "../../../policies/monitoring/cloudtrail-logging-enabled";
import { MON } from "../../../policies/monitoring/types";
import { runResourcePolicy, secret, UNKNOWN_BOOL } from "../../helpers/policy-harness";

const run = (props: Record<string, unknown>) => runResourcePolicy(policy, { type: MON.trail, name: "main", props: { s3BucketName: "logs", ...props } });

describe("cloudtrail-logging-enabled", () => {
  it.each([
    ["logging stopped", { enableLogging: false }],
    ['"false" as a string', { enableLogging: "false" }],
    ["a multi-region trail with logging stopped", { isMultiRegionTrail: true, enableLogging: false }],
  ])("flags: %s", async (_label, props) => {
    const outcome = await run(props);
    expect(outcome.violations.map((v) => v.message)).toEqual([expect.stringMatching(/^Trail "main" is not logging \(enableLogging is false\)/)]);
  });

  it.each([
    ["provider default (logging)", {}],
    ["logging explicitly on", { enableLogging: true }],
    ['"true" as a string', { enableLogging: "true" }],
    ["a single-region trail that logs (region coverage is another control)", { isMultiRegionTrail: false }],
  ])("passes: %s", async (_label, props) => {
    expect(await run(props)).toEqual({ violations: [] });
  });

  it("an unknown enableLogging during preview is not a violation, and says so", async () => {
    const outcome = await run({ enableLogging: UNKNOWN_BOOL });
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain("enableLogging");
  });

  it("is advisory by default: a blind spot, not an exposure", () => {
    expect(policy.enforcementLevel).toBe("advisory");
  });

  it("never prints secret values", async () => {
    const outcome = await run({ enableLogging: false, s3BucketName: secret("secret-bucket-41"), kmsKeyId: secret("arn:aws:kms:eu-west-1:1:key/secret-key-8") });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/secret-bucket-41|secret-key-8/);
  });
});
