import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const STAGE = "aws:apigateway/stage:Stage";
const V2_STAGE = "aws:apigatewayv2/stage:Stage";
const LOGS = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/apigateway/orders";
const FORMAT = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"status\":\"$context.status\"}";

export const examples = policyExamples({
  policy: "apigateway-access-logging",
  good: [
    {
      title: "a REST stage and an HTTP API stage writing access logs",
      resources: [
        { type: STAGE, name: "orders-prod", props: { restApi: "a1b2c3d4e5", deployment: "dep123", stageName: "prod", accessLogSettings: { destinationArn: LOGS, format: FORMAT } } },
        { type: V2_STAGE, name: "web-default", props: { apiId: "f6g7h8i9j0", name: "$default", autoDeploy: true, accessLogSettings: { destinationArn: LOGS, format: FORMAT } } },
      ],
    },
  ],
  bad: [
    {
      title: "a REST stage without access logs",
      resources: [{ type: STAGE, name: "orders-prod", props: { restApi: "a1b2c3d4e5", deployment: "dep123", stageName: "prod" } }],
      violations: ["orders-prod"],
      message: /API Gateway stage "orders-prod" writes no access logs \(no accessLogSettings\.destinationArn\)/,
    },
    {
      title: "a WebSocket stage without access logs",
      resources: [{ type: V2_STAGE, name: "chat-prod", props: { apiId: "k1l2m3n4o5", name: "prod" } }],
      violations: ["chat-prod"],
    },
  ],
  unknown: [
    {
      title: "the destination computed during preview",
      resources: [{ type: V2_STAGE, name: "web-default", props: { apiId: "f6g7h8i9j0", name: "$default", accessLogSettings: { destinationArn: UNKNOWN_SENTINELS.string, format: FORMAT } } }],
    },
  ],
});
