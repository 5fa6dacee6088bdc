// log-retention-minimum: CloudWatch log groups keep events at least minDays (default 365).
import { logRetentionMinimum as policy, retentionFor } from "../../../policies/monitoring/log-retention-minimum";
import { MON } from "../../../policies/monitoring/types";
import type { ResourceValidationArgs } from "@pulumi/policy";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { runResourcePolicy, secret, UNKNOWN_NUMBER } from "../../helpers/policy-harness";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { deserializeProperties, serializeProperties } = require("@pulumi/policy/deserialize");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { unknownCheckingProxy } = require("@pulumi/policy/proxy");

const run = (props: Record<string, unknown>, config?: Record<string, unknown>) => runResourcePolicy(policy, { type: MON.logGroup, name: "app-logs", props }, config);

const bad: { label: string; props: Record<string, unknown>; config?: Record<string, unknown>; expect: RegExp; fixed: number }[] = [
  { label: "one week", props: { retentionInDays: 7 }, expect: /Log group "app-logs" keeps events for 7 days \(retentionInDays\), less than the required 365/, fixed: 365 },
  { label: "one month", props: { retentionInDays: 30 }, expect: /30 days/, fixed: 365 },
  { label: "half a year", props: { retentionInDays: 180 }, expect: /180 days/, fixed: 365 },
  { label: "number as a string", props: { retentionInDays: "90" }, expect: /90 days/, fixed: 365 },
  { label: "one day", props: { retentionInDays: 1, name: "/aws/lambda/fn" }, expect: /1 days/, fixed: 365 },
  { label: "a year when two are required", props: { retentionInDays: 365 }, config: { minDays: 731 }, expect: /less than the required 731/, fixed: 731 },
  { label: "required days between accepted values round up", props: { retentionInDays: 731 }, config: { minDays: 1000 }, expect: /Set retentionInDays to 1096/, fixed: 1096 },
];

const good: { label: string; props: Record<string, unknown>; config?: Record<string, unknown> }[] = [
  { label: "exactly a year", props: { retentionInDays: 365 } },
  { label: "ten years", props: { retentionInDays: 3653 } },
  { label: "0: never expire", props: { retentionInDays: 0 } },
  { label: "unset: never expire", props: { name: "/app" } },
  { label: "DELIVERY class (AWS fixes retention at 2 days)", props: { logGroupClass: "DELIVERY", retentionInDays: 2 } },
  { label: "lower configured minimum", props: { retentionInDays: 30 }, config: { minDays: 30 } },
  { label: "secret-wrapped key", props: { retentionInDays: 400, kmsKeyId: secret("arn:aws:kms:eu-west-1:1:key/k") } },
];

describe("log-retention-minimum", () => {
  it.each(bad)("flags and fixes: $label", async ({ props, config, expect: pattern, fixed }) => {
    const outcome = await run(props, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(pattern);
    expect(outcome.remediated).toEqual({ ...props, retentionInDays: fixed });
  });

  it.each(good)("passes: $label", async ({ props, config }) => {
    expect(await run(props, config)).toEqual({ violations: [] });
  });

  it("an unknown retention during preview is not a violation and is not rewritten", async () => {
    const outcome = await run({ retentionInDays: UNKNOWN_NUMBER });
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/retentionInDays/);
    expect(outcome.remediated).toBeUndefined();
  });

  it("picks accepted CloudWatch values when fixing", () => {
    expect([1, 2, 365, 366, 3653, 4000].map(retentionFor)).toEqual([1, 3, 365, 400, 3653, 0]);
  });

  it("keeps secret inputs secret in the fixed inputs, as the SDK's Remediate call builds them", async () => {
    const inputs = { retentionInDays: 7, kmsKeyId: secret("arn:aws:kms:eu-west-1:1:key/k"), tags: { team: "a" } };
    // The server deserialises Remediate requests with secrets preserved behind a proxy.
    const props = unknownCheckingProxy(deserializeProperties(structproto.Struct.fromJavaScript(inputs as never), true));
    const args = { type: MON.logGroup, name: "g", urn: "urn:x", props, getConfig: () => ({}), notApplicable: () => undefined };
    const fixed = await policy.remediateResource?.(args as unknown as ResourceValidationArgs);
    expect(await serializeProperties(fixed)).toEqual({ ...inputs, retentionInDays: 365 });
  });

  it("never prints secret values", async () => {
    const outcome = await run({ retentionInDays: 7, name: secret("/secret/group-name-33"), kmsKeyId: secret("arn:aws:kms:eu-west-1:1:key/secret-key-9") });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/group-name-33|secret-key-9/);
  });
});
