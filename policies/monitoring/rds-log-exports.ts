// rds-log-exports: RDS databases publish their engine's logs to CloudWatch Logs (RDS.9), so
// failed logins, errors and audit events leave the instance. Nothing is exported unless
// enabledCloudwatchLogsExports names it. The logs each engine must export are RDS.9's (Security
// Hub controls reference, "[RDS.9] RDS DB instances should publish logs to CloudWatch Logs",
// https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-9, retrieved
// 2026-12): they are the config default, a team may ask for more or fewer per engine.
// Aurora keeps its log exports on the cluster (aws.rds.Cluster): Aurora clusters are judged, and
// Aurora instances are not. Multi-AZ DB clusters (mysql, postgres engines on aws.rds.Cluster) export
// fewer log types than instances and are out of RDS.9's scope: not judged.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { isRecord, readList, readString } from "../lib/values";
import { MON, RDS_LOG_PROPS as P } from "./types";

type Config = { requiredLogs: Record<string, string[]> };

/** RDS.9's logs per engine (engine names as the RDS API spells them). */
export const RDS9_LOGS: Readonly<Record<string, string[]>> = {
  "aurora-mysql": ["audit", "error", "general", "slowquery"],
  "aurora-postgresql": ["postgresql"],
  mariadb: ["audit", "error", "general", "slowquery"],
  mysql: ["audit", "error", "general", "slowquery"],
  oracle: ["alert", "audit", "listener", "trace"],
  postgres: ["postgresql", "upgrade"],
  sqlserver: ["agent", "error"],
};

/** The table entry for an engine: exact name first, then its family ("oracle-ee" → oracle, "sqlserver-se" → sqlserver). */
function requiredFor(engine: string, table: Record<string, unknown>): string[] | undefined {
  const e = engine.trim().toLowerCase();
  const key = Object.prototype.hasOwnProperty.call(table, e) ? e : Object.keys(table).find((k) => e.startsWith(`${k}-`));
  const list = key === undefined ? undefined : table[key];
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === "string").map((v) => v.toLowerCase()) : undefined;
}

export const rdsLogExports = resourcePolicy<Config>({
  name: "rds-log-exports",
  description: "RDS instances and Aurora clusters export their engine's logs to CloudWatch Logs (enabledCloudwatchLogsExports holds every log requiredLogs names for the engine).",
  severity: "medium",
  // Hygiene: missing logs expose nothing (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["RDS.9"] }],
  remediationSteps:
    "List the engine's logs in enabledCloudwatchLogsExports (PostgreSQL: postgresql, upgrade; MySQL and MariaDB: audit, error, " +
    "general, slowquery; Oracle: alert, audit, listener, trace; SQL Server: agent, error; Aurora on the cluster). Create the " +
    "/aws/rds/... log groups first with retention and a KMS key, and turn on the engine's audit plug-in or parameter where one is needed.",
  config: {
    requiredLogs: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } },
      default: RDS9_LOGS,
      description: "Engine (or engine family) → the log types it must export. Engines not listed are not judged.",
    },
  },
  types: [MON.rdsInstance, MON.rdsCluster],
  check(db, config, judge) {
    const engine = readString(db.props[P.engine]);
    if (isUnknown(engine)) return judge.unknown(P.engine);
    if (typeof engine !== "string") return;
    // Aurora instances take their exports from their cluster; only Aurora clusters are judged.
    const aurora = engine.trim().toLowerCase().startsWith("aurora");
    if (db.type === MON.rdsInstance ? aurora : !aurora) return;
    const table = isRecord(config.requiredLogs) ? config.requiredLogs : RDS9_LOGS;
    const required = requiredFor(engine, table);
    if (!required || required.length === 0) return;
    const exports = readList(db.props[P.exports]);
    if (exports === UNKNOWN) return judge.unknown(P.exports);
    const listed = (exports ?? []).map((v: unknown) => readString(v));
    if (listed.some(isUnknown)) return judge.unknown(P.exports);
    const have = new Set(listed.filter((v): v is string => typeof v === "string").map((v) => v.trim().toLowerCase()));
    const missing = required.filter((log) => !have.has(log));
    if (missing.length === 0) return;
    const kind = db.type === MON.rdsCluster ? "cluster" : "instance";
    judge.violation(
      `RDS ${kind} "${db.name}" (${engine.trim().toLowerCase()}) does not export ${missing.join(", ")} to CloudWatch Logs ` +
        `(enabledCloudwatchLogsExports). Add ${missing.length === 1 ? "it" : "them"} to enabledCloudwatchLogsExports.`,
    );
  },
});
