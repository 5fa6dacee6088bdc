// Every bucket is shielded by S3 Block Public Access with all four flags on, either through its
// own aws.s3.BucketPublicAccessBlock or through an account-wide AccountPublicAccessBlock. A bucket
// policy or ACL mistake then cannot make data public.
import { stackPolicy } from "../lib/control";
import { S3Buckets, s3BucketsOf } from "../aws/s3/buckets";
import { allOn, readPublicAccessFlags } from "../aws/s3/public-access-flags";
import { BUCKET_TYPES } from "../aws/s3/types";

interface Config {
  acceptAccountBlock: boolean;
}

/** Whether an account-wide block with all four flags covers every bucket: true, false, or unknown. */
function accountBlock(s3: S3Buckets): "on" | "off" | "unknown" {
  let state: "off" | "unknown" = "off";
  for (const block of s3.accountPublicAccessBlocks) {
    const reading = readPublicAccessFlags(block.props);
    if (allOn(reading)) return "on";
    if (reading.off.length === 0) state = "unknown";
  }
  return state;
}

export const s3PublicAccessBlocked = stackPolicy<Config>({
  name: "s3-public-access-blocked",
  description:
    "Every S3 bucket (aws:s3/bucket and the deprecated bucketV2) has an aws.s3.BucketPublicAccessBlock with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all true, or the stack sets an aws.s3.AccountPublicAccessBlock with all four true.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["S3.1", "S3.8"] },
    { framework: "cis-aws", ids: ["2.1.4"] },
    { framework: "aws-ct", ids: ["CT.S3.PR.1"] },
    { framework: "owasp", ids: ["A01:2021"] },
  ],
  remediationSteps:
    "Add an aws.s3.BucketPublicAccessBlock { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true } for each bucket, or one aws.s3.AccountPublicAccessBlock with the same four flags for the whole account. Serve public content through CloudFront with origin access control instead of a public bucket.",
  config: {
    acceptAccountBlock: {
      type: "boolean",
      description: "Accept an AccountPublicAccessBlock with all four flags true in the stack in place of per-bucket blocks.",
      default: true,
    },
  },
  types: [...BUCKET_TYPES],
  check(stack, config, judge) {
    const s3 = s3BucketsOf(stack);
    const account = config.acceptAccountBlock === false ? "off" : accountBlock(s3);
    if (account === "on") return;
    const unresolved = s3.publicAccessBlocks.unresolved;
    for (const bucket of s3.buckets) {
      const readings = s3.publicAccessBlocks.of(bucket).map((block) => readPublicAccessFlags(block.props));
      if (readings.some(allOn)) continue;
      if (account === "unknown") {
        judge.unknown("AccountPublicAccessBlock flags");
        continue;
      }
      if (readings.length === 0) {
        if (unresolved > 0) judge.unknown(`the bucket that ${unresolved} BucketPublicAccessBlock(s) protect`);
        else {
          judge.violation(
            `S3 bucket "${bucket.name}" has no public access block: add an aws.s3.BucketPublicAccessBlock { bucket: bucket.id } with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets set to true (or an AccountPublicAccessBlock with all four).`,
            bucket.urn,
          );
        }
        continue;
      }
      // The block is there but leaves something open; report it unless only unknowns stand in the way.
      const decided = readings.filter((r) => r.off.length > 0);
      if (decided.length < readings.length) {
        judge.unknown(`${bucket.name} public access block flags`);
        continue;
      }
      judge.violation(
        `S3 bucket "${bucket.name}" is not fully shielded: its BucketPublicAccessBlock leaves ${decided[0].off.join(", ")} unset or false. Set all four flags to true.`,
        bucket.urn,
      );
    }
  },
});
