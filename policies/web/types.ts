// Type tokens and property names of the CloudFront and S3 bucket-policy resources the web controls
// judge, checked against the @pulumi/aws v7 argument types at compile time (`satisfies`).
// Tokens are matched as strings, so @pulumi/aws is never loaded.
import type { DistributionArgs } from "@pulumi/aws/cloudfront";
import type { BucketArgs, BucketPolicyArgs } from "@pulumi/aws/s3";
import type { input } from "@pulumi/aws/types";

export const WEB_T = {
  distribution: "aws:cloudfront/distribution:Distribution",
  bucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
} as const;

export const DISTRIBUTION_PROPS = {
  webAclId: "webAclId",
  defaultCacheBehavior: "defaultCacheBehavior",
  orderedCacheBehaviors: "orderedCacheBehaviors",
  viewerCertificate: "viewerCertificate",
  origins: "origins",
} as const satisfies Record<string, keyof DistributionArgs>;

export const CACHE_BEHAVIOR_PROPS = { viewerProtocolPolicy: "viewerProtocolPolicy" } as const satisfies Record<string, keyof input.cloudfront.DistributionDefaultCacheBehavior>;

export const VIEWER_CERTIFICATE_PROPS = {
  cloudfrontDefaultCertificate: "cloudfrontDefaultCertificate",
  minimumProtocolVersion: "minimumProtocolVersion",
} as const satisfies Record<string, keyof input.cloudfront.DistributionViewerCertificate>;

export const ORIGIN_PROPS = {
  domainName: "domainName",
  originId: "originId",
  originAccessControlId: "originAccessControlId",
  s3OriginConfig: "s3OriginConfig",
  customOriginConfig: "customOriginConfig",
} as const satisfies Record<string, keyof input.cloudfront.DistributionOrigin>;

export const BUCKET_POLICY_PROPS = { bucket: "bucket", policy: "policy" } as const satisfies Record<string, keyof BucketPolicyArgs>;

/** The deprecated inline bucket policy of aws.s3.Bucket. */
export const BUCKET_INLINE_PROPS = { policy: "policy" } as const satisfies Record<string, keyof BucketArgs>;
