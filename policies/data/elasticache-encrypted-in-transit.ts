// Clients reach a cache over TLS only. A replication group encrypts in transit only when
// transitEncryptionEnabled is true (the API's default is false, ElastiCache API Reference,
// CreateReplicationGroup), and without TLS it cannot require an AUTH token either. The
// transitEncryptionMode "preferred" is a migration step that still accepts plain connections.
// A member of a global datastore inherits the setting from the primary group.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool, readString } from "../lib/values";
import { DATA_T, REPLICATION_GROUP_PROPS as P } from "./types";

export const elasticacheEncryptedInTransit = resourcePolicy<Record<string, never>>({
  name: "elasticache-encrypted-in-transit",
  description:
    'Every ElastiCache replication group requires TLS: transitEncryptionEnabled is true and transitEncryptionMode is not "preferred" (which still accepts plain connections). Members of a global datastore inherit the setting.',
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["ElastiCache.5"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    'Set transitEncryptionEnabled: true (with transitEncryptionMode "required", or unset), connect clients with TLS, and set an authToken or RBAC user group. On engine versions before 7.0.5 this replaces the group; later versions migrate in place through mode "preferred", then "required".',
  types: [DATA_T.replicationGroup],
  check(group, _config, judge) {
    const flag = readBool(group.props[P.transitEncryptionEnabled]);
    if (flag === UNKNOWN) return judge.unknown(P.transitEncryptionEnabled);
    if (flag === true) {
      const mode = readString(group.props[P.transitEncryptionMode]);
      if (mode === UNKNOWN) return judge.unknown(P.transitEncryptionMode);
      if (typeof mode === "string" && mode.trim().toLowerCase() === "preferred") {
        judge.violation(`ElastiCache replication group "${group.name}" still accepts unencrypted connections (transitEncryptionMode "preferred"). Set transitEncryptionMode to "required" once clients use TLS.`);
      }
      return;
    }
    if (flag === undefined) {
      const global = readString(group.props[P.globalReplicationGroupId]);
      if (global === UNKNOWN) return judge.unknown(P.globalReplicationGroupId);
      if (typeof global === "string" && global.trim() !== "") return;
    }
    judge.violation(
      `ElastiCache replication group "${group.name}" accepts unencrypted connections (transitEncryptionEnabled is ${flag === false ? "false" : "not set and defaults to false"}). Set transitEncryptionEnabled: true.`,
    );
  },
});
