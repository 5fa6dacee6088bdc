// apigateway-access-logging: API Gateway stages write access logs (APIGateway.9): one line per
// request with the caller, the route and the status. A stage logs access only when it has
// accessLogSettings with a destination (API Gateway Developer Guide, "Set up CloudWatch logging
// for REST APIs" and "Configure logging for HTTP APIs"). APIGateway.9 covers HTTP and WebSocket
// (v2) stages; REST stages are held to the same rule, as access logs are how their callers are seen too.
import { resourcePolicy } from "../lib/control";
import { isUnknown } from "../lib/unknown";
import { at, readString } from "../lib/values";
import { MON, REST_STAGE_PROPS as P } from "./types";

export const apigatewayAccessLogging = resourcePolicy<Record<string, never>>({
  name: "apigateway-access-logging",
  description: "API Gateway stages (REST and v2) write access logs (accessLogSettings.destinationArn is set).",
  severity: "medium",
  // Hygiene: missing logs expose nothing (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["APIGateway.9"] }],
  remediationSteps:
    "Set accessLogSettings: { destinationArn: logGroup.arn, format } on the aws.apigateway.Stage or aws.apigatewayv2.Stage " +
    "(a JSON format with $context.requestId, identity.sourceIp, routeKey or resourcePath, status). REST APIs also need the " +
    "account's CloudWatch role (aws.apigateway.Account cloudwatchRoleArn).",
  types: [MON.stage, MON.v2Stage],
  check(stage, _config, judge) {
    const destination = readString(at(stage.props, P.accessLogSettings, "destinationArn"));
    if (isUnknown(destination)) return judge.unknown(`${P.accessLogSettings}.destinationArn`);
    if (typeof destination === "string" && destination.trim() !== "") return;
    judge.violation(`API Gateway stage "${stage.name}" writes no access logs (no accessLogSettings.destinationArn). Set accessLogSettings with a log group ARN and a format.`);
  },
});
