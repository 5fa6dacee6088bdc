// appsync-field-logging: AppSync GraphQL APIs log resolver activity (AppSync.2). Without a
// logConfig, or with fieldLogLevel NONE, no field-level (resolver) log is written (AppSync
// Developer Guide, "Monitoring and logging GraphQL API metrics and logs"). ERROR, INFO, DEBUG
// and ALL all write one; AppSync.2 fails only NONE.
import { resourcePolicy } from "../lib/control";
import { isUnknown } from "../lib/unknown";
import { at, readString } from "../lib/values";
import { GRAPHQL_PROPS as P, MON } from "./types";

export const appsyncFieldLogging = resourcePolicy<Record<string, never>>({
  name: "appsync-field-logging",
  description: "AppSync GraphQL APIs write field-level (resolver) logs to CloudWatch Logs (logConfig.fieldLogLevel is not NONE).",
  severity: "medium",
  // Hygiene: missing logs expose nothing (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["AppSync.2"] }],
  remediationSteps:
    'Set logConfig: { fieldLogLevel: "ERROR" (or "ALL"), cloudwatchLogsRoleArn, excludeVerboseContent: true } on the ' +
    "aws.appsync.GraphQLApi, with a role AppSync may assume that can write to CloudWatch Logs.",
  types: [MON.graphQLApi],
  check(api, _config, judge) {
    const level = readString(at(api.props, P.logConfig, "fieldLogLevel"));
    if (isUnknown(level)) return judge.unknown(`${P.logConfig}.fieldLogLevel`);
    const text = typeof level === "string" ? level.trim().toUpperCase() : "";
    if (text !== "" && text !== "NONE") return;
    const why = text === "NONE" ? "logConfig.fieldLogLevel is NONE" : "no logConfig";
    judge.violation(`GraphQL API "${api.name}" writes no resolver logs (${why}). Set logConfig.fieldLogLevel to "ERROR" or "ALL" with a cloudwatchLogsRoleArn.`);
  },
});
