import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const API = "aws:apigateway/restApi:RestApi";
const STAGE = "aws:apigateway/stage:Stage";
const SETTINGS = "aws:apigateway/methodSettings:MethodSettings";
const V2_API = "aws:apigatewayv2/api:Api";
const V2_STAGE = "aws:apigatewayv2/stage:Stage";
const rest = { type: API, name: "orders", props: { name: "orders" }, outputs: { name: "orders", id: "a1b2c3d4e5" } };
const stage = { type: STAGE, name: "orders-prod", props: { restApi: "a1b2c3d4e5", deployment: "dep123", stageName: "prod" } };
const all = (loggingLevel: unknown) => ({
  type: SETTINGS,
  name: "orders-prod-logging",
  props: { restApi: "a1b2c3d4e5", stageName: "prod", methodPath: "*/*", settings: { loggingLevel, metricsEnabled: true } },
});

export const examples = policyExamples({
  policy: "apigateway-execution-logging",
  good: [
    {
      title: "a REST stage whose */* method settings log errors",
      resources: [rest, stage, all("ERROR")],
    },
    {
      title: "a WebSocket stage logging INFO, and an HTTP API stage (no execution logs exist for HTTP APIs)",
      resources: [
        { type: V2_API, name: "chat", props: { protocolType: "WEBSOCKET", routeSelectionExpression: "$request.body.action" }, outputs: { id: "k1l2m3n4o5", protocolType: "WEBSOCKET" } },
        { type: V2_STAGE, name: "chat-prod", props: { apiId: "k1l2m3n4o5", name: "prod", defaultRouteSettings: { loggingLevel: "INFO" } } },
        { type: V2_API, name: "web", props: { protocolType: "HTTP" }, outputs: { id: "f6g7h8i9j0", protocolType: "HTTP" } },
        { type: V2_STAGE, name: "web-default", props: { apiId: "f6g7h8i9j0", name: "$default" } },
      ],
    },
  ],
  bad: [
    {
      title: "a REST stage without method settings",
      resources: [rest, stage],
      violations: ["orders-prod"],
      message: /API Gateway stage "orders-prod" writes no execution logs \(no aws\.apigateway\.MethodSettings for methodPath "\*\/\*"/,
    },
    {
      title: "a REST stage whose */* method settings turn logging OFF",
      resources: [rest, stage, all("OFF")],
      violations: ["orders-prod"],
    },
    {
      title: "a WebSocket stage without a logging level",
      resources: [
        { type: V2_API, name: "chat", props: { protocolType: "WEBSOCKET" }, outputs: { id: "k1l2m3n4o5", protocolType: "WEBSOCKET" } },
        { type: V2_STAGE, name: "chat-prod", props: { apiId: "k1l2m3n4o5", name: "prod" } },
      ],
      violations: ["chat-prod"],
      message: /WebSocket API stage "chat-prod" writes no execution logs/,
    },
  ],
  unknown: [
    {
      title: "the logging level computed during preview",
      resources: [rest, stage, all(UNKNOWN_SENTINELS.string)],
    },
    {
      title: "method settings whose stage name is computed during preview",
      resources: [rest, stage, { ...all("ERROR"), props: { ...all("ERROR").props, stageName: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
