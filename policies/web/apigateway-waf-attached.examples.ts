import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const API = "aws:apigateway/restApi:RestApi";
const STAGE = "aws:apigateway/stage:Stage";
const ASSOC = "aws:wafv2/webAclAssociation:WebAclAssociation";
const ACL_ARN = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
const STAGE_ARN = "arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5/stages/prod";

const api = (types = "REGIONAL") => ({ type: API, name: "orders", props: { name: "orders", endpointConfiguration: { types } }, outputs: { name: "orders", id: "a1b2c3d4e5", endpointConfiguration: { types } } });
const stage = {
  type: STAGE,
  name: "prod",
  props: { restApi: "a1b2c3d4e5", deployment: "dep123", stageName: "prod" },
  outputs: { restApi: "a1b2c3d4e5", deployment: "dep123", stageName: "prod", arn: STAGE_ARN },
  propertyDependencies: { restApi: ["orders"] },
};
const association = (resourceArn: unknown, deps?: string[]) => ({
  type: ASSOC,
  name: "prod-waf",
  props: { resourceArn, webAclArn: ACL_ARN },
  ...(deps ? { propertyDependencies: { resourceArn: deps } } : {}),
});

export const examples = policyExamples({
  policy: "apigateway-waf-attached",
  good: [
    {
      title: "a regional REST API stage with a web ACL association",
      resources: [api(), stage, association(STAGE_ARN, ["prod"])],
    },
    {
      title: "a stack export where AWS reports the stage's web ACL (webAclArn)",
      resources: [api("EDGE"), { ...stage, outputs: { ...stage.outputs, webAclArn: ACL_ARN } }],
    },
    {
      title: "a private REST API, reachable only through a VPC endpoint",
      resources: [api("PRIVATE"), stage],
    },
  ],
  bad: [
    {
      title: "an edge-optimized REST API stage without a web ACL",
      resources: [api("EDGE"), stage],
      violations: ["prod"],
      message: /API Gateway stage "prod" of an internet-facing REST API has no WAFv2 web ACL/,
    },
    {
      title: "a private API's stage, when includePrivate is set",
      config: { includePrivate: true },
      resources: [api("PRIVATE"), stage],
      violations: ["prod"],
      message: /of a private REST API has no WAFv2 web ACL/,
    },
  ],
  unknown: [
    {
      title: "an association whose target is not known during preview and linked by no dependency",
      resources: [api(), stage, association(UNKNOWN_SENTINELS.string)],
    },
    {
      title: "the REST API's endpoint type computed during preview",
      resources: [{ ...api(), props: { name: "orders", endpointConfiguration: { types: UNKNOWN_SENTINELS.string } }, outputs: undefined }, stage],
    },
    {
      title: "a stage whose API id is computed during preview, linked by no dependency, beside a private API it may belong to",
      resources: [api("PRIVATE"), { type: STAGE, name: "prod", props: { restApi: UNKNOWN_SENTINELS.string, stageName: "prod" } }],
    },
  ],
});
