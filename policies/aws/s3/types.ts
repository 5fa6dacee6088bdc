// Type tokens and property names of S3 buckets and their side resources. Property names are checked
// against the @pulumi/aws v7 argument types at compile time (`satisfies`).
import type {
  AccountPublicAccessBlockArgs,
  BucketArgs,
  BucketPublicAccessBlockArgs,
  BucketServerSideEncryptionConfigurationArgs,
  BucketV2Args,
} from "@pulumi/aws/s3";

export const S3_T = {
  bucket: "aws:s3/bucket:Bucket",
  /** Deprecated in v7 (an alias of Bucket) but still registrable. */
  bucketV2: "aws:s3/bucketV2:BucketV2",
  bucketPublicAccessBlock: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  accountPublicAccessBlock: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
  bucketSse: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  bucketSseV2: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
} as const;

export const BUCKET_TYPES = [S3_T.bucket, S3_T.bucketV2] as const;
export const BUCKET_SSE_TYPES = [S3_T.bucketSse, S3_T.bucketSseV2] as const;

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
