// s3-access-logging: S3 buckets record server access logs (S3.9): who read, wrote or deleted
// which object, which CloudTrail management events do not show. A bucket logs access only when
// an aws.s3.BucketLogging names it (or the deprecated inline logging block is set); logging is
// off by default (S3 User Guide, "Logging requests with server access logging").
// The buckets that receive server access logs are exempt by default (exemptLogTargets): AWS
// advises against a bucket logging into itself, and logging a sink into another sink never ends.
// Security Hub still reports such a sink under S3.9; turn exemptLogTargets off to hold it to the rule.
import type { StackResource } from "../lib/resource-view";
import { backReferences } from "../aws/back-references";
import { BUCKET_TYPES } from "../aws/s3/types";
import { stackPolicy } from "../lib/control";
import { perStack } from "../lib/stack-model";
import type { StackModel } from "../lib/stack-model";
import { isUnknown } from "../lib/unknown";
import { at, readBool, readString } from "../lib/values";
import { BUCKET_LOGGING_PROPS as B, S3_LOGGING_PROPS as L, S3_LOGGING_T } from "./types";

interface Config {
  exemptLogTargets: boolean;
}

/** The stack's server access logging, by source bucket and by target bucket. */
const loggingOf = perStack((stack: StackModel) => {
  const loggings = stack.ofType(...S3_LOGGING_T);
  return {
    sources: backReferences(stack, loggings, L.bucket, BUCKET_TYPES),
    targets: backReferences(stack, loggings, L.targetBucket, BUCKET_TYPES),
  };
});

/** Names a bucket goes by (its name and id), for inline logging blocks that name a target by value. */
function namesOf(bucket: StackResource): string[] {
  return [bucket.props.bucket, bucket.props.id].filter((v): v is string => typeof v === "string" && v !== "" && !isUnknown(v));
}

export const s3AccessLogging = stackPolicy<Config>({
  name: "s3-access-logging",
  description: "S3 buckets record server access logs (an aws.s3.BucketLogging names them); buckets that receive access logs are exempt by default.",
  severity: "low",
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["S3.9"] }],
  remediationSteps:
    "Add an aws.s3.BucketLogging { bucket, targetBucket, targetPrefix } for each bucket, into a separate access-log bucket in the same " +
    "account and region, encrypted with SSE-S3 (SSE-KMS is not supported for targets), whose bucket policy lets logging.s3.amazonaws.com " +
    "s3:PutObject (condition aws:SourceAccount). Or record S3 data events with CloudTrail and list the bucket in the policy's exceptions.",
  config: {
    exemptLogTargets: {
      type: "boolean",
      default: true,
      description: "Do not report a bucket that receives server access logs (the target of a BucketLogging in the stack).",
    },
  },
  types: [...BUCKET_TYPES],
  check(stack, config, judge) {
    const { sources, targets } = loggingOf(stack);
    const buckets = stack.ofType(...BUCKET_TYPES);
    const inlineTargets = new Set<string>();
    for (const b of buckets) {
      const t = readString(at(b.props, B.logging, "targetBucket"));
      if (typeof t === "string" && !isUnknown(t)) inlineTargets.add(t);
    }
    const exempt = readBool(config.exemptLogTargets) !== false;
    for (const bucket of buckets) {
      if (sources.of(bucket).length > 0) continue;
      const inline = readString(at(bucket.props, B.logging, "targetBucket"));
      if (isUnknown(inline) || (typeof inline === "string" && inline.trim() !== "")) continue;
      if (exempt && (targets.of(bucket).length > 0 || namesOf(bucket).some((n) => inlineTargets.has(n)))) continue;
      // A logging resource whose bucket is unknown during preview may be this bucket's.
      if (sources.unresolved > 0) {
        judge.unknown(`the server access logging of ${bucket.name}`);
        continue;
      }
      if (exempt && targets.unresolved > 0) {
        judge.unknown(`whether ${bucket.name} receives access logs`);
        continue;
      }
      judge.violation(
        `S3 bucket "${bucket.name}" records no server access logs (no aws.s3.BucketLogging names it). Add one into an access-log bucket.`,
        bucket.urn,
      );
    }
  },
});
