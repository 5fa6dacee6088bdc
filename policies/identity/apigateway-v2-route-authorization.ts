// apigateway-v2-route-authorization: every route of an HTTP API, and the $connect route of a
// WebSocket API, names an authorization type other than NONE (AWS_IAM, JWT, CUSTOM); the
// provider's default is NONE, open to anyone who can reach the endpoint. Security Hub
// APIGateway.8 (https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-8).
// WebSocket APIs authorize only on $connect ("Controlling access to WebSocket APIs", API Gateway
// Developer Guide), so their other routes are not judged; the API's protocolType is read from
// the stack when the route's apiId leads to it. A quick-create HTTP API (Api with `target`)
// makes a route without authorization too.
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { APIGATEWAY_T } from "../aws/apigateway";

type Protocol = "HTTP" | "WEBSOCKET" | "unknown" | "unresolved";

function protocolOf(api: StackResource | undefined): Protocol {
  if (!api) return "unresolved";
  const p = readString(api.props.protocolType);
  if (p === UNKNOWN) return "unknown";
  return typeof p === "string" && p.trim().toUpperCase() === "WEBSOCKET" ? "WEBSOCKET" : "HTTP";
}

/** "GET /pets", "ANY /{proxy+}": the shape only HTTP API route keys have. */
function isHttpRouteKey(key: string): boolean {
  return /^[A-Za-z]+ \//.test(key.trim());
}

export const apigatewayV2RouteAuthorization = stackPolicy<Record<string, never>>({
  name: "apigateway-v2-route-authorization",
  description:
    "API Gateway HTTP API routes, and WebSocket $connect routes, specify an authorization type (AWS_IAM, JWT or CUSTOM); the default NONE lets anyone call them.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "identity",
  references: [{ framework: "aws-fsbp", ids: ["APIGateway.8"] }],
  remediationSteps:
    'Set authorizationType on the aws.apigatewayv2.Route: "JWT" with an authorizerId (an Authorizer of type JWT, e.g. Cognito or ' +
    'your OIDC issuer), "CUSTOM" with a Lambda authorizer, or "AWS_IAM" for callers that sign requests. Replace a quick-create ' +
    "Api (target) with explicit routes that carry authorization.",
  types: [APIGATEWAY_T.v2Route, APIGATEWAY_T.v2Api],
  check(stack, _config, judge) {
    for (const api of stack.ofType(APIGATEWAY_T.v2Api)) {
      const target = api.props.target;
      if (target === undefined || target === null || target === "") continue;
      const protocol = protocolOf(api);
      if (protocol === "unknown") judge.unknown(`protocolType of ${api.name}`);
      else if (protocol === "HTTP") {
        judge.violation(`Api "${api.name}" is a quick-create HTTP API (target): its route has no authorization. Define the routes as aws.apigatewayv2.Route resources with authorizationType JWT, CUSTOM or AWS_IAM.`, api.urn);
      }
    }
    for (const route of stack.ofType(APIGATEWAY_T.v2Route)) {
      const key = readString(route.props.routeKey);
      const type = readString(route.props.authorizationType);
      if (type === UNKNOWN) {
        judge.unknown(`authorizationType of ${route.name}`);
        continue;
      }
      if (typeof type === "string" && type.trim() !== "" && type.trim().toUpperCase() !== "NONE") continue;
      if (key === UNKNOWN) {
        judge.unknown(`routeKey of ${route.name}`);
        continue;
      }
      const routeKey = typeof key === "string" ? key.trim() : "";
      if (routeKey !== "$connect" && !isHttpRouteKey(routeKey)) {
        // $default (either protocol) or a WebSocket route: which one depends on the API.
        const protocol = protocolOf(stack.referenced(route, "apiId", [APIGATEWAY_T.v2Api])[0]);
        if (protocol === "unknown") judge.unknown(`protocolType of the API of ${route.name}`);
        // WebSocket APIs authorize on $connect only; an API outside the stack with a non-HTTP key is not judged.
        if (protocol !== "HTTP" || routeKey !== "$default") continue;
      }
      const how = typeof type === "string" && type.trim() !== "" ? "authorizationType NONE" : "no authorizationType (defaults to NONE)";
      judge.violation(`Route "${route.name}" (${routeKey}) has ${how}: anyone who reaches the API can call it. Set authorizationType to JWT, CUSTOM or AWS_IAM with an authorizer.`, route.urn);
    }
  },
});
