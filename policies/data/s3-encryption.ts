// Every bucket declares its default server-side encryption with an allowed algorithm. Since
// January 2023 S3 encrypts every new object with SSE-S3 (AES256) whatever the bucket says, so a
// bucket without a configuration is not unencrypted; requiring the configuration anyway (the
// default, requireExplicit) keeps the choice visible in code and reviewable, and lets a baseline
// demand KMS (allowedAlgorithms without AES256). Hence advisory by default.
import { stackPolicy } from "../lib/control";
import { safeToken } from "../lib/safe-text";
import { SseReading, readSseConfiguration } from "../aws/s3/sse-algorithms";
import { s3BucketsOf } from "../aws/s3/buckets";
import { BUCKET_PROPS, BUCKET_TYPES, BUCKET_V2_PROPS, S3_T } from "../aws/s3/types";

interface Config {
  requireExplicit: boolean;
  allowedAlgorithms: string[];
}

/** What S3 applies to a bucket with no encryption configuration. */
const S3_DEFAULT_ALGORITHM = "AES256";

function merge(into: { algorithms: string[]; unknown: boolean }, reading: SseReading): void {
  into.algorithms.push(...reading.algorithms);
  into.unknown = into.unknown || reading.unknown;
}

export const s3Encryption = stackPolicy<Config>({
  name: "s3-encryption",
  description:
    "Every S3 bucket has default server-side encryption configured (inline, or through an aws.s3.BucketServerSideEncryptionConfiguration) with an allowed sseAlgorithm (AES256, aws:kms, aws:kms:dsse by default). With requireExplicit false, a bucket without configuration is judged as S3's implicit SSE-S3 (AES256).",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["S3.4"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    "Add an aws.s3.BucketServerSideEncryptionConfiguration { bucket: bucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: \"aws:kms\", kmsMasterKeyId: key.arn }, bucketKeyEnabled: true }] } (or sseAlgorithm \"AES256\" for S3-managed keys).",
  config: {
    requireExplicit: {
      type: "boolean",
      description: "Require an explicit encryption configuration even though S3 applies SSE-S3 to buckets without one.",
      default: true,
    },
    allowedAlgorithms: {
      type: "array",
      items: { type: "string" },
      description: "Accepted sseAlgorithm values; drop AES256 to require KMS keys.",
      default: ["AES256", "aws:kms", "aws:kms:dsse"],
    },
  },
  types: [...BUCKET_TYPES],
  check(stack, config, judge) {
    const allowed = new Set((Array.isArray(config.allowedAlgorithms) ? config.allowedAlgorithms : []).filter((a): a is string => typeof a === "string"));
    const s3 = s3BucketsOf(stack);
    const unresolved = s3.encryptionConfigurations.unresolved;
    for (const bucket of s3.buckets) {
      const seen = { algorithms: [] as string[], unknown: false };
      const inline = bucket.type === S3_T.bucketV2 ? bucket.props[BUCKET_V2_PROPS.sse] : bucket.props[BUCKET_PROPS.sse];
      merge(seen, readSseConfiguration(inline));
      for (const sse of s3.encryptionConfigurations.of(bucket)) merge(seen, readSseConfiguration(sse.props));

      const disallowed = seen.algorithms.filter((a) => !allowed.has(a));
      if (disallowed.length > 0) {
        judge.violation(
          `S3 bucket "${bucket.name}" encrypts with sseAlgorithm "${safeToken(disallowed[0])}", which is not allowed (allowed: ${[...allowed].join(", ")}). Change applyServerSideEncryptionByDefault.sseAlgorithm.`,
          bucket.urn,
        );
        continue;
      }
      if (seen.algorithms.length > 0) continue;
      if (seen.unknown || unresolved > 0) {
        judge.unknown(`${bucket.name} server-side encryption`);
        continue;
      }
      if (config.requireExplicit !== false) {
        judge.violation(
          `S3 bucket "${bucket.name}" declares no default server-side encryption. Add an aws.s3.BucketServerSideEncryptionConfiguration { bucket: bucket.id } with applyServerSideEncryptionByDefault.sseAlgorithm "aws:kms" (or "AES256").`,
          bucket.urn,
        );
      } else if (!allowed.has(S3_DEFAULT_ALGORITHM)) {
        judge.violation(
          `S3 bucket "${bucket.name}" declares no default server-side encryption, so S3 applies SSE-S3 (AES256), which is not allowed (allowed: ${[...allowed].join(", ")}). Add an aws.s3.BucketServerSideEncryptionConfiguration with an allowed sseAlgorithm.`,
          bucket.urn,
        );
      }
    }
  },
});
