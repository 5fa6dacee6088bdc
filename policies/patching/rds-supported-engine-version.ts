// RDS databases run a major engine version inside RDS standard support. Past its end date RDS
// either upgrades the database or, by default, enrols it in paid RDS Extended Support (RDS User
// Guide, "Amazon RDS Extended Support"); the community no longer fixes the version, so it is a
// runtime past end of support. Dates per engine and major version: data/rds-engine-versions.json
// (MySQL, PostgreSQL, Aurora MySQL, Aurora PostgreSQL). No engineVersion means the engine's
// current default version.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { RDS_T } from "../aws/rds/types";
import { BAD_EVALUATION_DATE, EVALUATION_DATE_CONFIG, EvaluationDateConfig, evaluationDay } from "./evaluation-date";
import { majorVersionId, olderThanListed } from "./rds-major-version";
import { RDS_VERSION_PROPS as P } from "./service-types";
import { supportOf } from "./support-table";
import { RDS_ENGINE_VERSIONS } from "./support-tables";

const KIND: Record<string, string> = {
  [RDS_T.instance]: "RDS instance",
  [RDS_T.cluster]: "RDS cluster",
  [RDS_T.globalCluster]: "RDS global cluster",
};

export const rdsSupportedEngineVersion = resourcePolicy<EvaluationDateConfig>({
  name: "rds-supported-engine-version",
  description:
    "RDS instances, clusters and global clusters on MySQL, PostgreSQL, Aurora MySQL or Aurora PostgreSQL run a major engine version that has not passed the end of RDS standard support.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "patching",
  references: [],
  remediationSteps:
    "Upgrade the database to a major version in standard support (set engineVersion, e.g. \"8.4\" for MySQL, \"16\" or \"17\" for PostgreSQL, an 8.0.mysql_aurora.3 version for Aurora MySQL, and allowMajorVersionUpgrade: true for the change), after testing it on a snapshot or a blue/green deployment. See https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support-versions.html for the dates.",
  config: EVALUATION_DATE_CONFIG,
  types: [RDS_T.instance, RDS_T.cluster, RDS_T.globalCluster],
  check(db, config, judge) {
    const engine = readString(db.props[P.engine]);
    const version = readString(db.props[P.engineVersion]);
    if (engine === UNKNOWN) return judge.unknown(P.engine);
    if (version === UNKNOWN) return judge.unknown(P.engineVersion);
    if (engine === undefined || version === undefined) return; // the engine's default version
    const id = majorVersionId(engine, version);
    if (id === undefined) return;
    const day = evaluationDay(config);
    if (day === undefined) return judge.violation(BAD_EVALUATION_DATE);
    const [engineName, major] = id.split(":");
    const what = `${KIND[db.type] ?? "RDS database"} "${db.name}" runs ${engineName} major version ${major}`;
    const fix = "Upgrade it to a major version in standard support.";
    const support = supportOf(RDS_ENGINE_VERSIONS, id, day);
    if (support.listed) {
      if (support.ended) judge.violation(`${what}, past the end of RDS standard support on ${support.since}: the community no longer patches it, and RDS runs it on paid Extended Support or upgrades it. ${fix}`);
      return;
    }
    const oldest = olderThanListed(RDS_ENGINE_VERSIONS, id);
    if (oldest !== undefined) judge.violation(`${what}, older than ${oldest.split(":")[1]} and long past the end of RDS standard support. ${fix}`);
  },
});
