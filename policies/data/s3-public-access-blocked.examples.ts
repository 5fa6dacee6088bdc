import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const BUCKET = "aws:s3/bucket:Bucket";
const BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const ACCOUNT_BLOCK = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

/** A deployed bucket: its id and `bucket` output are the generated name, side resources refer to it by that name. */
function bucket(name: string, physical: string) {
  return { type: BUCKET, name, props: { forceDestroy: false }, outputs: { id: physical, bucket: physical, arn: `arn:aws:s3:::${physical}`, forceDestroy: false } };
}

export const examples = policyExamples({
  policy: "s3-public-access-blocked",
  good: [
    {
      title: "a bucket with its own public access block, all four flags on",
      resources: [bucket("reports", "reports-8f3a1c2"), { type: BLOCK, name: "reports-block", props: { bucket: "reports-8f3a1c2", ...ALL_ON } }],
    },
    {
      title: "a bucket with no public access block resource: since April 2023 S3 turns all four flags on for every new bucket",
      resources: [bucket("assets", "assets-5d9e0b7")],
    },
    {
      title: "an account-wide block with all four flags overrides a bucket block that leaves policies open",
      resources: [
        bucket("site", "site-2b7c4e1"),
        { type: BLOCK, name: "site-block", props: { bucket: "site-2b7c4e1", blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } },
        { type: ACCOUNT_BLOCK, name: "account", props: ALL_ON },
      ],
    },
  ],
  bad: [
    {
      title: "during a preview, a new bucket's block (linked by propertyDependencies, its name not known yet) turns blockPublicPolicy off",
      resources: [
        { type: BUCKET, name: "uploads", props: { forceDestroy: false, bucket: UNKNOWN_SENTINELS.string, id: UNKNOWN_SENTINELS.string } },
        {
          type: BLOCK,
          name: "uploads-block",
          props: { bucket: UNKNOWN_SENTINELS.string, blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true },
          propertyDependencies: { bucket: ["uploads"] },
        },
      ],
      violations: ["uploads"],
      message: /leaves blockPublicPolicy unset or false/,
    },
    {
      title: "a bucket block that turns blockPublicPolicy and restrictPublicBuckets off lets a bucket policy make data public",
      resources: [
        bucket("site", "site-2b7c4e1"),
        { type: BLOCK, name: "site-block", props: { bucket: "site-2b7c4e1", blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } },
      ],
      violations: ["site"],
      message: /leaves blockPublicPolicy, restrictPublicBuckets unset or false/,
    },
    {
      title: "a bucket block that sets only the ACL flags: the provider sends the two others as false",
      resources: [bucket("uploads", "uploads-77c0d3a"), { type: BLOCK, name: "uploads-block", props: { bucket: "uploads-77c0d3a", blockPublicAcls: true, ignorePublicAcls: true } }],
      violations: ["uploads"],
      message: /"uploads" is not fully shielded/,
    },
    {
      title: "a bucket block that leaves policies open, when acceptAccountBlock is false",
      config: { acceptAccountBlock: false },
      resources: [
        bucket("site", "site-2b7c4e1"),
        { type: BLOCK, name: "site-block", props: { bucket: "site-2b7c4e1", blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } },
        { type: ACCOUNT_BLOCK, name: "account", props: ALL_ON },
      ],
      violations: ["site"],
      message: /BucketPublicAccessBlock leaves blockPublicPolicy, restrictPublicBuckets/,
    },
  ],
  unknown: [
    {
      title: "a flag of the bucket's block computed during preview",
      resources: [bucket("reports", "reports-8f3a1c2"), { type: BLOCK, name: "reports-block", props: { bucket: "reports-8f3a1c2", ...ALL_ON, blockPublicPolicy: UNKNOWN_SENTINELS.boolean } }],
    },
    {
      title: "a block that leaves policies open, on a bucket computed during preview",
      resources: [
        { type: BUCKET, name: "site", props: { forceDestroy: false } },
        { type: BLOCK, name: "site-block", props: { bucket: UNKNOWN_SENTINELS.string, blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } },
      ],
    },
  ],
});
