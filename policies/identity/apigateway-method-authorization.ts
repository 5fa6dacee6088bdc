// apigateway-method-authorization: REST API methods name an authorizer (AWS_IAM, CUSTOM,
// COGNITO_USER_POOLS) instead of authorization "NONE". API keys are no substitute: AWS says not
// to rely on them for authentication or authorization ("Usage plans and API keys", API Gateway
// Developer Guide: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html).
// OPTIONS methods answer CORS preflight requests, which browsers send without credentials, so
// they are not judged.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool, readString } from "../lib/values";
import { APIGATEWAY_T } from "../aws/apigateway";

export const apigatewayMethodAuthorization = resourcePolicy<Record<string, never>>({
  name: "apigateway-method-authorization",
  description: 'API Gateway REST API methods (other than CORS preflight OPTIONS) use an authorizer: authorization is AWS_IAM, CUSTOM or COGNITO_USER_POOLS, not "NONE".',
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "identity",
  references: [],
  remediationSteps:
    'Set authorization on the aws.apigateway.Method to "COGNITO_USER_POOLS" or "CUSTOM" with an authorizerId (an ' +
    'aws.apigateway.Authorizer), or to "AWS_IAM" for callers that sign requests with SigV4. Keep API keys for usage plans and throttling only.',
  types: [APIGATEWAY_T.method],
  check(method, _config, judge) {
    const authorization = readString(method.props.authorization);
    const verb = readString(method.props.httpMethod);
    if (authorization === UNKNOWN) return judge.unknown("authorization");
    if (typeof authorization !== "string" || authorization.trim().toUpperCase() !== "NONE") return;
    if (verb === UNKNOWN) return judge.unknown("httpMethod");
    if (typeof verb === "string" && verb.trim().toUpperCase() === "OPTIONS") return;
    const withKey = readBool(method.props.apiKeyRequired) === true ? " (an API key identifies a caller but is no authorization)" : "";
    judge.violation(`Method "${method.name}" (${typeof verb === "string" ? verb.trim().toUpperCase() : "?"}) has authorization "NONE"${withKey}: anyone who reaches the API can call it. Use AWS_IAM, CUSTOM or COGNITO_USER_POOLS with an authorizer.`);
  },
});
