import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const BUCKET = "aws:s3/bucket:Bucket";
const SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
const KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

/** A deployed bucket: its id and `bucket` output are the generated name, side resources refer to it by that name. */
function bucket(name: string, physical: string, extra: Record<string, unknown> = {}) {
  return { type: BUCKET, name, props: { ...extra }, outputs: { id: physical, bucket: physical, arn: `arn:aws:s3:::${physical}`, ...extra } };
}

function sse(name: string, bucketRef: unknown, sseAlgorithm: unknown, kmsMasterKeyId?: string) {
  const byDefault = kmsMasterKeyId ? { sseAlgorithm, kmsMasterKeyId } : { sseAlgorithm };
  return { type: SSE, name, props: { bucket: bucketRef, rules: [{ applyServerSideEncryptionByDefault: byDefault, bucketKeyEnabled: true }] } };
}

const KMS_ONLY = { allowedAlgorithms: ["aws:kms", "aws:kms:dsse"] };

export const examples = policyExamples({
  policy: "s3-encryption",
  good: [
    {
      title: "a bucket encrypted by default with a customer KMS key through its own configuration resource",
      resources: [bucket("reports", "reports-8f3a1c2"), sse("reports-sse", "reports-8f3a1c2", "aws:kms", KEY)],
    },
    {
      title: "a bucket that declares SSE-S3 (AES256) inline",
      resources: [bucket("logs", "logs-4c1d9e0", { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } })],
    },
    {
      title: "a bucket without configuration, when requireExplicit is false: S3 has applied SSE-S3 to every new object since January 2023",
      config: { requireExplicit: false },
      resources: [bucket("assets", "assets-5d9e0b7")],
    },
    {
      title: "a bucket on KMS, when the baseline allows only KMS",
      config: KMS_ONLY,
      resources: [bucket("reports", "reports-8f3a1c2"), sse("reports-sse", "reports-8f3a1c2", "aws:kms", KEY)],
    },
  ],
  bad: [
    {
      title: "a bucket that declares no default encryption (S3 still applies SSE-S3, but the choice is not in code)",
      resources: [bucket("assets", "assets-5d9e0b7")],
      violations: ["assets"],
      message: /S3 bucket "assets" declares no default server-side encryption/,
    },
    {
      title: "an encryption configuration that names another bucket leaves this one undeclared",
      resources: [bucket("assets", "assets-5d9e0b7"), bucket("reports", "reports-8f3a1c2"), sse("reports-sse", "reports-8f3a1c2", "aws:kms", KEY)],
      violations: ["assets"],
      message: /"assets" declares no default/,
    },
    {
      title: "SSE-S3 (AES256), when the baseline allows only KMS",
      config: KMS_ONLY,
      resources: [bucket("logs", "logs-4c1d9e0"), sse("logs-sse", "logs-4c1d9e0", "AES256")],
      violations: ["logs"],
      message: /sseAlgorithm "AES256", which is not allowed/,
    },
    {
      title: "no configuration, when the baseline allows only KMS and requireExplicit is false: S3's implicit SSE-S3 is not allowed",
      config: { ...KMS_ONLY, requireExplicit: false },
      resources: [bucket("assets", "assets-5d9e0b7")],
      violations: ["assets"],
      message: /S3 applies SSE-S3 \(AES256\), which is not allowed/,
    },
  ],
  unknown: [
    {
      title: "the algorithm computed from config during preview",
      resources: [bucket("reports", "reports-8f3a1c2"), sse("reports-sse", "reports-8f3a1c2", UNKNOWN_SENTINELS.string)],
    },
    {
      title: "a configuration whose bucket is computed during preview",
      resources: [{ type: BUCKET, name: "reports", props: {} }, sse("reports-sse", UNKNOWN_SENTINELS.string, "aws:kms", KEY)],
    },
  ],
});
