// Cache data (and its backups) is encrypted at rest. For a replication group AWS encrypts at rest
// by default only with the Valkey engine; Redis OSS, the provider's default engine, is unencrypted
// unless atRestEncryptionEnabled is true (ElastiCache API Reference, CreateReplicationGroup).
// A member of a global datastore inherits the setting from the datastore's primary group, which
// is judged on its own. Serverless caches are always encrypted and are not judged.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool, readString } from "../lib/values";
import { DATA_T, REPLICATION_GROUP_PROPS as P } from "./types";

export const elasticacheEncryptedAtRest = resourcePolicy<Record<string, never>>({
  name: "elasticache-encrypted-at-rest",
  description:
    "Every ElastiCache replication group is encrypted at rest: atRestEncryptionEnabled is true, or left unset with the Valkey engine (encrypted by default) or on a member of a global datastore (inherited). Redis OSS groups default to unencrypted.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["ElastiCache.4"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    "Set atRestEncryptionEnabled: true (and kmsKeyId for a customer managed key), or use engine \"valkey\". Encryption at rest is chosen at creation: an existing unencrypted group must be recreated, for example from a backup.",
  types: [DATA_T.replicationGroup],
  check(group, _config, judge) {
    const flag = readBool(group.props[P.atRestEncryptionEnabled]);
    if (flag === UNKNOWN) return judge.unknown(P.atRestEncryptionEnabled);
    if (flag === true) return;
    if (flag === undefined) {
      const global = readString(group.props[P.globalReplicationGroupId]);
      if (global === UNKNOWN) return judge.unknown(P.globalReplicationGroupId);
      if (typeof global === "string" && global.trim() !== "") return;
      const engine = readString(group.props[P.engine]);
      if (engine === UNKNOWN) return judge.unknown(P.engine);
      if (typeof engine === "string" && engine.trim().toLowerCase() === "valkey") return;
    }
    judge.violation(
      `ElastiCache replication group "${group.name}" stores its data unencrypted (atRestEncryptionEnabled is ${flag === false ? "false" : "not set, and Redis OSS defaults to false"}). Set atRestEncryptionEnabled: true.`,
    );
  },
});
