import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const API = "aws:appsync/graphQLApi:GraphQLApi";
const POOL = { userPoolId: "eu-west-1_AbCdEf123", awsRegion: "eu-west-1", defaultAction: "ALLOW" };

export const examples = policyExamples({
  policy: "appsync-no-api-key-auth",
  good: [
    {
      title: "a Cognito user pool API that also accepts IAM-signed calls from back ends",
      resources: [{ type: API, name: "shop", props: { name: "shop", authenticationType: "AMAZON_COGNITO_USER_POOLS", userPoolConfig: POOL, additionalAuthenticationProviders: [{ authenticationType: "AWS_IAM" }] } }],
    },
  ],
  bad: [
    {
      title: "an API whose primary authentication is an API key",
      resources: [{ type: API, name: "catalog", props: { name: "catalog", authenticationType: "API_KEY" } }],
      violations: ["catalog"],
      message: /GraphQLApi "catalog" authenticates with API keys \(authenticationType API_KEY\)/,
    },
    {
      title: "an IAM API that also accepts API keys as an additional provider",
      resources: [{ type: API, name: "orders", props: { name: "orders", authenticationType: "AWS_IAM", additionalAuthenticationProviders: [{ authenticationType: "API_KEY" }] } }],
      violations: ["orders"],
      message: /accepts API keys through additionalAuthenticationProviders\[0\]/,
    },
  ],
  unknown: [
    {
      title: "the authentication type is computed during preview",
      resources: [{ type: API, name: "catalog", props: { name: "catalog", authenticationType: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
