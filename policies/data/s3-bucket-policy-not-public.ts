// No bucket policy opens a bucket to the public. A policy is public as S3 Block Public Access
// defines it (aws/s3/public-policy.ts): an Allow for everyone that no condition limits to fixed
// values; a Deny never is. It reaches the public only when the block S3 applies to the bucket
// (its own and the account's, aws/s3/effective-block.ts) has neither restrictPublicBuckets (S3
// then limits a public policy to AWS services and the owner's account) nor blockPublicPolicy (S3
// rejects the policy). A bucket the stack creates without a block has both since April 2023, so a
// public policy needs its block weakened first; s3-public-access-blocked judges that weakening,
// this policy the public data it lets through. AWS's definition:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status;
// Security Hub S3.2 and S3.3 (public read and write): https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { Tri, allOf, anyOf, not } from "../lib/tri";
import { BucketAccess, BucketTarget, bucketAccessOf } from "../aws/s3/bucket-access";
import { accountBlock, effectiveBlock } from "../aws/s3/effective-block";
import { readPublicPolicy } from "../aws/s3/public-policy";
import { BUCKET_ACCESS_PROPS, BUCKET_POLICY_PROPS, BUCKET_TYPES, S3_T } from "../aws/s3/types";
import { PublicGrant, reportPublicGrants, resourceLabel } from "./s3-exposure";

const HELD_BACK = {
  restrict: "restrictPublicBuckets is on, so S3 limits the public policy to AWS services and the bucket owner's account",
  block: "blockPublicPolicy is on, so AWS rejects the public policy",
};

function statements(indices: readonly number[]): string {
  return indices.length === 0 ? "" : ` (statement ${indices.join(", ")})`;
}

function judgePolicy(access: BucketAccess, target: BucketTarget, source: StackResource, document: unknown, inline: boolean): PublicGrant | undefined {
  const reading = readPublicPolicy(document);
  if (reading.public === "no") return undefined;
  const block = effectiveBlock(access, target);
  const stopped: Tri = anyOf([block.restrictPublicBuckets, block.blockPublicPolicy]);
  const label = `${inline ? "its inline policy" : resourceLabel(source)}${statements(reading.statements)}`;
  const heldBack = reading.public === "yes" && stopped === "yes" ? (block.blockPublicPolicy === "yes" ? HELD_BACK.block : HELD_BACK.restrict) : undefined;
  return { source, label, inEffect: allOf([reading.public, not(stopped)]), heldBack };
}

function violation(target: BucketTarget) {
  return (grants: string) =>
    (target.bucket
      ? `S3 bucket "${target.bucket.name}" is public: every principal is allowed, with no condition limiting it to fixed values, by ${grants}, and neither restrictPublicBuckets nor blockPublicPolicy is on for the bucket or the account.`
      : `A bucket this stack does not create is public: every principal is allowed, with no condition limiting it to fixed values, by ${grants}, and no public access block in the stack stops it.`) +
    " Name the principals, limit the statement with a condition on aws:SourceVpce, aws:SourceIp, aws:PrincipalOrgID or aws:SourceArn, or serve the content through CloudFront with origin access control.";
}

export const s3BucketPolicyNotPublic = stackPolicy<Record<string, never>>({
  name: "s3-bucket-policy-not-public",
  description:
    'No S3 bucket policy (aws.s3.BucketPolicy, or a bucket\'s deprecated inline policy) allows Principal "*" (or { AWS: "*" }, or a NotPrincipal) without a condition that limits it to fixed values of a key S3 accepts (aws:SourceVpce, aws:SourceVpc, aws:SourceIp no broader than /8, aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, ...), unless S3 blocks it: restrictPublicBuckets or blockPublicPolicy on, in the bucket\'s own public access block (on by default since April 2023) or the account\'s. Deny statements never make a policy public.',
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["S3.2", "S3.3"] },
    { framework: "owasp", ids: ["A01:2021"] },
  ],
  remediationSteps:
    "Grant named principals (an account, a role, the cloudfront.amazonaws.com service with aws:SourceArn set to the distribution), or limit a Principal \"*\" statement with a condition on fixed values of aws:SourceVpce, aws:SourceVpc, aws:SourceIp, aws:PrincipalOrgID or aws:SourceArn. Serve public content through CloudFront with origin access control, and keep the bucket's public access block on.",
  types: [...BUCKET_TYPES, S3_T.bucketPolicy],
  check(stack, _config, judge) {
    const access = bucketAccessOf(stack);
    for (const target of access.targets) {
      const judged = [
        target.bucket && judgePolicy(access, target, target.bucket, target.bucket.props[BUCKET_ACCESS_PROPS.policy], true),
        ...access.policies.of(target).map((policy) => judgePolicy(access, target, policy, policy.props[BUCKET_POLICY_PROPS.policy], false)),
      ];
      const grants = judged.filter((g): g is PublicGrant => g !== undefined);
      if (grants.length > 0) reportPublicGrants(target, grants, { violation: violation(target), unknown: "the bucket policy" }, judge);
    }
    // A public policy whose bucket is unknown during preview: only the account's block can settle it.
    for (const policy of access.policies.unresolved) {
      if (readPublicPolicy(policy.props[BUCKET_POLICY_PROPS.policy]).public === "no") continue;
      const account = accountBlock(access);
      if (anyOf([account.restrictPublicBuckets, account.blockPublicPolicy]) !== "yes") judge.unknown(`the bucket of ${resourceLabel(policy)}`);
    }
  },
});
