// Type tokens of API Gateway resources (REST: aws:apigateway/*, HTTP and WebSocket:
// aws:apigatewayv2/*), shared by the domains that judge them (verified against @pulumi/aws v7).
export const APIGATEWAY_T = {
  restApi: "aws:apigateway/restApi:RestApi",
  method: "aws:apigateway/method:Method",
  stage: "aws:apigateway/stage:Stage",
  v2Api: "aws:apigatewayv2/api:Api",
  v2Route: "aws:apigatewayv2/route:Route",
  v2Stage: "aws:apigatewayv2/stage:Stage",
} as const;
