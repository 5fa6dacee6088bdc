import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const GROUP = "aws:elasticache/replicationGroup:ReplicationGroup";
const CLUSTER = "aws:elasticache/cluster:Cluster";
const group = { description: "sessions", engine: "valkey", engineVersion: "8.0", nodeType: "cache.t4g.small", numCacheClusters: 2, atRestEncryptionEnabled: true, transitEncryptionEnabled: true };

export const examples = policyExamples({
  policy: "elasticache-auto-minor-version-upgrade",
  good: [
    {
      title: "a Valkey replication group that leaves automatic minor upgrades at their default (on)",
      resources: [{ type: GROUP, name: "sessions", props: group }],
    },
    {
      title: "a Redis OSS 7 cluster with the flag as the provider's string",
      resources: [{ type: CLUSTER, name: "cache", props: { engine: "redis", engineVersion: "7.1", nodeType: "cache.t4g.micro", numCacheNodes: 1, autoMinorVersionUpgrade: "true" } }],
    },
    {
      title: "a Memcached cluster (the setting does not apply)",
      resources: [{ type: CLUSTER, name: "memcached", props: { engine: "memcached", nodeType: "cache.t4g.micro", numCacheNodes: 2, autoMinorVersionUpgrade: "false" } }],
    },
  ],
  bad: [
    {
      title: "a replication group that opts out of minor upgrades",
      resources: [{ type: GROUP, name: "sessions", props: { ...group, autoMinorVersionUpgrade: false } }],
      violations: ["sessions"],
      message: /ElastiCache replication group "sessions" sets autoMinorVersionUpgrade to false/,
    },
    {
      title: "a Redis OSS cluster with the string \"false\"",
      resources: [{ type: CLUSTER, name: "cache", props: { engine: "redis", engineVersion: "7.1", nodeType: "cache.t4g.micro", numCacheNodes: 1, autoMinorVersionUpgrade: "false" } }],
      violations: ["cache"],
      message: /ElastiCache cluster "cache" sets autoMinorVersionUpgrade to false/,
    },
  ],
  unknown: [
    {
      title: "the flag computed during preview",
      resources: [{ type: GROUP, name: "sessions", props: { ...group, autoMinorVersionUpgrade: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
