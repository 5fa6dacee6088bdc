import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const INSTANCE = "aws:rds/instance:Instance";
const CLUSTER = "aws:rds/cluster:Cluster";
const db = { instanceClass: "db.t4g.small", allocatedStorage: 20, storageEncrypted: true, publiclyAccessible: false };

export const examples = policyExamples({
  policy: "rds-log-exports",
  good: [
    {
      title: "a PostgreSQL instance exporting its server and upgrade logs",
      resources: [{ type: INSTANCE, name: "app", props: { ...db, engine: "postgres", enabledCloudwatchLogsExports: ["postgresql", "upgrade"] } }],
    },
    {
      title: "an Aurora MySQL cluster exporting all four logs, and its instance (judged through the cluster)",
      resources: [
        { type: CLUSTER, name: "orders", props: { engine: "aurora-mysql", enabledCloudwatchLogsExports: ["audit", "error", "general", "slowquery"] } },
        { type: INSTANCE, name: "orders-1", props: { engine: "aurora-mysql", instanceClass: "db.r7g.large" } },
      ],
    },
    {
      title: "a Multi-AZ DB cluster (not Aurora), outside RDS.9",
      resources: [{ type: CLUSTER, name: "ledger", props: { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large", storageEncrypted: true } }],
    },
    {
      title: "a team that asks only for the error log of SQL Server",
      config: { requiredLogs: { sqlserver: ["error"] } },
      resources: [{ type: INSTANCE, name: "erp", props: { ...db, engine: "sqlserver-se", enabledCloudwatchLogsExports: ["error"] } }],
    },
  ],
  bad: [
    {
      title: "a MySQL instance that exports nothing",
      resources: [{ type: INSTANCE, name: "shop", props: { ...db, engine: "mysql" } }],
      violations: ["shop"],
      message: /RDS instance "shop" \(mysql\) does not export audit, error, general, slowquery to CloudWatch Logs/,
    },
    {
      title: "an Oracle Enterprise instance without its listener log, and an Aurora PostgreSQL cluster without its log",
      resources: [
        { type: INSTANCE, name: "ledger", props: { ...db, engine: "oracle-ee", enabledCloudwatchLogsExports: ["alert", "audit", "trace"] } },
        { type: CLUSTER, name: "events", props: { engine: "aurora-postgresql", enabledCloudwatchLogsExports: [] } },
      ],
      violations: ["ledger", "events"],
      message: /does not export (listener|postgresql) to CloudWatch Logs/,
    },
  ],
  unknown: [
    {
      title: "the export list computed during preview",
      resources: [{ type: INSTANCE, name: "app", props: { ...db, engine: "postgres", enabledCloudwatchLogsExports: UNKNOWN_SENTINELS.array } }],
    },
    {
      title: "the engine computed during preview",
      resources: [{ type: INSTANCE, name: "app", props: { ...db, engine: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
