// Every bucket is shielded by S3 Block Public Access with all four flags on, either through its
// own aws.s3.BucketPublicAccessBlock or through an account-wide AccountPublicAccessBlock. A bucket
// policy or ACL mistake then cannot make data public.
import { stackPolicy } from "../lib/control";
import type { StackModel } from "../lib/stack-model";
import { isUnknown } from "../lib/unknown";
import { FlagReading, allOn, readPublicAccessFlags } from "./public-access-flags";
import { BUCKET_TYPES, DATA_T, PAB_PROPS } from "./types";

interface Config {
  acceptAccountBlock: boolean;
}

/** Whether an account-wide block with all four flags covers every bucket: true, false, or unknown. */
function accountBlock(stack: StackModel): "on" | "off" | "unknown" {
  let state: "off" | "unknown" = "off";
  for (const block of stack.ofType(DATA_T.accountPublicAccessBlock)) {
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
    const account = config.acceptAccountBlock === false ? "off" : accountBlock(stack);
    if (account === "on") return;
    // One pass over the blocks, indexed by the bucket they protect.
    const blocks = new Map<string, FlagReading[]>();
    let unresolved = 0;
    for (const block of stack.ofType(DATA_T.bucketPublicAccessBlock)) {
      const buckets = stack.referenced(block, PAB_PROPS.bucket, BUCKET_TYPES);
      if (buckets.length === 0 && isUnknown(block.props[PAB_PROPS.bucket])) unresolved++;
      const reading = readPublicAccessFlags(block.props);
      for (const bucket of buckets) {
        const list = blocks.get(bucket.urn);
        if (list) list.push(reading);
        else blocks.set(bucket.urn, [reading]);
      }
    }
    for (const bucket of stack.ofType(...BUCKET_TYPES)) {
      const readings = blocks.get(bucket.urn) ?? [];
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
