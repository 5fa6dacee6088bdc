// Type tokens and property names of the data stores Rampart judges. Property names are checked
// against the @pulumi/aws v7 argument types at compile time (`satisfies`).
import type { ClusterArgs, ClusterInstanceArgs, InstanceArgs } from "@pulumi/aws/rds";
import type {
  AccountPublicAccessBlockArgs,
  BucketArgs,
  BucketPublicAccessBlockArgs,
  BucketServerSideEncryptionConfigurationArgs,
  BucketV2Args,
} from "@pulumi/aws/s3";

export const DATA_T = {
  bucket: "aws:s3/bucket:Bucket",
  /** Deprecated in v7 (an alias of Bucket) but still registrable. */
  bucketV2: "aws:s3/bucketV2:BucketV2",
  bucketPublicAccessBlock: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  accountPublicAccessBlock: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
  bucketSse: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  bucketSseV2: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
  rdsInstance: "aws:rds/instance:Instance",
  rdsCluster: "aws:rds/cluster:Cluster",
  rdsClusterInstance: "aws:rds/clusterInstance:ClusterInstance",
} as const;

export const BUCKET_TYPES = [DATA_T.bucket, DATA_T.bucketV2] as const;
export const BUCKET_SSE_TYPES = [DATA_T.bucketSse, DATA_T.bucketSseV2] as const;

/** The four block-public-access flags; each defaults to false. */
export const PUBLIC_ACCESS_FLAGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const satisfies readonly (keyof BucketPublicAccessBlockArgs & keyof AccountPublicAccessBlockArgs)[];

export const PAB_PROPS = { bucket: "bucket" } as const satisfies Record<string, keyof BucketPublicAccessBlockArgs>;

export const BUCKET_PROPS = {
  /** Bucket: one `rule` block (deprecated inline form). */
  sse: "serverSideEncryptionConfiguration",
} as const satisfies Record<string, keyof BucketArgs>;

export const BUCKET_V2_PROPS = {
  /** BucketV2: a list of configurations, each with `rules`. */
  sse: "serverSideEncryptionConfigurations",
} as const satisfies Record<string, keyof BucketV2Args>;

export const SSE_PROPS = { bucket: "bucket", rules: "rules" } as const satisfies Record<string, keyof BucketServerSideEncryptionConfigurationArgs>;

export const RDS_INSTANCE_PROPS = {
  publiclyAccessible: "publiclyAccessible",
  storageEncrypted: "storageEncrypted",
  kmsKeyId: "kmsKeyId",
} as const satisfies Record<string, keyof InstanceArgs>;

export const RDS_CLUSTER_PROPS = {
  storageEncrypted: "storageEncrypted",
  kmsKeyId: "kmsKeyId",
  engineMode: "engineMode",
} as const satisfies Record<string, keyof ClusterArgs>;

export const RDS_CLUSTER_INSTANCE_PROPS = {
  publiclyAccessible: "publiclyAccessible",
} as const satisfies Record<string, keyof ClusterInstanceArgs>;
