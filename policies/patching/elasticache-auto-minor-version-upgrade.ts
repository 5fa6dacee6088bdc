// ElastiCache clusters and replication groups take minor engine versions automatically. With
// autoMinorVersionUpgrade true (the default) ElastiCache applies new minor and patch versions,
// which carry security fixes, in the maintenance window; the setting exists for Redis OSS 6.0
// and later and Valkey (ElastiCache User Guide, "Version management"), so Memcached clusters are
// not judged.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool, readString } from "../lib/values";
import { CACHE_PROPS as P, S } from "./service-types";

export const elasticacheAutoMinorVersionUpgrade = resourcePolicy<Record<string, never>>({
  name: "elasticache-auto-minor-version-upgrade",
  description:
    "ElastiCache (Redis OSS 6+ and Valkey) clusters and replication groups keep automatic minor version upgrades on: autoMinorVersionUpgrade is not false (true is the default).",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "patching",
  references: [{ framework: "aws-fsbp", ids: ["ElastiCache.2"] }],
  remediationSteps:
    "Remove autoMinorVersionUpgrade: false (or set it to true; on aws.elasticache.Cluster the property is the string \"true\"), and set maintenanceWindow outside peak hours. Clusters on Redis OSS before 6.0 cannot upgrade automatically: move them to Redis OSS 7 or Valkey.",
  types: [S.cacheCluster, S.cacheReplicationGroup],
  check(cache, _config, judge) {
    const engine = readString(cache.props[P.engine]);
    if (typeof engine === "string" && engine.trim().toLowerCase() === "memcached") return;
    const upgrade = readBool(cache.props[P.autoMinorVersionUpgrade]);
    if (upgrade === UNKNOWN) return judge.unknown(P.autoMinorVersionUpgrade);
    if (upgrade !== false) return;
    if (engine === UNKNOWN) return judge.unknown(P.engine); // it may be Memcached
    const kind = cache.type === S.cacheCluster ? "ElastiCache cluster" : "ElastiCache replication group";
    judge.violation(`${kind} "${cache.name}" sets autoMinorVersionUpgrade to false, so engine versions with security fixes are not applied. Remove the setting or set it to true.`);
  },
});
