import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const API = "aws:apigatewayv2/api:Api";
const ROUTE = "aws:apigatewayv2/route:Route";
const apiOutputs = (id: string, protocolType: string) => ({ id, apiEndpoint: `https://${id}.execute-api.eu-west-1.amazonaws.com`, protocolType });

export const examples = policyExamples({
  policy: "apigateway-v2-route-authorization",
  good: [
    {
      title: "an HTTP API route with a JWT authorizer",
      resources: [
        { type: API, name: "orders", props: { protocolType: "HTTP" }, outputs: apiOutputs("a1b2c3", "HTTP") },
        { type: ROUTE, name: "list-orders", props: { apiId: "a1b2c3", routeKey: "GET /orders", authorizationType: "JWT", authorizerId: "jwt123" } },
      ],
    },
    {
      title: "a WebSocket API that authorizes on $connect; its other routes cannot carry authorization",
      resources: [
        { type: API, name: "chat", props: { protocolType: "WEBSOCKET", routeSelectionExpression: "$request.body.action" }, outputs: apiOutputs("ws9z8y", "WEBSOCKET") },
        { type: ROUTE, name: "chat-connect", props: { apiId: "ws9z8y", routeKey: "$connect", authorizationType: "CUSTOM", authorizerId: "lambda1" } },
        { type: ROUTE, name: "chat-default", props: { apiId: "ws9z8y", routeKey: "$default" } },
        { type: ROUTE, name: "chat-send", props: { apiId: "ws9z8y", routeKey: "sendmessage" } },
      ],
    },
  ],
  bad: [
    {
      title: "an HTTP API route that leaves authorizationType at its default",
      resources: [
        { type: API, name: "orders", props: { protocolType: "HTTP" }, outputs: apiOutputs("a1b2c3", "HTTP") },
        { type: ROUTE, name: "create-order", props: { apiId: "a1b2c3", routeKey: "POST /orders" } },
      ],
      violations: ["create-order"],
      message: /Route "create-order" \(POST \/orders\) has no authorizationType \(defaults to NONE\)/,
    },
    {
      title: "the $default route of an HTTP API with authorizationType NONE",
      resources: [
        { type: API, name: "orders", props: { protocolType: "HTTP" }, outputs: apiOutputs("a1b2c3", "HTTP") },
        { type: ROUTE, name: "catch-all", props: { apiId: "a1b2c3", routeKey: "$default", authorizationType: "NONE" } },
      ],
      violations: ["catch-all"],
      message: /\(\$default\) has authorizationType NONE/,
    },
    {
      title: "a WebSocket $connect route without authorization",
      resources: [
        { type: API, name: "chat", props: { protocolType: "WEBSOCKET", routeSelectionExpression: "$request.body.action" }, outputs: apiOutputs("ws9z8y", "WEBSOCKET") },
        { type: ROUTE, name: "chat-connect", props: { apiId: "ws9z8y", routeKey: "$connect" } },
      ],
      violations: ["chat-connect"],
      message: /Route "chat-connect" \(\$connect\)/,
    },
    {
      title: "a quick-create HTTP API, whose implicit route has no authorization",
      resources: [{ type: API, name: "hook", props: { protocolType: "HTTP", target: "arn:aws:lambda:eu-west-1:123456789012:function:hook" } }],
      violations: ["hook"],
      message: /Api "hook" is a quick-create HTTP API \(target\)/,
    },
  ],
  unknown: [
    {
      title: "the authorization type is computed during preview",
      resources: [{ type: ROUTE, name: "list-orders", props: { apiId: "a1b2c3", routeKey: "GET /orders", authorizationType: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
