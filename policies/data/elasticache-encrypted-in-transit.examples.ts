import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const GROUP = "aws:elasticache/replicationGroup:ReplicationGroup";
const CACHE = { description: "session cache", engine: "valkey", nodeType: "cache.r7g.large", numCacheClusters: 2, automaticFailoverEnabled: true, subnetGroupName: "private-cache", atRestEncryptionEnabled: true };

export const examples = policyExamples({
  policy: "elasticache-encrypted-in-transit",
  good: [
    {
      title: "a group that requires TLS",
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, transitEncryptionEnabled: true } }],
    },
    {
      title: 'a group with TLS in mode "required" and an RBAC user group',
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, transitEncryptionEnabled: true, transitEncryptionMode: "required", userGroupIds: ["sessions-users"] } }],
    },
    {
      title: "a secondary group of a global datastore inherits the primary's setting",
      resources: [{ type: GROUP, name: "sessions-eu", props: { description: "session cache, EU", globalReplicationGroupId: "ldgnf-sessions", numCacheClusters: 2 } }],
    },
  ],
  bad: [
    {
      title: "a group that leaves transit encryption unset accepts plain connections",
      resources: [{ type: GROUP, name: "sessions", props: CACHE }],
      violations: ["sessions"],
      message: /transitEncryptionEnabled is not set and defaults to false/,
    },
    {
      title: 'a group left in the migration mode "preferred"',
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, transitEncryptionEnabled: true, transitEncryptionMode: "preferred" } }],
      violations: ["sessions"],
      message: /transitEncryptionMode "preferred"/,
    },
    {
      title: "a group that turns TLS off",
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, transitEncryptionEnabled: false } }],
      violations: ["sessions"],
      message: /transitEncryptionEnabled is false/,
    },
  ],
  unknown: [
    {
      title: "the flag computed during preview",
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, transitEncryptionEnabled: UNKNOWN_SENTINELS.boolean } }],
    },
    {
      title: "TLS on, and the mode read from config during preview",
      resources: [{ type: GROUP, name: "sessions", props: { ...CACHE, transitEncryptionEnabled: true, transitEncryptionMode: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
