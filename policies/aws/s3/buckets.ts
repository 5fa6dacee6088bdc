// The S3 bucket aggregate, built once per stack: each bucket with the side resources that
// configure it (public access blocks, encryption configurations), found through
// propertyDependencies first, then by the bucket's name or id. Side resources whose bucket is
// unknown during preview, and linked by no dependency, are counted: they may configure any bucket.
import type { StackResource } from "../../lib/resource-view";
import type { StackModel } from "../../lib/stack-model";
import { isUnknown } from "../../lib/unknown";
import { BUCKET_SSE_TYPES, BUCKET_TYPES, PAB_PROPS, S3_T, SSE_PROPS } from "./types";

export interface SideResources {
  readonly of: (bucket: StackResource) => readonly StackResource[];
  /** How many side resources name a bucket that is unknown during preview. */
  readonly unresolved: number;
}

export interface S3Buckets {
  readonly buckets: readonly StackResource[];
  readonly publicAccessBlocks: SideResources;
  readonly encryptionConfigurations: SideResources;
  /** The stack's account-wide public access blocks. */
  readonly accountPublicAccessBlocks: readonly StackResource[];
}

function sideResources(stack: StackModel, types: readonly string[], bucketProp: string): SideResources {
  const byBucket = new Map<string, StackResource[]>();
  let unresolved = 0;
  for (const side of stack.ofType(...types)) {
    const buckets = stack.referenced(side, bucketProp, BUCKET_TYPES);
    if (buckets.length === 0 && isUnknown(side.props[bucketProp])) unresolved++;
    for (const bucket of buckets) {
      const list = byBucket.get(bucket.urn);
      if (list) list.push(side);
      else byBucket.set(bucket.urn, [side]);
    }
  }
  return { of: (bucket) => byBucket.get(bucket.urn) ?? [], unresolved };
}

const aggregates = new WeakMap<StackModel, S3Buckets>();

export function s3BucketsOf(stack: StackModel): S3Buckets {
  let found = aggregates.get(stack);
  if (!found) {
    found = {
      buckets: stack.ofType(...BUCKET_TYPES),
      publicAccessBlocks: sideResources(stack, [S3_T.bucketPublicAccessBlock], PAB_PROPS.bucket),
      encryptionConfigurations: sideResources(stack, BUCKET_SSE_TYPES, SSE_PROPS.bucket),
      accountPublicAccessBlocks: stack.ofType(S3_T.accountPublicAccessBlock),
    };
    aggregates.set(stack, found);
  }
  return found;
}
