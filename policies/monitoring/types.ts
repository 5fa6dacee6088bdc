// Type tokens of the resources the monitoring controls judge, and the property names they read,
// checked against the @pulumi/aws v7 argument types at compile time (`satisfies`) so a renamed
// input breaks the build instead of silently never matching.
import type { GraphQLApiArgs } from "@pulumi/aws/appsync";
import type { DeliveryChannelArgs, RecorderArgs, RecorderStatusArgs } from "@pulumi/aws/cfg";
import type { DistributionArgs } from "@pulumi/aws/cloudfront";
import type { LogDeliveryArgs, LogDeliverySourceArgs, LogGroupArgs } from "@pulumi/aws/cloudwatch";
import type { ClusterArgs as EcsClusterArgs } from "@pulumi/aws/ecs";
import type { ClusterArgs as EksClusterArgs } from "@pulumi/aws/eks";
import type { KeyArgs } from "@pulumi/aws/kms";
import type { LoadBalancerArgs } from "@pulumi/aws/lb";
import type { ClusterArgs as RdsClusterArgs, InstanceArgs as RdsInstanceArgs } from "@pulumi/aws/rds";
import type { ClusterArgs as RedshiftClusterArgs, LoggingArgs as RedshiftLoggingArgs } from "@pulumi/aws/redshift";
import type { AccountArgs as HubAccountArgs, StandardsSubscriptionArgs } from "@pulumi/aws/securityhub";
import type { StateMachineArgs } from "@pulumi/aws/sfn";
import type { MethodSettingsArgs, StageArgs } from "@pulumi/aws/apigateway";
import type { ApiArgs as V2ApiArgs, StageArgs as V2StageArgs } from "@pulumi/aws/apigatewayv2";
import { APIGATEWAY_T } from "../aws/apigateway";
import { LB_TYPES, T } from "../aws/types";

export const MON = {
  trail: "aws:cloudtrail/trail:Trail",
  detector: "aws:guardduty/detector:Detector",
  detectorFeature: "aws:guardduty/detectorFeature:DetectorFeature",
  logGroup: "aws:cloudwatch/logGroup:LogGroup",
  vpc: T.vpc,
  flowLog: T.flowLog,
  loadBalancers: LB_TYPES,
  rdsInstance: "aws:rds/instance:Instance",
  rdsCluster: "aws:rds/cluster:Cluster",
  stateMachine: "aws:sfn/stateMachine:StateMachine",
  ecsCluster: "aws:ecs/cluster:Cluster",
  eksCluster: "aws:eks/cluster:Cluster",
  kmsKey: "aws:kms/key:Key",
  configRecorder: "aws:cfg/recorder:Recorder",
  configRecorderStatus: "aws:cfg/recorderStatus:RecorderStatus",
  configDeliveryChannel: "aws:cfg/deliveryChannel:DeliveryChannel",
  serviceLinkedRole: "aws:iam/serviceLinkedRole:ServiceLinkedRole",
  hubAccount: "aws:securityhub/account:Account",
  hubStandardsSubscription: "aws:securityhub/standardsSubscription:StandardsSubscription",
  distribution: "aws:cloudfront/distribution:Distribution",
  logDeliverySource: "aws:cloudwatch/logDeliverySource:LogDeliverySource",
  logDelivery: "aws:cloudwatch/logDelivery:LogDelivery",
  redshiftCluster: "aws:redshift/cluster:Cluster",
  redshiftLogging: "aws:redshift/logging:Logging",
  graphQLApi: "aws:appsync/graphQLApi:GraphQLApi",
  ...APIGATEWAY_T,
} as const;

export const LB_LOG_PROPS = { accessLogs: "accessLogs", loadBalancerType: "loadBalancerType" } as const satisfies Record<string, keyof LoadBalancerArgs>;
export const RDS_LOG_PROPS = { engine: "engine", exports: "enabledCloudwatchLogsExports" } as const satisfies Record<string, keyof RdsInstanceArgs & keyof RdsClusterArgs>;
export const SFN_PROPS = { logging: "loggingConfiguration" } as const satisfies Record<string, keyof StateMachineArgs>;
export const ECS_CLUSTER_PROPS = { settings: "settings" } as const satisfies Record<string, keyof EcsClusterArgs>;
export const EKS_CLUSTER_PROPS = { logTypes: "enabledClusterLogTypes" } as const satisfies Record<string, keyof EksClusterArgs>;
export const KMS_KEY_PROPS = {
  rotation: "enableKeyRotation",
  spec: "customerMasterKeySpec",
  usage: "keyUsage",
  customKeyStoreId: "customKeyStoreId",
} as const satisfies Record<string, keyof KeyArgs>;
export const LOG_GROUP_PROPS = { kmsKeyId: "kmsKeyId" } as const satisfies Record<string, keyof LogGroupArgs>;
export const RECORDER_PROPS = { name: "name", roleArn: "roleArn", recordingGroup: "recordingGroup" } as const satisfies Record<string, keyof RecorderArgs>;
export const RECORDER_STATUS_PROPS = { name: "name", isEnabled: "isEnabled" } as const satisfies Record<string, keyof RecorderStatusArgs>;
export const DELIVERY_CHANNEL_PROPS = { s3BucketName: "s3BucketName" } as const satisfies Record<string, keyof DeliveryChannelArgs>;
export const HUB_ACCOUNT_PROPS = { enableDefaultStandards: "enableDefaultStandards" } as const satisfies Record<string, keyof HubAccountArgs>;
export const HUB_SUBSCRIPTION_PROPS = { standardsArn: "standardsArn" } as const satisfies Record<string, keyof StandardsSubscriptionArgs>;
export const DISTRIBUTION_PROPS = { loggingConfig: "loggingConfig" } as const satisfies Record<string, keyof DistributionArgs>;
export const LOG_DELIVERY_SOURCE_PROPS = { name: "name", resourceArn: "resourceArn" } as const satisfies Record<string, keyof LogDeliverySourceArgs>;
export const LOG_DELIVERY_PROPS = { deliverySourceName: "deliverySourceName" } as const satisfies Record<string, keyof LogDeliveryArgs>;
export const REDSHIFT_CLUSTER_PROPS = { clusterIdentifier: "clusterIdentifier" } as const satisfies Record<string, keyof RedshiftClusterArgs>;
export const REDSHIFT_LOGGING_PROPS = {
  clusterIdentifier: "clusterIdentifier",
  logDestinationType: "logDestinationType",
  bucketName: "bucketName",
} as const satisfies Record<string, keyof RedshiftLoggingArgs>;
export const GRAPHQL_PROPS = { logConfig: "logConfig" } as const satisfies Record<string, keyof GraphQLApiArgs>;
export const REST_STAGE_PROPS = { restApi: "restApi", stageName: "stageName", accessLogSettings: "accessLogSettings" } as const satisfies Record<string, keyof StageArgs>;
export const METHOD_SETTINGS_PROPS = { restApi: "restApi", stageName: "stageName", methodPath: "methodPath", settings: "settings" } as const satisfies Record<string, keyof MethodSettingsArgs>;
export const V2_STAGE_PROPS = { apiId: "apiId", accessLogSettings: "accessLogSettings", defaultRouteSettings: "defaultRouteSettings" } as const satisfies Record<string, keyof V2StageArgs>;
export const V2_API_PROPS = { protocolType: "protocolType" } as const satisfies Record<string, keyof V2ApiArgs>;

/** Server access logging of S3 buckets: the side resource (v7 and its deprecated V2 alias) and the deprecated inline block. */
export const S3_LOGGING_T = ["aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2"] as const;
export const S3_LOGGING_PROPS = { bucket: "bucket", targetBucket: "targetBucket" } as const satisfies Record<string, keyof import("@pulumi/aws/s3").BucketLoggingArgs>;
export const BUCKET_LOGGING_PROPS = { logging: "logging" } as const satisfies Record<string, keyof import("@pulumi/aws/s3").BucketArgs>;
