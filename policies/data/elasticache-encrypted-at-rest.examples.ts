import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const GROUP = "aws:elasticache/replicationGroup:ReplicationGroup";
const CACHE = { description: "session cache", nodeType: "cache.r7g.large", numCacheClusters: 2, automaticFailoverEnabled: true, subnetGroupName: "private-cache", transitEncryptionEnabled: true };

export const examples = policyExamples({
  policy: "elasticache-encrypted-at-rest",
  good: [
    {
      title: "a Redis OSS group with atRestEncryptionEnabled true",
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, engine: "redis", atRestEncryptionEnabled: true } }],
    },
    {
      title: "a Valkey group that leaves the flag unset: Valkey encrypts at rest by default",
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, engine: "valkey" } }],
    },
    {
      title: "a secondary group of a global datastore inherits the primary's encryption",
      resources: [{ type: GROUP, name: "sessions-eu", props: { description: "session cache, EU", globalReplicationGroupId: "ldgnf-sessions", numCacheClusters: 2 } }],
    },
  ],
  bad: [
    {
      title: "a group that names no engine is Redis OSS, unencrypted unless asked",
      resources: [{ type: GROUP, name: "sessions", props: CACHE }],
      violations: ["sessions"],
      message: /"sessions" stores its data unencrypted \(atRestEncryptionEnabled is not set, and Redis OSS defaults to false\)/,
    },
    {
      title: "a Valkey group that turns encryption at rest off",
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, engine: "valkey", atRestEncryptionEnabled: false } }],
      violations: ["sessions"],
      message: /atRestEncryptionEnabled is false/,
    },
  ],
  unknown: [
    {
      title: "the flag computed during preview",
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, atRestEncryptionEnabled: UNKNOWN_SENTINELS.boolean } }],
    },
    {
      title: "no flag, and the engine read from config during preview (it may be Valkey)",
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, engine: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
