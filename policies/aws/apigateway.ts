// Type tokens and property names of API Gateway (REST, v1) and API Gateway v2 (HTTP and WebSocket)
// resources, checked against the @pulumi/aws v7 argument types at compile time (`satisfies`).
import type { DomainNameArgs, RestApiArgs, StageArgs, StageState } from "@pulumi/aws/apigateway";
import type { DomainNameArgs as V2DomainNameArgs } from "@pulumi/aws/apigatewayv2";

export const APIGATEWAY_T = {
  restApi: "aws:apigateway/restApi:RestApi",
  method: "aws:apigateway/method:Method",
  stage: "aws:apigateway/stage:Stage",
  methodSettings: "aws:apigateway/methodSettings:MethodSettings",
  v2Api: "aws:apigatewayv2/api:Api",
  v2Route: "aws:apigatewayv2/route:Route",
  v2Stage: "aws:apigatewayv2/stage:Stage",
  domainName: "aws:apigateway/domainName:DomainName",
  v2DomainName: "aws:apigatewayv2/domainName:DomainName",
} as const;

export const REST_API_PROPS = { endpointConfiguration: "endpointConfiguration" } as const satisfies Record<string, keyof RestApiArgs>;

export const STAGE_PROPS = {
  restApi: "restApi",
  /** An output: the web ACL AWS reports for the stage, however it was associated. */
  webAclArn: "webAclArn",
} as const satisfies Record<string, keyof StageArgs | keyof StageState>;

export const DOMAIN_NAME_PROPS = { securityPolicy: "securityPolicy" } as const satisfies Record<string, keyof DomainNameArgs>;

export const V2_DOMAIN_NAME_PROPS = { domainNameConfiguration: "domainNameConfiguration" } as const satisfies Record<string, keyof V2DomainNameArgs>;
