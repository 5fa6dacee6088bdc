// config-recorder-enabled and apigateway-execution-logging link resources by name or by dependency:
// what the examples do not show is how a preview (unknown names, dependencies only) is judged.
import { apigatewayExecutionLogging } from "../../../policies/monitoring/apigateway-execution-logging";
import { configRecorderEnabled } from "../../../policies/monitoring/config-recorder-enabled";
import { MON } from "../../../policies/monitoring/types";
import { runStackPolicy, StackInput, UNKNOWN_STRING, urnOf } from "../../helpers/policy-harness";

const SLR = "arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";
const recorder = (name: string, props: Record<string, unknown> = {}): StackInput => ({ type: MON.configRecorder, name, props: { roleArn: SLR, ...props } });
const status = (name: string, props: Record<string, unknown>, deps?: Record<string, string[]>): StackInput => ({
  type: MON.configRecorderStatus,
  name,
  props,
  propertyDependencies: deps,
});

describe("config-recorder-enabled links statuses to recorders", () => {
  it("through a dependency when the recorder's name is unknown during preview", async () => {
    const out = await runStackPolicy(configRecorderEnabled, [
      recorder("main", { name: UNKNOWN_STRING }),
      status("main", { name: UNKNOWN_STRING, isEnabled: true }, { name: [urnOf(MON.configRecorder, "main")] }),
    ]);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toBeUndefined();
  });

  it("by the provider's default name, 'default', when neither sets one", async () => {
    const out = await runStackPolicy(configRecorderEnabled, [recorder("main"), status("main", { isEnabled: true })]);
    expect(out.violations).toEqual([]);
  });

  it("a status for another recorder does not start this one", async () => {
    const out = await runStackPolicy(configRecorderEnabled, [recorder("main", { name: "main" }), status("other", { name: "other", isEnabled: true })]);
    expect(out.violations.map((v) => v.message)).toEqual([expect.stringMatching(/recorder "main" is never started/)]);
  });

  it("a service-linked role created in the stack satisfies the role check through its dependency", async () => {
    const out = await runStackPolicy(configRecorderEnabled, [
      { type: MON.serviceLinkedRole, name: "slr", props: { awsServiceName: "config.amazonaws.com" } },
      { ...recorder("main", { roleArn: UNKNOWN_STRING }), propertyDependencies: { roleArn: [urnOf(MON.serviceLinkedRole, "slr")] } },
      status("main", { isEnabled: true }),
    ]);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toBeUndefined();
  });

  it("requireServiceLinkedRole off accepts a custom role", async () => {
    const out = await runStackPolicy(configRecorderEnabled, [recorder("main", { roleArn: "arn:aws:iam::123456789012:role/config" }), status("main", { isEnabled: true })], {
      requireServiceLinkedRole: false,
    });
    expect(out.violations).toEqual([]);
  });
});

describe("apigateway-execution-logging links method settings to REST stages", () => {
  const stage: StackInput = { type: MON.stage, name: "prod", props: { restApi: UNKNOWN_STRING, stageName: UNKNOWN_STRING, deployment: UNKNOWN_STRING } };
  const settings = (loggingLevel: string, deps: Record<string, string[]>): StackInput => ({
    type: MON.methodSettings,
    name: "prod-logging",
    props: { restApi: UNKNOWN_STRING, stageName: UNKNOWN_STRING, methodPath: "*/*", settings: { loggingLevel } },
    propertyDependencies: deps,
  });

  it("through the stageName dependency during preview", async () => {
    const out = await runStackPolicy(apigatewayExecutionLogging, [stage, settings("INFO", { stageName: [urnOf(MON.stage, "prod")] })]);
    expect(out.violations).toEqual([]);
    expect(out.notApplicable).toBeUndefined();
  });

  it("settings that depend on another stage do not cover this one", async () => {
    const other: StackInput = { type: MON.stage, name: "dev", props: { restApi: "api", stageName: "dev", deployment: "d" } };
    const out = await runStackPolicy(apigatewayExecutionLogging, [stage, other, settings("ERROR", { stageName: [urnOf(MON.stage, "dev")] })]);
    expect(out.violations.map((v) => v.urn)).toEqual([urnOf(MON.stage, "prod")]);
  });

  it("settings for a single method path do not count as the stage's level", async () => {
    const named: StackInput = { type: MON.stage, name: "prod", props: { restApi: "api", stageName: "prod", deployment: "d" } };
    const one: StackInput = { type: MON.methodSettings, name: "items", props: { restApi: "api", stageName: "prod", methodPath: "items/GET", settings: { loggingLevel: "INFO" } } };
    const out = await runStackPolicy(apigatewayExecutionLogging, [named, one]);
    expect(out.violations).toHaveLength(1);
  });
});
