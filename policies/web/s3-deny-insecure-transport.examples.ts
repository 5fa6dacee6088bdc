import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const BUCKET = "aws:s3/bucket:Bucket";
const POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const ARN = "arn:aws:s3:::site-content-8f3a1c";

const bucket = { type: BUCKET, name: "content", props: { bucket: "site-content-8f3a1c" }, outputs: { bucket: "site-content-8f3a1c", id: "site-content-8f3a1c", arn: ARN } };
const DENY_HTTP = { Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [ARN, `${ARN}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } };
const READ_BY_CLOUDFRONT = { Effect: "Allow", Principal: { Service: "cloudfront.amazonaws.com" }, Action: "s3:GetObject", Resource: `${ARN}/*` };
const policy = (statements: unknown[], name = "content-policy") => ({
  type: POLICY,
  name,
  props: { bucket: "site-content-8f3a1c", policy: JSON.stringify({ Version: "2012-10-17", Statement: statements }) },
  propertyDependencies: { bucket: ["content"] },
});

export const examples = policyExamples({
  policy: "s3-deny-insecure-transport",
  good: [
    {
      title: "a bucket policy that denies every request made over plain HTTP",
      resources: [bucket, policy([READ_BY_CLOUDFRONT, DENY_HTTP])],
    },
    {
      title: "the same deny written with Principal { AWS: \"*\" }, Action \"*\" and a boolean false",
      resources: [bucket, policy([{ ...DENY_HTTP, Principal: { AWS: "*" }, Action: "*", Condition: { Bool: { "aws:SecureTransport": false } } }])],
    },
  ],
  bad: [
    {
      title: "a bucket with no bucket policy",
      resources: [bucket],
      violations: ["content"],
      message: /S3 bucket "content" accepts plain HTTP: it has no bucket policy denying every principal s3:\* when aws:SecureTransport is false/,
    },
    {
      title: "a bucket policy that only grants access",
      resources: [bucket, policy([READ_BY_CLOUDFRONT])],
      violations: ["content"],
      message: /has a bucket policy without such a statement/,
    },
    {
      title: "a deny on plain HTTP for s3:GetObject only still lets HTTP writes through",
      resources: [bucket, policy([{ ...DENY_HTTP, Action: "s3:GetObject" }])],
      violations: ["content"],
      message: /accepts plain HTTP/,
    },
  ],
  unknown: [
    {
      title: "a policy document built from the bucket's ARN during preview",
      resources: [bucket, { ...policy([]), props: { bucket: UNKNOWN_SENTINELS.string, policy: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "the deny's condition value read from config during preview",
      resources: [bucket, { ...policy([]), props: { bucket: "site-content-8f3a1c", policy: { Version: "2012-10-17", Statement: [{ ...DENY_HTTP, Condition: { Bool: { "aws:SecureTransport": UNKNOWN_SENTINELS.string } } }] } } }],
    },
  ],
});
