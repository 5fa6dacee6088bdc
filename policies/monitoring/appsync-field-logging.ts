// appsync-field-logging: AppSync GraphQL APIs log resolver activity (AppSync.2). Without a
// logConfig, or with fieldLogLevel NONE, no field-level (resolver) log is written (AppSync API
// reference, "LogConfig": NONE | ERROR | ALL | INFO | DEBUG). AppSync.2 passes ERROR and ALL
// unless its fieldLoggingLevel parameter says otherwise; so does acceptedLevels here.
import { resourcePolicy } from "../lib/control";
import { isUnknown } from "../lib/unknown";
import { at, readList, readString } from "../lib/values";
import { GRAPHQL_PROPS as P, MON } from "./types";

interface Config {
  acceptedLevels: string[];
}

const DEFAULT_LEVELS = ["ERROR", "ALL"];

function acceptedOf(config: Config): string[] {
  const list = readList(config.acceptedLevels);
  const levels = (Array.isArray(list) ? list : []).filter((v): v is string => typeof v === "string").map((v) => v.trim().toUpperCase());
  return levels.length > 0 ? levels : DEFAULT_LEVELS;
}

export const appsyncFieldLogging = resourcePolicy<Config>({
  name: "appsync-field-logging",
  description: "AppSync GraphQL APIs write field-level (resolver) logs to CloudWatch Logs (logConfig.fieldLogLevel is one of acceptedLevels, by default ERROR or ALL).",
  severity: "medium",
  // Hygiene: missing logs expose nothing (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["AppSync.2"] }],
  remediationSteps:
    'Set logConfig: { fieldLogLevel: "ERROR" (or "ALL"), cloudwatchLogsRoleArn, excludeVerboseContent: true } on the ' +
    "aws.appsync.GraphQLApi, with a role AppSync may assume that can write to CloudWatch Logs.",
  config: {
    acceptedLevels: {
      type: "array",
      items: { type: "string", enum: ["ERROR", "ALL", "INFO", "DEBUG"] },
      default: DEFAULT_LEVELS,
      description: "Field log levels that pass (AppSync.2's default: ERROR and ALL).",
    },
  },
  types: [MON.graphQLApi],
  check(api, config, judge) {
    const level = readString(at(api.props, P.logConfig, "fieldLogLevel"));
    if (isUnknown(level)) return judge.unknown(`${P.logConfig}.fieldLogLevel`);
    const text = typeof level === "string" ? level.trim().toUpperCase() : "";
    const accepted = acceptedOf(config);
    if (accepted.includes(text)) return;
    const safe = ["NONE", "ERROR", "ALL", "INFO", "DEBUG"].includes(text) ? text : "another value";
    const why = text === "" ? "no logConfig" : `logConfig.fieldLogLevel is ${safe}, not ${accepted.join(" or ")}`;
    judge.violation(`GraphQL API "${api.name}" writes too few resolver logs (${why}). Set logConfig.fieldLogLevel to ${accepted.map((l) => `"${l}"`).join(" or ")} with a cloudwatchLogsRoleArn.`);
  },
});
