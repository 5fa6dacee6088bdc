// Type tokens and property names of RDS databases, checked against the @pulumi/aws v7 argument
// types at compile time (`satisfies`).
import type { ClusterArgs, ClusterInstanceArgs, InstanceArgs } from "@pulumi/aws/rds";

export const RDS_T = {
  instance: "aws:rds/instance:Instance",
  cluster: "aws:rds/cluster:Cluster",
  clusterInstance: "aws:rds/clusterInstance:ClusterInstance",
} as const;

export const RDS_INSTANCE_PROPS = {
  publiclyAccessible: "publiclyAccessible",
  storageEncrypted: "storageEncrypted",
  kmsKeyId: "kmsKeyId",
} as const satisfies Record<string, keyof InstanceArgs>;

export const RDS_CLUSTER_PROPS = {
  storageEncrypted: "storageEncrypted",
  kmsKeyId: "kmsKeyId",
  engineMode: "engineMode",
  engine: "engine",
} as const satisfies Record<string, keyof ClusterArgs>;

export const RDS_CLUSTER_INSTANCE_PROPS = {
  publiclyAccessible: "publiclyAccessible",
} as const satisfies Record<string, keyof ClusterInstanceArgs>;
