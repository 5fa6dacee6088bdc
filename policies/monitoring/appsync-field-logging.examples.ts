import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const API = "aws:appsync/graphQLApi:GraphQLApi";
const ROLE = "arn:aws:iam::123456789012:role/appsync-logs";

export const examples = policyExamples({
  policy: "appsync-field-logging",
  good: [
    {
      title: "an API logging resolver errors",
      resources: [{ type: API, name: "catalog", props: { authenticationType: "AWS_IAM", logConfig: { fieldLogLevel: "ERROR", cloudwatchLogsRoleArn: ROLE, excludeVerboseContent: true } } }],
    },
    {
      title: "INFO, when the team's acceptedLevels include it",
      config: { acceptedLevels: ["ERROR", "INFO", "ALL"] },
      resources: [{ type: API, name: "search", props: { authenticationType: "AWS_IAM", logConfig: { fieldLogLevel: "INFO", cloudwatchLogsRoleArn: ROLE } } }],
    },
  ],
  bad: [
    {
      title: "an API without a logConfig",
      resources: [{ type: API, name: "catalog", props: { authenticationType: "AWS_IAM" } }],
      violations: ["catalog"],
      message: /GraphQL API "catalog" writes too few resolver logs \(no logConfig\)/,
    },
    {
      title: "field-level logging set to NONE",
      resources: [{ type: API, name: "orders", props: { authenticationType: "AMAZON_COGNITO_USER_POOLS", logConfig: { fieldLogLevel: "NONE", cloudwatchLogsRoleArn: ROLE } } }],
      violations: ["orders"],
      message: /logConfig\.fieldLogLevel is NONE, not ERROR or ALL/,
    },
    {
      title: "INFO, which AppSync.2 does not pass by default",
      resources: [{ type: API, name: "search", props: { authenticationType: "AWS_IAM", logConfig: { fieldLogLevel: "INFO", cloudwatchLogsRoleArn: ROLE } } }],
      violations: ["search"],
      message: /fieldLogLevel is INFO, not ERROR or ALL/,
    },
  ],
  unknown: [
    {
      title: "the level computed during preview",
      resources: [{ type: API, name: "catalog", props: { logConfig: { fieldLogLevel: UNKNOWN_SENTINELS.string, cloudwatchLogsRoleArn: ROLE } } }],
    },
  ],
});
