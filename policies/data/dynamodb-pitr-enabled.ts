// DynamoDB tables keep continuous backups: point-in-time recovery restores a table to any second
// of the recovery period after a bad write or delete. It is off unless the table's
// pointInTimeRecovery block enables it. Hygiene, so advisory.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { at, readBool } from "../lib/values";
import { readBlock } from "../aws/read-block";
import { DATA_T, DYNAMODB_TABLE_PROPS as P } from "./types";

export const dynamodbPitrEnabled = resourcePolicy<Record<string, never>>({
  name: "dynamodb-pitr-enabled",
  description: "Every DynamoDB table has point-in-time recovery enabled (pointInTimeRecovery.enabled true; off by default).",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "data",
  references: [{ framework: "aws-fsbp", ids: ["DynamoDB.2"] }],
  remediationSteps: "Set pointInTimeRecovery: { enabled: true } on the aws.dynamodb.Table (recoveryPeriodInDays defaults to 35), and on each replica of a global table.",
  types: [DATA_T.dynamodbTable],
  check(table, _config, judge) {
    const block = readBlock(table.props[P.pointInTimeRecovery]);
    if (block === UNKNOWN) return judge.unknown(P.pointInTimeRecovery);
    const enabled = readBool(at(block, "enabled"));
    if (enabled === UNKNOWN) judge.unknown(`${P.pointInTimeRecovery}.enabled`);
    else if (enabled !== true) {
      judge.violation(`DynamoDB table "${table.name}" has no point-in-time recovery (pointInTimeRecovery.enabled is ${enabled === false ? "false" : "not set"}). Set pointInTimeRecovery: { enabled: true }.`);
    }
  },
});
