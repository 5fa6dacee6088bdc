// Type tokens and property names of the data stores the data controls judge (besides S3 and RDS,
// whose live in policies/aws/), checked against the @pulumi/aws v7 argument types at compile time
// (`satisfies`). Tokens are matched as strings, so @pulumi/aws is never loaded.
import type { TableArgs } from "@pulumi/aws/dynamodb";
import type { EncryptionByDefaultArgs } from "@pulumi/aws/ebs";
import type { SnapshotCreateVolumePermissionArgs } from "@pulumi/aws/ec2";
import type { FileSystemArgs } from "@pulumi/aws/efs";
import type { ReplicationGroupArgs } from "@pulumi/aws/elasticache";
import type { DomainArgs as ElasticsearchDomainArgs } from "@pulumi/aws/elasticsearch";
import type { StreamArgs } from "@pulumi/aws/kinesis";
import type { DomainArgs as OpenSearchDomainArgs } from "@pulumi/aws/opensearch";
import type { ClusterArgs as RedshiftClusterArgs, ParameterGroupArgs as RedshiftParameterGroupArgs } from "@pulumi/aws/redshift";
import type { TopicArgs } from "@pulumi/aws/sns";
import type { QueueArgs } from "@pulumi/aws/sqs";

export const DATA_T = {
  redshiftCluster: "aws:redshift/cluster:Cluster",
  redshiftParameterGroup: "aws:redshift/parameterGroup:ParameterGroup",
  openSearchDomain: "aws:opensearch/domain:Domain",
  elasticsearchDomain: "aws:elasticsearch/domain:Domain",
  snapshotCreateVolumePermission: "aws:ec2/snapshotCreateVolumePermission:SnapshotCreateVolumePermission",
  replicationGroup: "aws:elasticache/replicationGroup:ReplicationGroup",
  efsFileSystem: "aws:efs/fileSystem:FileSystem",
  sqsQueue: "aws:sqs/queue:Queue",
  snsTopic: "aws:sns/topic:Topic",
  kinesisStream: "aws:kinesis/stream:Stream",
  ebsEncryptionByDefault: "aws:ebs/encryptionByDefault:EncryptionByDefault",
  dynamodbTable: "aws:dynamodb/table:Table",
} as const;

export const REDSHIFT_CLUSTER_PROPS = {
  publiclyAccessible: "publiclyAccessible",
  /** A string in v7 ("true"/"false"), default "true". */
  encrypted: "encrypted",
  kmsKeyId: "kmsKeyId",
  clusterParameterGroupName: "clusterParameterGroupName",
} as const satisfies Record<string, keyof RedshiftClusterArgs>;

export const REDSHIFT_PARAMETER_GROUP_PROPS = {
  family: "family",
  parameters: "parameters",
} as const satisfies Record<string, keyof RedshiftParameterGroupArgs>;

export const SEARCH_DOMAIN_PROPS = {
  vpcOptions: "vpcOptions",
} as const satisfies Record<string, keyof OpenSearchDomainArgs & keyof ElasticsearchDomainArgs>;

export const SNAPSHOT_PERMISSION_PROPS = {
  accountId: "accountId",
  snapshotId: "snapshotId",
} as const satisfies Record<string, keyof SnapshotCreateVolumePermissionArgs>;

export const REPLICATION_GROUP_PROPS = {
  engine: "engine",
  atRestEncryptionEnabled: "atRestEncryptionEnabled",
  transitEncryptionEnabled: "transitEncryptionEnabled",
  transitEncryptionMode: "transitEncryptionMode",
  globalReplicationGroupId: "globalReplicationGroupId",
} as const satisfies Record<string, keyof ReplicationGroupArgs>;

export const EFS_PROPS = {
  encrypted: "encrypted",
  kmsKeyId: "kmsKeyId",
} as const satisfies Record<string, keyof FileSystemArgs>;

export const SQS_PROPS = {
  sqsManagedSseEnabled: "sqsManagedSseEnabled",
  kmsMasterKeyId: "kmsMasterKeyId",
} as const satisfies Record<string, keyof QueueArgs>;

export const SNS_PROPS = {
  kmsMasterKeyId: "kmsMasterKeyId",
} as const satisfies Record<string, keyof TopicArgs>;

export const KINESIS_PROPS = {
  encryptionType: "encryptionType",
  kmsKeyId: "kmsKeyId",
} as const satisfies Record<string, keyof StreamArgs>;

export const EBS_DEFAULT_PROPS = {
  enabled: "enabled",
} as const satisfies Record<string, keyof EncryptionByDefaultArgs>;

export const DYNAMODB_TABLE_PROPS = {
  pointInTimeRecovery: "pointInTimeRecovery",
} as const satisfies Record<string, keyof TableArgs>;
