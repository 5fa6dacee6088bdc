// guardduty-enabled: detectors in the stack are on, features not disabled, and (when asked) a
// detector exists.
import { guarddutyEnabled as policy } from "../../../policies/monitoring/guardduty-enabled";
import { MON } from "../../../policies/monitoring/types";
import { runStackPolicy, secret, StackInput, UNKNOWN_BOOL, UNKNOWN_STRING, urnOf } from "../../helpers/policy-harness";

const detector = (name: string, props: Record<string, unknown> = {}): StackInput => ({ type: MON.detector, name, props: { id: `det-${name}`, ...props } });
const feature = (name: string, feat: unknown, status: unknown): StackInput => ({ type: MON.detectorFeature, name, props: { detectorId: "det-main", name: feat, status } });

interface Case {
  label: string;
  stack: StackInput[];
  config?: Record<string, unknown>;
}

const bad: (Case & { expect: RegExp; at?: string })[] = [
  { label: "detector suspended", stack: [detector("main", { enable: false })], expect: /detector "main" is suspended \(enable is false\)/, at: urnOf(MON.detector, "main") },
  { label: 'detector suspended with "false" as a string', stack: [detector("main", { enable: "false" })], expect: /suspended/ },
  { label: "one of two detectors suspended", stack: [detector("eu"), detector("us", { enable: false })], expect: /detector "us"/, at: urnOf(MON.detector, "us") },
  { label: "feature DISABLED", stack: [detector("main"), feature("s3", "S3_DATA_EVENTS", "DISABLED")], expect: /feature "s3" \(S3_DATA_EVENTS\) has status DISABLED/, at: urnOf(MON.detectorFeature, "s3") },
  { label: "feature disabled in lower case", stack: [detector("main"), feature("eks", "EKS_AUDIT_LOGS", "disabled")], expect: /EKS_AUDIT_LOGS/ },
  { label: "feature not in the allow list", stack: [detector("main"), feature("rt", "RUNTIME_MONITORING", "DISABLED")], config: { allowDisabledFeatures: ["RDS_LOGIN_EVENTS"] }, expect: /RUNTIME_MONITORING/ },
  { label: "requireDetector on a stack without one", stack: [{ type: "aws:s3/bucket:Bucket", props: {} }], config: { requireDetector: true }, expect: /creates no GuardDuty detector/ },
];

const good: Case[] = [
  { label: "detector with provider default (enabled)", stack: [detector("main")] },
  { label: "detector explicitly enabled", stack: [detector("main", { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES" })] },
  { label: "features enabled", stack: [detector("main"), feature("s3", "S3_DATA_EVENTS", "ENABLED"), feature("rds", "RDS_LOGIN_EVENTS", "ENABLED")] },
  { label: "disabled feature on the allow list (any case)", stack: [detector("main"), feature("rds", "RDS_LOGIN_EVENTS", "DISABLED")], config: { allowDisabledFeatures: ["rds_login_events"] } },
  { label: "no detector and none required (default)", stack: [{ type: "aws:s3/bucket:Bucket", props: {} }] },
  { label: "required detector present", stack: [detector("main")], config: { requireDetector: true } },
  { label: "secret-wrapped settings", stack: [detector("main", { enable: secret(true), tags: secret({ k: "v" }) })] },
];

describe("guardduty-enabled", () => {
  it.each(bad)("flags: $label", async ({ stack, config, expect: pattern, at }) => {
    const outcome = await runStackPolicy(policy, stack, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(pattern);
    if (at) expect(outcome.violations[0].urn).toBe(at);
  });

  it.each(good)("passes: $label", async ({ stack, config }) => {
    expect(await runStackPolicy(policy, stack, config)).toEqual({ violations: [] });
  });

  it("is advisory by default", () => {
    expect(policy.enforcementLevel).toBe("advisory");
  });

  it.each([
    ["enable of main", [detector("main", { enable: UNKNOWN_BOOL })]],
    ["status of f", [detector("main"), feature("f", "S3_DATA_EVENTS", UNKNOWN_STRING)]],
  ] as [string, StackInput[]][])("an unknown %s during preview is not a violation", async (what, stack) => {
    const outcome = await runStackPolicy(policy, stack);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(what);
  });

  it("a disabled feature with an unknown name is reported without the name", async () => {
    const outcome = await runStackPolicy(policy, [detector("main"), feature("f", UNKNOWN_STRING, "DISABLED")]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(/feature "f" has status DISABLED/);
  });

  it("never prints secret values", async () => {
    const outcome = await runStackPolicy(policy, [detector("main", { enable: false, tags: secret({ owner: "secret-owner-5" }) }), feature("f", secret("S3_DATA_EVENTS-secret"), "DISABLED")]);
    expect(outcome.violations).toHaveLength(2);
    for (const v of outcome.violations) expect(v.message).not.toMatch(/secret-owner-5|S3_DATA_EVENTS-secret/);
  });
});
