import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const METHOD = "aws:apigateway/method:Method";

export const examples = policyExamples({
  policy: "apigateway-method-authorization",
  good: [
    {
      title: "a method behind a Cognito user pool authorizer",
      resources: [{ type: METHOD, name: "get-orders", props: { restApi: "r1", resourceId: "res1", httpMethod: "GET", authorization: "COGNITO_USER_POOLS", authorizerId: "auth1" } }],
    },
    {
      title: "an open OPTIONS method for CORS preflight",
      resources: [{ type: METHOD, name: "orders-cors", props: { restApi: "r1", resourceId: "res1", httpMethod: "OPTIONS", authorization: "NONE" } }],
    },
  ],
  bad: [
    {
      title: "a POST method open to anyone",
      resources: [{ type: METHOD, name: "post-orders", props: { restApi: "r1", resourceId: "res1", httpMethod: "POST", authorization: "NONE" } }],
      violations: ["post-orders"],
      message: /Method "post-orders" \(POST\) has authorization "NONE": anyone/,
    },
    {
      title: "an API key alone is no authorization",
      resources: [{ type: METHOD, name: "get-report", props: { restApi: "r1", resourceId: "res2", httpMethod: "GET", authorization: "NONE", apiKeyRequired: true } }],
      violations: ["get-report"],
      message: /an API key identifies a caller but is no authorization/,
    },
  ],
  unknown: [
    {
      title: "the authorization is computed during preview",
      resources: [{ type: METHOD, name: "get-orders", props: { restApi: "r1", resourceId: "res1", httpMethod: "GET", authorization: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
