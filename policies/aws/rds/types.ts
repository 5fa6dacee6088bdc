// Type tokens and property names of RDS databases and their snapshots, checked against the
// @pulumi/aws v7 argument types at compile time (`satisfies`).
import type {
  ClusterArgs,
  ClusterInstanceArgs,
  ClusterSnapshotArgs,
  ClusterSnapshotCopyArgs,
  GlobalClusterArgs,
  InstanceArgs,
  SnapshotArgs,
  SnapshotCopyArgs,
} from "@pulumi/aws/rds";

export const RDS_T = {
  instance: "aws:rds/instance:Instance",
  cluster: "aws:rds/cluster:Cluster",
  clusterInstance: "aws:rds/clusterInstance:ClusterInstance",
  globalCluster: "aws:rds/globalCluster:GlobalCluster",
  snapshot: "aws:rds/snapshot:Snapshot",
  clusterSnapshot: "aws:rds/clusterSnapshot:ClusterSnapshot",
  snapshotCopy: "aws:rds/snapshotCopy:SnapshotCopy",
  clusterSnapshotCopy: "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy",
} as const;

export const RDS_INSTANCE_PROPS = {
  publiclyAccessible: "publiclyAccessible",
  storageEncrypted: "storageEncrypted",
  kmsKeyId: "kmsKeyId",
  deletionProtection: "deletionProtection",
} as const satisfies Record<string, keyof InstanceArgs>;

export const RDS_CLUSTER_PROPS = {
  storageEncrypted: "storageEncrypted",
  kmsKeyId: "kmsKeyId",
  engineMode: "engineMode",
  engine: "engine",
  deletionProtection: "deletionProtection",
} as const satisfies Record<string, keyof ClusterArgs>;

export const RDS_GLOBAL_CLUSTER_PROPS = {
  storageEncrypted: "storageEncrypted",
  sourceDbClusterIdentifier: "sourceDbClusterIdentifier",
} as const satisfies Record<string, keyof GlobalClusterArgs>;

export const RDS_CLUSTER_INSTANCE_PROPS = {
  publiclyAccessible: "publiclyAccessible",
} as const satisfies Record<string, keyof ClusterInstanceArgs>;

/** `sharedAccounts` on every snapshot resource: account ids, or "all" for a public snapshot. */
export const RDS_SNAPSHOT_PROPS = {
  sharedAccounts: "sharedAccounts",
} as const satisfies Record<string, keyof SnapshotArgs & keyof ClusterSnapshotArgs & keyof SnapshotCopyArgs & keyof ClusterSnapshotCopyArgs>;
