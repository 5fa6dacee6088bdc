// Small builders for the S3 resources the data policy tests use, as a stack export shows them
// (outputs: id and bucket are the bucket name, arn its ARN).
import { StackInput, urnOf } from "../../helpers/policy-harness";

export const S3 = {
  bucket: "aws:s3/bucket:Bucket",
  bucketV2: "aws:s3/bucketV2:BucketV2",
  pab: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  accountPab: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
  sse: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  sseV2: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
  policy: "aws:s3/bucketPolicy:BucketPolicy",
  ownership: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
  aclV2: "aws:s3/bucketAclV2:BucketAclV2",
  object: "aws:s3/bucketObjectv2:BucketObjectv2",
} as const;

export const ALL_FLAGS = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

export function bucket(name: string, props: Record<string, unknown> = {}, type: string = S3.bucket): StackInput {
  const id = `${name}-8f3a`;
  return { type, name, props: { id, bucket: id, arn: `arn:aws:s3:::${id}`, ...props } };
}

export function bucketId(name: string): string {
  return `${name}-8f3a`;
}

/** A resource pointing at a bucket by name value. */
export function byValue(type: string, name: string, target: unknown, props: Record<string, unknown>): StackInput {
  return { type, name, props: { bucket: target, ...props } };
}

/** A resource pointing at a bucket through propertyDependencies, as in a preview where the name is unknown. */
export function byDependency(type: string, name: string, bucketType: string, bucketName: string, target: unknown, props: Record<string, unknown>): StackInput {
  return { type, name, props: { bucket: target, ...props }, propertyDependencies: { bucket: [urnOf(bucketType, bucketName)] } };
}

export function sseRules(sseAlgorithm: unknown): Record<string, unknown> {
  return { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm }, bucketKeyEnabled: true }] };
}
