// What decides who reaches a bucket's data, built once per stack: the side resources that grant
// access (bucket policies, bucket ACLs, objects with ACLs) or limit it (public access blocks,
// ownership controls), grouped by the bucket they name. A bucket of the stack is found through
// propertyDependencies, then by its name or id; side resources naming a bucket the stack does not
// create are grouped under that name, so a policy and a block on the same outside bucket meet.
// Those naming a bucket unknown during preview, linked by no dependency, are counted.
import type { StackResource } from "../../lib/resource-view";
import { type StackModel, perStack } from "../../lib/stack-model";
import { backReferences } from "../back-references";
import { BUCKET_ACL_TYPES, BUCKET_TYPES, OBJECT_TYPES, S3_T } from "./types";

/** A bucket access is judged for: one of the stack's, or one only named by side resources. */
export interface BucketTarget {
  /** The stack's bucket; undefined for a bucket created elsewhere. */
  readonly bucket?: StackResource;
  /** The bucket's URN, or `name:<bucket name>` for a bucket created elsewhere. */
  readonly key: string;
}

/** Side resources of one kind, by the bucket they name. */
export interface SideIndex {
  /** Those naming `target`. */
  readonly of: (target: BucketTarget) => readonly StackResource[];
  /** Those naming a bucket unknown during preview, linked by no dependency: they may configure any bucket. */
  readonly unresolved: readonly StackResource[];
}

export interface BucketAccess {
  /** The stack's buckets, then the buckets side resources name that the stack does not create. */
  readonly targets: readonly BucketTarget[];
  /** aws.s3.BucketPublicAccessBlock. */
  readonly publicAccessBlocks: SideIndex;
  /** aws.s3.BucketOwnershipControls. */
  readonly ownershipControls: SideIndex;
  /** aws.s3.BucketPolicy (a bucket's inline `policy` is on the bucket itself). */
  readonly policies: SideIndex;
  /** aws.s3.BucketAcl and the deprecated BucketAclV2 (a bucket's inline `acl`/`grants` are on the bucket). */
  readonly acls: SideIndex;
  /** aws.s3.BucketObject, BucketObjectv2 and ObjectCopy, which carry ACLs of their own. */
  readonly objects: SideIndex;
  /** aws.s3.AccountPublicAccessBlock: they apply to every bucket of the account. */
  readonly accountPublicAccessBlocks: readonly StackResource[];
}

/** Every side resource's bucket is its `bucket` property (BucketPolicy, BucketAcl, BucketObject, ...). */
const BUCKET_PROP = "bucket";
const OUTSIDE_PREFIX = "name:";

function sideIndex(stack: StackModel, sides: readonly StackResource[], outside: Map<string, BucketTarget>): SideIndex {
  const refs = backReferences(stack, sides, BUCKET_PROP, BUCKET_TYPES);
  for (const name of refs.byOutsideName.keys()) {
    const key = `${OUTSIDE_PREFIX}${name}`;
    if (!outside.has(key)) outside.set(key, { key });
  }
  return {
    of: (target) => (target.bucket ? refs.of(target.bucket) : refs.byOutsideName.get(target.key.slice(OUTSIDE_PREFIX.length)) ?? []),
    unresolved: refs.unresolvedSides,
  };
}

/** The stack's bucket access view, built once per stack. */
export const bucketAccessOf = perStack((stack: StackModel): BucketAccess => {
  const outside = new Map<string, BucketTarget>();
  const index = (...types: string[]) => sideIndex(stack, stack.ofType(...types), outside);
  const access = {
    policies: index(S3_T.bucketPolicy),
    acls: index(...BUCKET_ACL_TYPES),
    objects: index(...OBJECT_TYPES),
    ownershipControls: index(S3_T.bucketOwnershipControls),
    publicAccessBlocks: index(S3_T.bucketPublicAccessBlock),
    accountPublicAccessBlocks: stack.ofType(S3_T.accountPublicAccessBlock),
  };
  const own: BucketTarget[] = stack.ofType(...BUCKET_TYPES).map((bucket) => ({ bucket, key: bucket.urn }));
  return { ...access, targets: [...own, ...outside.values()] };
});
