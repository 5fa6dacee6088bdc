// Type tokens and property names of the managed services whose patch level the patching controls
// judge (Lambda, RDS, ECR, EKS, ElastiCache, ECS, Synthetics), checked against the @pulumi/aws v7
// argument types at compile time (`satisfies`). RDS tokens come from the shared model (aws/rds).
import type { FunctionArgs } from "@pulumi/aws/lambda";
import type { ClusterArgs as RdsClusterArgs, ClusterInstanceArgs, GlobalClusterArgs, InstanceArgs } from "@pulumi/aws/rds";
import type { RegistryScanningConfigurationArgs, RepositoryArgs } from "@pulumi/aws/ecr";
import type { ClusterArgs as EksClusterArgs } from "@pulumi/aws/eks";
import type { ClusterArgs as CacheClusterArgs, ReplicationGroupArgs } from "@pulumi/aws/elasticache";
import type { ServiceArgs } from "@pulumi/aws/ecs";
import type { CanaryArgs } from "@pulumi/aws/synthetics";

export const S = {
  lambdaFunction: "aws:lambda/function:Function",
  ecrRepository: "aws:ecr/repository:Repository",
  ecrRegistryScanning: "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration",
  eksCluster: "aws:eks/cluster:Cluster",
  cacheCluster: "aws:elasticache/cluster:Cluster",
  cacheReplicationGroup: "aws:elasticache/replicationGroup:ReplicationGroup",
  ecsService: "aws:ecs/service:Service",
  canary: "aws:synthetics/canary:Canary",
} as const;

export const LAMBDA_PROPS = { runtime: "runtime", packageType: "packageType" } as const satisfies Record<string, keyof FunctionArgs>;

/** What RDS instances, cluster instances, clusters and global clusters share. */
export const RDS_VERSION_PROPS = {
  engine: "engine",
  engineVersion: "engineVersion",
} as const satisfies Record<string, keyof InstanceArgs & keyof RdsClusterArgs & keyof GlobalClusterArgs>;

export const RDS_UPGRADE_PROPS = {
  autoMinorVersionUpgrade: "autoMinorVersionUpgrade",
} as const satisfies Record<string, keyof InstanceArgs & keyof RdsClusterArgs & keyof ClusterInstanceArgs>;

export const ECR_REPOSITORY_PROPS = {
  name: "name",
  imageScanningConfiguration: "imageScanningConfiguration",
  imageTagMutability: "imageTagMutability",
} as const satisfies Record<string, keyof RepositoryArgs>;

export const ECR_REGISTRY_SCANNING_PROPS = { scanType: "scanType", rules: "rules" } as const satisfies Record<string, keyof RegistryScanningConfigurationArgs>;

export const EKS_PROPS = { version: "version" } as const satisfies Record<string, keyof EksClusterArgs>;

export const CACHE_PROPS = {
  autoMinorVersionUpgrade: "autoMinorVersionUpgrade",
  engine: "engine",
  engineVersion: "engineVersion",
} as const satisfies Record<string, keyof CacheClusterArgs & keyof ReplicationGroupArgs>;

export const ECS_SERVICE_PROPS = {
  launchType: "launchType",
  platformVersion: "platformVersion",
  /** The task definition's ARN (family:revision, or the family for its latest ACTIVE revision). */
  taskDefinition: "taskDefinition",
  capacityProviderStrategies: "capacityProviderStrategies",
} as const satisfies Record<string, keyof ServiceArgs>;

export const CANARY_PROPS = { runtimeVersion: "runtimeVersion" } as const satisfies Record<string, keyof CanaryArgs>;
