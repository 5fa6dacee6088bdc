// The S3 bucket aggregate, built once per stack: each bucket with the side resources that
// configure it (public access blocks, encryption configurations), found through
// propertyDependencies first, then by the bucket's name or id. Side resources whose bucket is
// unknown during preview, and linked by no dependency, are counted: they may configure any bucket.
import type { StackResource } from "../../lib/resource-view";
import { type StackModel, perStack } from "../../lib/stack-model";
import { BackReferences, backReferences } from "../back-references";
import { BUCKET_SSE_TYPES, BUCKET_TYPES, PAB_PROPS, S3_T, SSE_PROPS } from "./types";

/** A bucket's side resources, and how many name a bucket unknown during preview. */
export type SideResources = BackReferences;

export interface S3Buckets {
  readonly buckets: readonly StackResource[];
  readonly publicAccessBlocks: SideResources;
  readonly encryptionConfigurations: SideResources;
  /** The stack's account-wide public access blocks. */
  readonly accountPublicAccessBlocks: readonly StackResource[];
}

export const s3BucketsOf = perStack(
  (stack: StackModel): S3Buckets => ({
    buckets: stack.ofType(...BUCKET_TYPES),
    publicAccessBlocks: backReferences(stack, stack.ofType(S3_T.bucketPublicAccessBlock), PAB_PROPS.bucket, BUCKET_TYPES),
    encryptionConfigurations: backReferences(stack, stack.ofType(...BUCKET_SSE_TYPES), SSE_PROPS.bucket, BUCKET_TYPES),
    accountPublicAccessBlocks: stack.ofType(S3_T.accountPublicAccessBlock),
  }),
);
