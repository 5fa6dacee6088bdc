// No ACL opens a bucket or its objects to the public. A public ACL (aws/s3/public-acl.ts: a
// grant to AllUsers or AuthenticatedUsers, or the canned public-read, public-read-write and
// authenticated-read) takes effect only when three things hold for its bucket: ACLs are enabled
// (ownership controls ObjectWriter or BucketOwnerPreferred; since April 2023 a new bucket has
// BucketOwnerEnforced and AWS rejects such an ACL), ignorePublicAcls is off (S3 ignores it
// otherwise) and blockPublicAcls is off (AWS rejects it otherwise), for the bucket's own block
// and the account's together. A public ACL AWS rejects or ignores is no exposure: it is not
// reported, and the policy says why in its not-applicable note. Object Ownership:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html; Security Hub
// S3.2, S3.3 and S3.12 (ACLs): https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { Tri, allOf, anyOf, not } from "../lib/tri";
import { BucketAccess, BucketTarget, bucketAccessOf } from "../aws/s3/bucket-access";
import { EffectiveBlock, accountBlock, effectiveBlock } from "../aws/s3/effective-block";
import { aclsEnabled } from "../aws/s3/object-ownership";
import { readPublicAcl } from "../aws/s3/public-acl";
import { BUCKET_ACL_TYPES, BUCKET_TYPES, OBJECT_TYPES } from "../aws/s3/types";
import { PublicGrant, reportPublicGrants, resourceLabel } from "./s3-exposure";

/** Why a surely public ACL has no effect, or undefined when it may have one. */
function heldBack(enabled: Tri, block: EffectiveBlock): string | undefined {
  if (enabled === "no") return "AWS rejects a public ACL: ACLs are disabled (BucketOwnerEnforced, S3's default since April 2023)";
  if (block.blockPublicAcls === "yes") return "AWS rejects a public ACL: blockPublicAcls is on";
  if (block.ignorePublicAcls === "yes") return "S3 ignores a public ACL: ignorePublicAcls is on";
  return undefined;
}

function judgeAcl(access: BucketAccess, target: BucketTarget, source: StackResource, inline: boolean): PublicGrant | undefined {
  const reading = readPublicAcl(source);
  if (reading.public === "no") return undefined;
  const enabled = aclsEnabled(access, target);
  const block = effectiveBlock(access, target);
  const stopped = anyOf([block.ignorePublicAcls, block.blockPublicAcls]);
  const label = `${inline ? "its acl or grants" : resourceLabel(source)} (public ${reading.write ? "read and write" : "read"})`;
  return { source, label, inEffect: allOf([reading.public, enabled, not(stopped)]), heldBack: reading.public === "yes" ? heldBack(enabled, block) : undefined };
}

function violation(target: BucketTarget) {
  return (grants: string) =>
    (target.bucket
      ? `S3 bucket "${target.bucket.name}" is public through ACLs: everyone (AllUsers or AuthenticatedUsers) is granted access by ${grants}, its ownership controls enable ACLs, and neither ignorePublicAcls nor blockPublicAcls is on for the bucket or the account.`
      : `A bucket this stack does not create is public through ACLs: everyone (AllUsers or AuthenticatedUsers) is granted access by ${grants}, and nothing in the stack disables ACLs or blocks public ones on that bucket.`) +
    " Remove the public ACL, set the bucket's ownership controls to BucketOwnerEnforced, and grant access through a bucket policy to named principals or CloudFront.";
}

export const s3AclNotPublic = stackPolicy<Record<string, never>>({
  name: "s3-acl-not-public",
  description:
    "No ACL grants everyone (the AllUsers or AuthenticatedUsers group, or the canned ACLs public-read, public-read-write and authenticated-read) access to an S3 bucket or object: an aws.s3.BucketAcl, a bucket's deprecated acl or grants, or the acl of an aws.s3.BucketObject, BucketObjectv2 or ObjectCopy, where ownership controls enable ACLs (ObjectWriter, BucketOwnerPreferred) and neither ignorePublicAcls nor blockPublicAcls is on (bucket or account block). With ACLs disabled (BucketOwnerEnforced, the default since April 2023) AWS rejects a public ACL: not reported.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["S3.2", "S3.3", "S3.12"] },
    { framework: "owasp", ids: ["A01:2021"] },
  ],
  remediationSteps:
    "Remove the public canned ACL or AllUsers/AuthenticatedUsers grant, set the bucket's aws.s3.BucketOwnershipControls to objectOwnership \"BucketOwnerEnforced\" (ACLs off, S3's default), keep its public access block on, and share content through a bucket policy to named principals or CloudFront with origin access control.",
  types: [...BUCKET_TYPES, ...BUCKET_ACL_TYPES, ...OBJECT_TYPES],
  check(stack, _config, judge) {
    const access = bucketAccessOf(stack);
    for (const target of access.targets) {
      const judged = [
        target.bucket && judgeAcl(access, target, target.bucket, true),
        ...[...access.acls.of(target), ...access.objects.of(target)].map((source) => judgeAcl(access, target, source, false)),
      ];
      const grants = judged.filter((g): g is PublicGrant => g !== undefined);
      if (grants.length > 0) reportPublicGrants(target, grants, { violation: violation(target), unknown: "the ACLs" }, judge);
    }
    // A public ACL whose bucket is unknown during preview: only the account's block can settle it.
    const account = accountBlock(access);
    for (const source of [...access.acls.unresolved, ...access.objects.unresolved]) {
      if (readPublicAcl(source).public === "no") continue;
      if (anyOf([account.ignorePublicAcls, account.blockPublicAcls]) !== "yes") judge.unknown(`the bucket of ${resourceLabel(source)}`);
    }
  },
});
