// No bucket has S3 Block Public Access switched off. Since April 2023 S3 turns all four flags on
// for every new bucket (S3 User Guide, "Blocking public access to your Amazon S3 storage"), so a
// bucket without a BucketPublicAccessBlock is shielded; the exposure is a block resource that
// sets a flag false, or leaves one unset (the provider then sends false). An account-wide
// AccountPublicAccessBlock with all four flags on still shields such a bucket: S3 applies the
// most restrictive of the account and bucket settings.
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
    "No S3 bucket (aws:s3/bucket and the deprecated bucketV2) has an aws.s3.BucketPublicAccessBlock that leaves blockPublicAcls, blockPublicPolicy, ignorePublicAcls or restrictPublicBuckets false or unset, unless the stack sets an aws.s3.AccountPublicAccessBlock with all four true. A bucket with no block resource keeps S3's default since April 2023: all four on.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["S3.8"] },
    { framework: "cis-aws", ids: ["2.1.4"] },
    { framework: "aws-ct", ids: ["CT.S3.PR.1"] },
    { framework: "owasp", ids: ["A01:2021"] },
  ],
  remediationSteps:
    "Set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true on the bucket's aws.s3.BucketPublicAccessBlock (or remove the block resource: S3's default has all four on), or shield the whole account with an aws.s3.AccountPublicAccessBlock with the same four flags. Serve public content through CloudFront with origin access control instead of a public bucket.",
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
      if (readings.length === 0) {
        // S3's default shields it, unless a block whose bucket is not known yet turns it off.
        if (unresolved > 0) judge.unknown(`the bucket that ${unresolved} BucketPublicAccessBlock(s) configure`);
        continue;
      }
      // The block is there but leaves something open; report it unless only unknowns stand in the way.
      const decided = readings.filter((r) => r.off.length > 0);
      if (decided.length < readings.length) {
        judge.unknown(`${bucket.name} public access block flags`);
        continue;
      }
      if (account === "unknown") {
        judge.unknown("AccountPublicAccessBlock flags");
        continue;
      }
      judge.violation(
        `S3 bucket "${bucket.name}" is not fully shielded: its BucketPublicAccessBlock leaves ${decided[0].off.join(", ")} unset or false. Set all four flags to true.`,
        bucket.urn,
      );
    }
  },
});
