// Every stage of an internet-facing REST API sits behind a WAFv2 web ACL, so injection and exploit
// payloads are filtered before they reach the integrations. A stage is protected when an
// aws.wafv2.WebAclAssociation's resourceArn refers to it (the stage ARN,
// arn:aws:apigateway:<region>::/restapis/<id>/stages/<name>), or when the stage's webAclArn output
// names a web ACL (a stack export, however the ACL was associated). Private REST APIs (endpoint
// type PRIVATE) are reachable only through a VPC endpoint and are skipped unless includePrivate is
// set. HTTP and WebSocket APIs (apigatewayv2) cannot take a web ACL (AWS WAF Developer Guide,
// "Resources you can protect").
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { UNKNOWN, Unknown, isUnknown } from "../lib/unknown";
import { readList, readString } from "../lib/values";
import { backReferences } from "../aws/back-references";
import { APIGATEWAY_T, REST_API_PROPS, STAGE_PROPS } from "../aws/apigateway";
import { WAF_ASSOCIATION_PROPS, WAF_T } from "../aws/waf/types";
import { blockOf } from "./nested-block";

interface Config {
  includePrivate: boolean;
}

/** Whether the stage's REST API is private; false when the API is not in the stack (EDGE is the default). */
function isPrivate(stack: StackModel, stage: StackResource): boolean | Unknown {
  const apis = stack.referenced(stage, STAGE_PROPS.restApi, [APIGATEWAY_T.restApi]);
  // During preview a stage may name its API by an id not known yet, with no dependency to follow:
  // it may then be any REST API of the stack, private ones included.
  if (apis.length === 0 && isUnknown(stage.props[STAGE_PROPS.restApi]) && stack.ofType(APIGATEWAY_T.restApi).length > 0) return UNKNOWN;
  let result: boolean | Unknown = false;
  for (const api of apis) {
    const endpoint = blockOf(api.props[REST_API_PROPS.endpointConfiguration]);
    if (endpoint === UNKNOWN) return UNKNOWN;
    const types = readList(endpoint?.types);
    if (types === UNKNOWN) return UNKNOWN;
    for (const t of types ?? []) {
      if (isUnknown(t)) result = UNKNOWN;
      else if (typeof t === "string" && t.trim().toUpperCase() === "PRIVATE") return true;
    }
  }
  return result;
}

export const apigatewayWafAttached = stackPolicy<Config>({
  name: "apigateway-waf-attached",
  description:
    "Every stage of an internet-facing API Gateway REST API has a WAFv2 web ACL: an aws.wafv2.WebAclAssociation whose resourceArn refers to the stage, or a webAclArn on the stage.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["APIGateway.4"] },
    { framework: "owasp", ids: ["A03:2021", "A05:2021"] },
  ],
  remediationSteps:
    "Create an aws.wafv2.WebAcl with scope REGIONAL (with AWS managed rule groups, see waf-owasp-managed-rules) and an aws.wafv2.WebAclAssociation { resourceArn: stage.arn, webAclArn: webAcl.arn }.",
  config: {
    includePrivate: {
      type: "boolean",
      description: "Also require a web ACL on the stages of private REST APIs (endpoint type PRIVATE).",
      default: false,
    },
  },
  types: [APIGATEWAY_T.stage],
  check(stack, config, judge) {
    const associations = stack.ofType(WAF_T.webAclAssociation);
    const protecting = backReferences(stack, associations, WAF_ASSOCIATION_PROPS.resourceArn, [APIGATEWAY_T.stage]);
    // Only an association linked to nothing may protect any stage; one whose dependencies name
    // another resource (a load balancer) does not.
    const unresolved = associations.filter((a) => isUnknown(a.props[WAF_ASSOCIATION_PROPS.resourceArn]) && (a.propertyDependencies[WAF_ASSOCIATION_PROPS.resourceArn] ?? []).length === 0).length;
    for (const stage of stack.ofType(APIGATEWAY_T.stage)) {
      const isPrivateApi = isPrivate(stack, stage);
      if (isPrivateApi === UNKNOWN) {
        judge.unknown(`the endpoint type of ${stage.name}'s REST API`);
        continue;
      }
      if (isPrivateApi && config.includePrivate !== true) continue;
      if (protecting.of(stage).length > 0) continue;
      const acl = readString(stage.props[STAGE_PROPS.webAclArn]);
      if (acl === UNKNOWN) {
        judge.unknown(`${stage.name}.${STAGE_PROPS.webAclArn}`);
        continue;
      }
      if (acl !== undefined && acl.trim() !== "") continue;
      if (unresolved > 0) {
        judge.unknown(`the resource that ${unresolved} WebAclAssociation(s) protect`);
        continue;
      }
      judge.violation(
        `API Gateway stage "${stage.name}" of a${isPrivateApi ? " private" : "n internet-facing"} REST API has no WAFv2 web ACL: no aws.wafv2.WebAclAssociation refers to it. Associate a REGIONAL web ACL with AWS managed rule groups (resourceArn: the stage's arn).`,
        stage.urn,
      );
    }
  },
});
