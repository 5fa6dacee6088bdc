import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const BUCKET = "aws:s3/bucket:Bucket";
const LOGGING = "aws:s3/bucketLogging:BucketLogging";
const bucket = (name: string) => ({ type: BUCKET, name, props: { bucketPrefix: `${name}-` }, outputs: { bucket: `${name}-7f3a`, id: `${name}-7f3a` } });
const logging = (name: string, from: unknown, to: unknown) => ({ type: LOGGING, name, props: { bucket: from, targetBucket: to, targetPrefix: "s3/" } });

export const examples = policyExamples({
  policy: "s3-access-logging",
  good: [
    {
      title: "a bucket logging into its access-log bucket (a log target, exempt by default)",
      resources: [bucket("assets"), bucket("access-logs"), logging("assets-logging", "assets-7f3a", "access-logs-7f3a")],
    },
    {
      title: "buckets linked through dependencies during preview",
      resources: [
        bucket("assets"),
        bucket("access-logs"),
        { ...logging("assets-logging", UNKNOWN_SENTINELS.string, UNKNOWN_SENTINELS.string), propertyDependencies: { bucket: ["assets"], targetBucket: ["access-logs"] } },
      ],
    },
  ],
  bad: [
    {
      title: "a bucket without server access logging",
      resources: [bucket("assets")],
      violations: ["assets"],
      message: /S3 bucket "assets" records no server access logs \(no aws\.s3\.BucketLogging names it\)/,
    },
    {
      title: "the access-log bucket itself, when exemptLogTargets is off",
      config: { exemptLogTargets: false },
      resources: [bucket("assets"), bucket("access-logs"), logging("assets-logging", "assets-7f3a", "access-logs-7f3a")],
      violations: ["access-logs"],
    },
  ],
  unknown: [
    {
      title: "a logging resource whose source bucket is computed during preview, linked by no dependency",
      resources: [bucket("assets"), bucket("access-logs"), logging("assets-logging", UNKNOWN_SENTINELS.string, "access-logs-7f3a")],
    },
  ],
});
