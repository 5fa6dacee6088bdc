// apigateway-execution-logging: API Gateway REST and WebSocket stages write execution logs at
// ERROR or INFO (APIGateway.1). A REST stage's logging level lives in an aws.apigateway.MethodSettings
// for methodPath "*/*" naming the stage; a WebSocket stage's in defaultRouteSettings.loggingLevel.
// Both default to OFF (API Gateway Developer Guide, "Set up CloudWatch logging for REST APIs in
// API Gateway" and "Configuring logging for a WebSocket API"). HTTP APIs have no execution logs:
// v2 stages are judged only when their API is in the stack with protocolType WEBSOCKET.
import type { StackResource } from "../lib/resource-view";
import { stackPolicy } from "../lib/control";
import type { Judge } from "../lib/judge";
import type { StackModel } from "../lib/stack-model";
import { isUnknown } from "../lib/unknown";
import { at, readString } from "../lib/values";
import { METHOD_SETTINGS_PROPS as MS, MON, REST_STAGE_PROPS as RS, V2_API_PROPS, V2_STAGE_PROPS as V2 } from "./types";

const LOGGING_LEVELS = new Set(["ERROR", "INFO"]);

/** "on", "off" or "unknown" for a loggingLevel value. */
function levelOf(value: unknown): "on" | "off" | "unknown" {
  const level = readString(value);
  if (isUnknown(level)) return "unknown";
  return typeof level === "string" && LOGGING_LEVELS.has(level.trim().toUpperCase()) ? "on" : "off";
}

/** The value a property names, or a dependency's URN when it came from another resource. */
function refKey(r: StackResource, prop: string): string | undefined {
  const deps = r.propertyDependencies[prop];
  if (deps && deps.length === 1) return `urn:${deps[0]}`;
  const v = readString(r.props[prop]);
  return typeof v === "string" && !isUnknown(v) ? `value:${v}` : undefined;
}

/** Whether a method settings resource configures the REST stage: yes, no, or maybe (preview). */
function settingsFor(stage: StackResource, settings: StackResource): "yes" | "no" | "maybe" {
  const stageDeps = settings.propertyDependencies[MS.stageName] ?? [];
  if (stageDeps.includes(stage.urn)) return "yes";
  const name = readString(settings.props[MS.stageName]);
  const stageName = readString(stage.props[RS.stageName]);
  if (isUnknown(name) || isUnknown(stageName)) return stageDeps.length > 0 ? "no" : "maybe";
  if (name !== stageName) return "no";
  const api = refKey(settings, MS.restApi);
  const stageApi = refKey(stage, RS.restApi);
  if (api === undefined || stageApi === undefined) return "maybe";
  return api === stageApi ? "yes" : "no";
}

function judgeRestStage(stage: StackResource, all: readonly StackResource[], judge: Judge): void {
  let maybe = false;
  for (const settings of all) {
    const path = readString(settings.props[MS.methodPath]);
    if (isUnknown(path)) {
      maybe = true;
      continue;
    }
    if (typeof path !== "string" || path.trim() !== "*/*") continue;
    const match = settingsFor(stage, settings);
    if (match === "no") continue;
    const level = levelOf(at(settings.props, MS.settings, "loggingLevel"));
    if (match === "yes" && level === "on") return;
    if (level !== "off") maybe = true;
  }
  if (maybe) return judge.unknown(`the method settings of ${stage.name}`);
  judge.violation(
    `API Gateway stage "${stage.name}" writes no execution logs (no aws.apigateway.MethodSettings for methodPath "*/*" of this stage with ` +
      'settings.loggingLevel ERROR or INFO). Add one with loggingLevel "ERROR" or "INFO".',
    stage.urn,
  );
}

function judgeV2Stage(stack: StackModel, stage: StackResource, judge: Judge): void {
  const apis = stack.referenced(stage, V2.apiId, [MON.v2Api]);
  if (apis.length === 0) return; // the API is elsewhere: HTTP or WebSocket cannot be told
  const protocol = readString(apis[0].props[V2_API_PROPS.protocolType]);
  if (isUnknown(protocol)) return judge.unknown(`protocolType of ${apis[0].name}`);
  if (typeof protocol !== "string" || protocol.trim().toUpperCase() !== "WEBSOCKET") return;
  const level = levelOf(at(stage.props, V2.defaultRouteSettings, "loggingLevel"));
  if (level === "unknown") return judge.unknown(`defaultRouteSettings.loggingLevel of ${stage.name}`);
  if (level === "on") return;
  judge.violation(
    `WebSocket API stage "${stage.name}" writes no execution logs (defaultRouteSettings.loggingLevel is not ERROR or INFO). ` +
      'Set defaultRouteSettings.loggingLevel to "ERROR" or "INFO".',
    stage.urn,
  );
}

export const apigatewayExecutionLogging = stackPolicy<Record<string, never>>({
  name: "apigateway-execution-logging",
  description: "API Gateway REST stages (through MethodSettings for */*) and WebSocket stages (defaultRouteSettings) log executions at ERROR or INFO.",
  severity: "medium",
  // Hygiene: missing logs expose nothing (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["APIGateway.1"] }],
  remediationSteps:
    'For a REST stage add aws.apigateway.MethodSettings { restApi, stageName: stage.stageName, methodPath: "*/*", settings: { loggingLevel: "ERROR", ' +
    'metricsEnabled: true } } and set the account\'s CloudWatch role (aws.apigateway.Account); for a WebSocket stage set defaultRouteSettings.loggingLevel to "ERROR" or "INFO".',
  types: [MON.stage, MON.v2Stage],
  check(stack, _config, judge) {
    const settings = stack.ofType(MON.methodSettings);
    for (const stage of stack.ofType(MON.stage)) judgeRestStage(stage, settings, judge);
    for (const stage of stack.ofType(MON.v2Stage)) judgeV2Stage(stack, stage, judge);
  },
});
