// Type tokens and property names of S3 buckets and their side resources. Property names are checked
// against the @pulumi/aws v7 argument types at compile time (`satisfies`).
import type {
  AccountPublicAccessBlockArgs,
  BucketAclArgs,
  BucketAclV2Args,
  BucketArgs,
  BucketObjectArgs,
  BucketObjectv2Args,
  BucketOwnershipControlsArgs,
  BucketPolicyArgs,
  BucketPublicAccessBlockArgs,
  BucketServerSideEncryptionConfigurationArgs,
  BucketV2Args,
  ObjectCopyArgs,
} from "@pulumi/aws/s3";
import type { input } from "@pulumi/aws/types";

export const S3_T = {
  bucket: "aws:s3/bucket:Bucket",
  /** Deprecated in v7 (an alias of Bucket) but still registrable. */
  bucketV2: "aws:s3/bucketV2:BucketV2",
  bucketPublicAccessBlock: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  accountPublicAccessBlock: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
  bucketSse: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  bucketSseV2: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
  bucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
  bucketOwnershipControls: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
  bucketAcl: "aws:s3/bucketAcl:BucketAcl",
  /** Deprecated in v7 (an alias of BucketAcl) but still registrable. */
  bucketAclV2: "aws:s3/bucketAclV2:BucketAclV2",
  bucketObject: "aws:s3/bucketObject:BucketObject",
  bucketObjectV2: "aws:s3/bucketObjectv2:BucketObjectv2",
  objectCopy: "aws:s3/objectCopy:ObjectCopy",
} as const;

export const BUCKET_TYPES = [S3_T.bucket, S3_T.bucketV2] as const;
export const BUCKET_SSE_TYPES = [S3_T.bucketSse, S3_T.bucketSseV2] as const;
export const BUCKET_ACL_TYPES = [S3_T.bucketAcl, S3_T.bucketAclV2] as const;
/** Objects that carry an ACL of their own. */
export const OBJECT_TYPES = [S3_T.bucketObject, S3_T.bucketObjectV2, S3_T.objectCopy] as const;

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

/** Bucket and BucketV2: the deprecated inline policy, canned ACL and grants. */
export const BUCKET_ACCESS_PROPS = { policy: "policy", acl: "acl", grants: "grants" } as const satisfies Record<string, keyof BucketArgs & keyof BucketV2Args>;

export const BUCKET_POLICY_PROPS = { bucket: "bucket", policy: "policy" } as const satisfies Record<string, keyof BucketPolicyArgs>;

export const OWNERSHIP_PROPS = { bucket: "bucket", rule: "rule" } as const satisfies Record<string, keyof BucketOwnershipControlsArgs>;
export const OWNERSHIP_RULE_PROPS = { objectOwnership: "objectOwnership" } as const satisfies Record<string, keyof input.s3.BucketOwnershipControlsRule>;

export const BUCKET_ACL_PROPS = { bucket: "bucket", acl: "acl", accessControlPolicy: "accessControlPolicy" } as const satisfies Record<string, keyof BucketAclArgs & keyof BucketAclV2Args>;
export const ACCESS_CONTROL_POLICY_PROPS = { grants: "grants" } as const satisfies Record<string, keyof input.s3.BucketAclAccessControlPolicy>;
export const ACL_GRANT_PROPS = { grantee: "grantee", permission: "permission" } as const satisfies Record<string, keyof input.s3.BucketAclAccessControlPolicyGrant>;
export const ACL_GRANTEE_PROPS = { uri: "uri" } as const satisfies Record<string, keyof input.s3.BucketAclAccessControlPolicyGrantGrantee>;

/** The grants of Bucket, BucketV2 and ObjectCopy: one grantee with a list of permissions. */
export const GRANT_PROPS = { uri: "uri", permissions: "permissions" } as const satisfies Record<string, keyof input.s3.BucketGrant & keyof input.s3.BucketV2Grant & keyof input.s3.ObjectCopyGrant>;

export const OBJECT_PROPS = { bucket: "bucket", acl: "acl", grants: "grants" } as const satisfies Record<"bucket" | "acl", keyof BucketObjectArgs & keyof BucketObjectv2Args & keyof ObjectCopyArgs> & Record<"grants", keyof ObjectCopyArgs>;
