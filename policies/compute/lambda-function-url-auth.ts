// Lambda function URLs require IAM authentication. With AuthType NONE, Lambda adds a
// resource-based policy allowing lambda:InvokeFunctionUrl to everyone ("Principal": "*"): anyone
// on the internet who learns the URL can invoke the function (Lambda Developer Guide, "Control
// access to Lambda function URLs"). The provider calls AuthType authorizationType.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { COMPUTE_T, FUNCTION_URL_PROPS as P } from "./types";

export const lambdaFunctionUrlAuth = resourcePolicy<Record<string, never>>({
  name: "lambda-function-url-auth",
  description: "Lambda function URLs require IAM authentication: authorizationType is AWS_IAM, never NONE (a public endpoint anyone can invoke).",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "compute",
  // FSBP has no control for function URLs; Lambda.1 covers public resource policies in general.
  references: [{ framework: "owasp", ids: ["A01:2021"] }],
  remediationSteps:
    "Set authorizationType: \"AWS_IAM\" and grant lambda:InvokeFunctionUrl to the callers' roles; sign requests with SigV4 (or put CloudFront with origin access control in front). For a public API, use API Gateway with an authorizer, throttling and a WAF instead of an open function URL.",
  types: [COMPUTE_T.lambdaFunctionUrl],
  check(url, _config, judge) {
    const auth = readString(url.props[P.authorizationType]);
    if (auth === UNKNOWN) judge.unknown(P.authorizationType);
    else if (auth === undefined) judge.notApplicable(`${P.authorizationType} is not set (AWS requires it)`);
    else if (auth.trim().toUpperCase() === "NONE") {
      judge.violation(`Lambda function URL "${url.name}" lets anyone on the internet invoke the function (${P.authorizationType} is NONE). Set it to AWS_IAM and grant lambda:InvokeFunctionUrl to the callers.`);
    }
  },
});
