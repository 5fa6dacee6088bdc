// Type tokens of API Gateway resources (REST: aws:apigateway, HTTP and WebSocket: aws:apigatewayv2),
// shared by the domains that judge APIs. Tokens are matched as strings, so @pulumi/aws is never loaded.
export const APIGATEWAY_T = {
  restApi: "aws:apigateway/restApi:RestApi",
  stage: "aws:apigateway/stage:Stage",
  methodSettings: "aws:apigateway/methodSettings:MethodSettings",
  v2Api: "aws:apigatewayv2/api:Api",
  v2Stage: "aws:apigatewayv2/stage:Stage",
} as const;
