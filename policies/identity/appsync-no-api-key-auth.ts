// appsync-no-api-key-auth: AppSync GraphQL APIs do not authenticate with API keys, neither as
// the primary authenticationType nor as an additional provider. An API key is a shared,
// long-lived value that ships inside every client and identifies no caller; AWS recommends
// IAM, Amazon Cognito user pools, OIDC or Lambda authorizers for anything but public data
// (Security Hub AppSync.5: https://docs.aws.amazon.com/securityhub/latest/userguide/appsync-controls.html#appsync-5;
// AppSync Developer Guide, "Configuring authorization and authentication to secure your GraphQL APIs").
// Advisory: AWS documents API_KEY as the mode for deliberately public APIs.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { isRecord, readString } from "../lib/values";
import { IDENTITY_T } from "./types";

const isApiKey = (value: unknown) => typeof value === "string" && value.trim().toUpperCase() === "API_KEY";

export const appsyncNoApiKeyAuth = resourcePolicy<Record<string, never>>({
  name: "appsync-no-api-key-auth",
  description: "AppSync GraphQL APIs do not use API keys (API_KEY) for authentication, as the primary type or as an additional authentication provider.",
  severity: "high",
  enforcementLevel: "advisory",
  domain: "identity",
  references: [{ framework: "aws-fsbp", ids: ["AppSync.5"] }],
  remediationSteps:
    'Set authenticationType to "AMAZON_COGNITO_USER_POOLS", "OPENID_CONNECT", "AWS_LAMBDA" or "AWS_IAM" (with the matching ' +
    "userPoolConfig, openidConnectConfig or lambdaAuthorizerConfig), remove API_KEY entries from additionalAuthenticationProviders, " +
    "and delete the aws.appsync.ApiKey resources. For a deliberately public API, record an exception.",
  types: [IDENTITY_T.graphQLApi],
  check(api, _config, judge) {
    const primary = readString(api.props.authenticationType);
    if (primary === UNKNOWN) judge.unknown("authenticationType");
    else if (isApiKey(primary)) {
      judge.violation(`GraphQLApi "${api.name}" authenticates with API keys (authenticationType API_KEY). Use Cognito user pools, OIDC, Lambda or IAM authorization.`);
    }
    const extra = api.props.additionalAuthenticationProviders;
    if (isUnknown(extra)) {
      judge.unknown("additionalAuthenticationProviders");
      return;
    }
    if (!Array.isArray(extra)) return;
    extra.forEach((provider, i) => {
      const type = isRecord(provider) ? readString(provider.authenticationType) : isUnknown(provider) ? UNKNOWN : undefined;
      if (type === UNKNOWN) judge.unknown(`additionalAuthenticationProviders[${i}].authenticationType`);
      else if (isApiKey(type)) {
        judge.violation(`GraphQLApi "${api.name}" accepts API keys through additionalAuthenticationProviders[${i}] (API_KEY). Remove the provider, or replace it with Cognito, OIDC, Lambda or IAM.`);
      }
    });
  },
});
