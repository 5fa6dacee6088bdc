import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const INSTANCE = "aws:rds/instance:Instance";
const CLUSTER = "aws:rds/cluster:Cluster";
const GLOBAL = "aws:rds/globalCluster:GlobalCluster";
const on = (evaluationDate: string) => ({ evaluationDate });
const instance = (engine: string, engineVersion?: string) => ({ engine, ...(engineVersion ? { engineVersion } : {}), instanceClass: "db.t4g.medium", allocatedStorage: 20, storageEncrypted: true });

export const examples = policyExamples({
  policy: "rds-supported-engine-version",
  good: [
    {
      title: "MySQL 8.4 and PostgreSQL 16 in December 2026",
      config: on("2026-12-01"),
      resources: [
        { type: INSTANCE, name: "mysql", props: instance("mysql", "8.4.3") },
        { type: INSTANCE, name: "postgres", props: instance("postgres", "16.4") },
      ],
    },
    {
      title: "an Aurora MySQL 3 cluster and an Aurora PostgreSQL 15 cluster",
      config: on("2026-12-01"),
      resources: [
        { type: CLUSTER, name: "aurora-mysql", props: { engine: "aurora-mysql", engineVersion: "8.0.mysql_aurora.3.08.0", storageEncrypted: true } },
        { type: CLUSTER, name: "aurora-pg", props: { engine: "aurora-postgresql", engineVersion: "15.8", storageEncrypted: true } },
      ],
    },
    {
      title: "no engineVersion: RDS picks the engine's current default",
      config: on("2026-12-01"),
      resources: [{ type: INSTANCE, name: "postgres", props: instance("postgres") }],
    },
    {
      title: "MySQL 8.0 on the last day of its standard support (2026-07-30)",
      config: on("2026-07-30"),
      resources: [{ type: INSTANCE, name: "mysql", props: instance("mysql", "8.0.39") }],
    },
    {
      title: "an engine the table does not cover (MariaDB) is not judged",
      config: on("2026-12-01"),
      resources: [{ type: INSTANCE, name: "maria", props: instance("mariadb", "10.4.34") }],
    },
  ],
  bad: [
    {
      title: "MySQL 5.7, past standard support since 2024-02-29",
      config: on("2026-12-01"),
      resources: [{ type: INSTANCE, name: "legacy-mysql", props: instance("mysql", "5.7.44") }],
      violations: ["legacy-mysql"],
      message: /RDS instance "legacy-mysql" runs mysql major version 5\.7, past the end of RDS standard support on 2024-02-29/,
    },
    {
      title: "MySQL 8.0 from 2026-07-31 on",
      config: on("2026-07-31"),
      resources: [{ type: INSTANCE, name: "mysql", props: instance("mysql", "8.0.39") }],
      violations: ["mysql"],
      message: /mysql major version 8\.0, past the end of RDS standard support on 2026-07-31/,
    },
    {
      title: "an Aurora MySQL 2 (5.7 compatible) cluster and an Aurora PostgreSQL 12 global cluster",
      config: on("2026-12-01"),
      resources: [
        { type: CLUSTER, name: "aurora-v2", props: { engine: "aurora-mysql", engineVersion: "5.7.mysql_aurora.2.12.4", storageEncrypted: true } },
        { type: GLOBAL, name: "global-pg", props: { globalClusterIdentifier: "global-pg", engine: "aurora-postgresql", engineVersion: "12.22" } },
      ],
      violations: ["aurora-v2", "global-pg"],
      message: /past the end of RDS standard support on (2024-10-31|2025-02-28)/,
    },
    {
      title: "PostgreSQL 9.5, older than every listed version",
      config: on("2026-12-01"),
      resources: [{ type: INSTANCE, name: "ancient", props: instance("postgres", "9.5.25") }],
      violations: ["ancient"],
      message: /postgres major version 9\.5, older than 9\.6 and long past the end of RDS standard support/,
    },
  ],
  unknown: [
    {
      title: "an engine version computed during preview",
      config: on("2026-12-01"),
      resources: [{ type: INSTANCE, name: "mysql", props: { ...instance("mysql"), engineVersion: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "an engine computed during preview",
      config: on("2026-12-01"),
      resources: [{ type: INSTANCE, name: "mysql", props: { ...instance("mysql", "5.7.44"), engine: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
