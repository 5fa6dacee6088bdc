// cloudtrail-global-service-events: a stack with trails has one that records global service events.
import { cloudtrailGlobalServiceEvents as policy } from "../../../policies/monitoring/cloudtrail-global-service-events";
import { MON } from "../../../policies/monitoring/types";
import { runStackPolicy, secret, StackInput, UNKNOWN_BOOL, urnOf } from "../../helpers/policy-harness";

const trail = (name: string, props: Record<string, unknown>): StackInput => ({ type: MON.trail, name, props: { name, s3BucketName: "logs", ...props } });
const NO_GLOBAL = { includeGlobalServiceEvents: false };

describe("cloudtrail-global-service-events", () => {
  it.each([
    ["the only trail excludes them", [trail("main", { isMultiRegionTrail: true, ...NO_GLOBAL })], ["main"]],
    ['"false" as a string', [trail("main", { includeGlobalServiceEvents: "false" })], ["main"]],
    ["every trail excludes them: each is reported", [trail("a", NO_GLOBAL), trail("b", NO_GLOBAL)], ["a", "b"]],
  ] as [string, StackInput[], string[]][])("flags: %s", async (_label, stack, names) => {
    const outcome = await runStackPolicy(policy, stack);
    expect(outcome.violations.map((v) => v.urn)).toEqual(names.map((n) => urnOf(MON.trail, n)));
    for (const v of outcome.violations) expect(v.message).toMatch(/does not record global service events \(includeGlobalServiceEvents is false\), and no trail in this stack does/);
  });

  it.each([
    ["provider default (included)", [trail("main", {})]],
    ["explicitly included", [trail("main", { includeGlobalServiceEvents: true })]],
    ["one trail records them, the regional others opt out to avoid duplicates", [trail("main", { isMultiRegionTrail: true }), trail("eu", NO_GLOBAL), trail("us", NO_GLOBAL)]],
    ["a trail that records them even with logging stopped (another control)", [trail("main", { enableLogging: false })]],
    ["secret-wrapped flag", [trail("main", { includeGlobalServiceEvents: secret(true) })]],
  ] as [string, StackInput[]][])("passes: %s", async (_label, stack) => {
    expect(await runStackPolicy(policy, stack)).toEqual({ violations: [] });
  });

  it("is skipped on stacks without trails", async () => {
    const outcome = await runStackPolicy(policy, [{ type: "aws:s3/bucket:Bucket", props: {} }]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/only applies/);
  });

  it("a trail whose flag is unknown during preview may be the one: nothing is reported, and it says so", async () => {
    const outcome = await runStackPolicy(policy, [trail("a", NO_GLOBAL), trail("maybe", { includeGlobalServiceEvents: UNKNOWN_BOOL })]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/includeGlobalServiceEvents of maybe/);
  });

  it("a known trail that records them settles the question", async () => {
    expect(await runStackPolicy(policy, [trail("main", {}), trail("maybe", { includeGlobalServiceEvents: UNKNOWN_BOOL })])).toEqual({ violations: [] });
  });

  it("keeps secrets out of messages", async () => {
    const outcome = await runStackPolicy(policy, [trail("main", { ...NO_GLOBAL, s3BucketName: secret("bucket-secret-5c1") })]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/bucket-secret-5c1/);
  });
});
