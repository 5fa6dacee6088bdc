import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const U = UNKNOWN_SENTINELS.string;
const BUCKET = "aws:s3/bucket:Bucket";
const POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const ACCOUNT_BLOCK = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
const NAME = "site-2b7c4e1";
const ARN = `arn:aws:s3:::${NAME}`;

const site = { type: BUCKET, name: "site", props: { forceDestroy: false }, outputs: { id: NAME, bucket: NAME, arn: ARN, forceDestroy: false } };
/** The bucket's own block with the two policy flags off, as a static website needs. */
const policiesAllowed = { type: BLOCK, name: "site-block", props: { bucket: NAME, blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } };
const read = (extra: Record<string, unknown> = {}) => ({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: `${ARN}/*`, ...extra });
const policy = (statements: unknown[], bucket: unknown = NAME, name = "site-policy") => ({
  type: POLICY,
  name,
  props: { bucket, policy: JSON.stringify({ Version: "2012-10-17", Statement: statements }) },
});
const open = (statements: unknown[]) => [site, policiesAllowed, policy(statements)];

export const examples = policyExamples({
  policy: "s3-bucket-policy-not-public",
  good: [
    {
      title: "a public read policy on a bucket with no public access block resource: S3's default since April 2023 rejects it",
      resources: [site, policy([read()])],
    },
    {
      title: "Principal \"*\" limited to one VPC endpoint (a fixed aws:SourceVpce)",
      resources: open([read({ Condition: { StringEquals: { "aws:SourceVpce": "vpce-0a1b2c3d4e5f67890" } } })]),
    },
    {
      title: "Principal { AWS: \"*\" } limited to the organization (aws:PrincipalOrgID), and to an office /24 (aws:SourceIp)",
      resources: open([
        read({ Principal: { AWS: "*" }, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }),
        read({ Action: "s3:ListBucket", Resource: ARN, Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24", "2001:db8::/48"] } } }),
      ]),
    },
    {
      title: "CloudFront's service principal with aws:SourceArn: a fixed principal, not everyone",
      resources: open([
        read({ Principal: { Service: "cloudfront.amazonaws.com" }, Condition: { StringEquals: { "AWS:SourceArn": "arn:aws:cloudfront::123456789012:distribution/E2QWRUHEXAMPLE" } } }),
      ]),
    },
    {
      title: "a Deny for everyone (the TLS-only statement) never makes a bucket public",
      resources: open([{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [ARN, `${ARN}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } }]),
    },
    {
      title: "the account-wide block keeps restrictPublicBuckets on, so S3 limits the public policy to the account",
      resources: [...open([read()]), { type: ACCOUNT_BLOCK, name: "account", props: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true } }],
    },
  ],
  bad: [
    {
      title: "a public read policy on a bucket whose block turns blockPublicPolicy and restrictPublicBuckets off (a static website)",
      resources: open([read()]),
      violations: ["site"],
      message: /S3 bucket "site" is public: every principal is allowed, with no condition limiting it to fixed values, by aws\.s3\.BucketPolicy "site-policy" \(statement 0\)/,
    },
    {
      title: "a condition with a wildcard (aws:SourceVpce \"vpce-*\") is no limit: it matches every endpoint",
      resources: open([read({ Condition: { StringLike: { "aws:SourceVpce": "vpce-*" } } })]),
      violations: ["site"],
      message: /by aws\.s3\.BucketPolicy "site-policy" \(statement 0\)/,
    },
    {
      title: "conditions that hold for anonymous callers: IfExists, a negated operator, a range broader than /8, aws:SecureTransport",
      resources: open([
        read({ Condition: { StringEqualsIfExists: { "aws:SourceVpce": "vpce-0a1b2c3d4e5f67890" } } }),
        read({ Condition: { StringNotEquals: { "aws:SourceVpc": "vpc-0a1b2c3d" } } }),
        read({ Condition: { IpAddress: { "aws:SourceIp": "0.0.0.0/1" } } }),
        read({ Condition: { Bool: { "aws:SecureTransport": "true" } } }),
      ]),
      violations: ["site"],
      message: /\(statement 0, 1, 2, 3\)/,
    },
    {
      title: "an Allow with NotPrincipal grants every principal but the one it names",
      resources: open([{ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "s3:PutObject", Resource: `${ARN}/*` }]),
      violations: ["site"],
    },
    {
      title: "the bucket's deprecated inline policy, a document object rather than a string",
      resources: [{ ...site, outputs: { ...site.outputs, policy: { Version: "2012-10-17", Statement: [read()] } } }, policiesAllowed],
      violations: ["site"],
      message: /by its inline policy \(statement 0\)/,
    },
    {
      title: "a public policy on a bucket this stack does not create (named by its name), with no block in the stack",
      resources: [policy([read({ Resource: "arn:aws:s3:::legacy-downloads/*" })], "legacy-downloads", "legacy-policy")],
      violations: ["legacy-policy"],
      message: /A bucket this stack does not create is public/,
    },
    {
      title: "during a preview, the bucket's block and policy are linked by propertyDependencies; the block turns the policy flags off",
      resources: [
        { type: BUCKET, name: "site", props: { forceDestroy: false, id: U, bucket: U, arn: U } },
        { ...policiesAllowed, props: { ...policiesAllowed.props, bucket: U }, propertyDependencies: { bucket: ["site"] } },
        { ...policy([read({ Resource: "*" })], U), propertyDependencies: { bucket: ["site"] } },
      ],
      violations: ["site"],
    },
  ],
  unknown: [
    {
      title: "the policy document is built from the bucket's ARN during preview",
      resources: [site, policiesAllowed, { ...policy([]), props: { bucket: NAME, policy: U } }],
    },
    {
      title: "the condition's VPC endpoint id is another resource's output, unknown during preview",
      resources: open([read({ Condition: { StringEquals: { "aws:SourceVpce": U } } })]),
    },
    {
      title: "the block's restrictPublicBuckets and blockPublicPolicy are computed during preview",
      resources: [site, { ...policiesAllowed, props: { ...policiesAllowed.props, restrictPublicBuckets: UNKNOWN_SENTINELS.boolean, blockPublicPolicy: UNKNOWN_SENTINELS.boolean } }, policy([read()])],
    },
    {
      title: "a public policy whose bucket is unknown during preview and linked by no dependency",
      resources: [site, policiesAllowed, policy([read()], U)],
    },
  ],
});
