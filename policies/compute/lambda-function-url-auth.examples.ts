import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const URL = "aws:lambda/functionUrl:FunctionUrl";

export const examples = policyExamples({
  policy: "lambda-function-url-auth",
  good: [
    {
      title: "a function URL that requires SigV4-signed requests",
      resources: [{ type: URL, name: "webhook", props: { functionName: "webhook-handler", authorizationType: "AWS_IAM" } }],
    },
    {
      title: "an IAM-authenticated URL with CORS for one origin",
      resources: [{ type: URL, name: "api", props: { functionName: "api", qualifier: "live", authorizationType: "AWS_IAM", cors: { allowOrigins: ["https://app.example.com"], allowMethods: ["GET"] } } }],
    },
  ],
  bad: [
    {
      title: "a function URL open to anyone",
      resources: [{ type: URL, name: "webhook", props: { functionName: "webhook-handler", authorizationType: "NONE" } }],
      violations: ["webhook"],
      message: /Lambda function URL "webhook" lets anyone on the internet invoke the function \(authorizationType is NONE\)/,
    },
  ],
  unknown: [
    {
      title: "the authorization type computed during preview",
      resources: [{ type: URL, name: "webhook", props: { functionName: "webhook-handler", authorizationType: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
