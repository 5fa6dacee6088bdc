// The one place S3 bucket hardening lives: every log bucket of the reference stacks (ALB access
// logs, CloudTrail) is a HardenedBucket, so the controls are written once.
// S3.1/S3.8 public access blocked, S3.4 default encryption, S3.5 TLS only, S3.12 ACLs disabled,
// S3.14 versioning, S3.9 server access logs (into an access-log bucket, itself a HardenedBucket
// with `serverAccessLogSink`).
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { awsContext } from "./lib/aws-context";
import { PolicyStatement, policyDocument } from "./lib/policy-document";

export interface ServerAccessLogs {
  /** The access-log bucket (a HardenedBucket with serverAccessLogSink). */
  targetBucket: pulumi.Input<string>;
  /** Key prefix of this bucket's logs in the target, e.g. "trail/". */
  targetPrefix: string;
  /** Resources to create the logging after (the target's bucket policy). */
  dependsOn?: pulumi.Input<pulumi.Resource>[];
}

export interface HardenedBucketArgs {
  /** Prefix of the generated bucket name (at most 37 characters). Default: the component name. */
  bucketPrefix?: pulumi.Input<string>;
  /**
   * KMS key for default encryption (SSE-KMS with an S3 bucket key). Default: SSE-S3 (AES256), the
   * only kind some log writers accept (ALB access logs).
   */
  kmsKeyArn?: pulumi.Input<string>;
  /** Extra bucket policy statements (log delivery grants), given the bucket's ARN. A TLS-only deny is always added. */
  policyStatements?: (bucketArn: pulumi.Output<string>) => pulumi.Input<PolicyStatement[]>;
  /** Record this bucket's server access logs into an access-log bucket (S3.9). Default: none. */
  serverAccessLogs?: ServerAccessLogs;
  /**
   * This bucket receives server access logs: its policy lets the S3 logging service write, for
   * this account's buckets only. Targets must use SSE-S3 (leave kmsKeyArn unset). Default false.
   */
  serverAccessLogSink?: boolean;
  /** Expire non-current object versions after this many days. Default: keep them. */
  noncurrentVersionExpirationDays?: number;
  /** Allow `pulumi destroy` to delete a bucket that still holds objects. Default false: logs are evidence. */
  forceDestroy?: boolean;
  tags?: Record<string, string>;
}

export class HardenedBucket extends pulumi.ComponentResource {
  readonly bucket: aws.s3.Bucket;
  readonly publicAccessBlock: aws.s3.BucketPublicAccessBlock;
  readonly policy: aws.s3.BucketPolicy;
  /** The bucket's name. */
  readonly bucketName: pulumi.Output<string>;
  readonly arn: pulumi.Output<string>;

  constructor(name: string, args: HardenedBucketArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:stacks:HardenedBucket", name, {}, opts);
    const child = { parent: this };

    this.bucket = new aws.s3.Bucket(name, {
      bucketPrefix: args.bucketPrefix ?? bucketPrefixFor(name),
      forceDestroy: args.forceDestroy ?? false,
      tags: args.tags,
    }, child);
    // A bucket's id is its name: the reference every bucket-level resource takes.
    const bucket = this.bucket.id;

    this.publicAccessBlock = new aws.s3.BucketPublicAccessBlock(`${name}-public-access`, {
      bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    }, child);

    new aws.s3.BucketOwnershipControls(`${name}-ownership`, {
      bucket,
      rule: { objectOwnership: "BucketOwnerEnforced" },
    }, child);

    new aws.s3.BucketServerSideEncryptionConfiguration(`${name}-encryption`, {
      bucket,
      rules: [args.kmsKeyArn === undefined
        ? { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }
        : { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: args.kmsKeyArn }, bucketKeyEnabled: true }],
    }, child);

    const versioning = new aws.s3.BucketVersioning(`${name}-versioning`, {
      bucket,
      versioningConfiguration: { status: "Enabled" },
    }, child);

    if (args.noncurrentVersionExpirationDays !== undefined) {
      new aws.s3.BucketLifecycleConfiguration(`${name}-lifecycle`, {
        bucket,
        rules: [{
          id: "expire-noncurrent-versions",
          status: "Enabled",
          filter: {},
          noncurrentVersionExpiration: { noncurrentDays: args.noncurrentVersionExpirationDays },
        }],
      }, { parent: this, dependsOn: [versioning] });
    }

    const arn = this.bucket.arn;
    const own = args.policyStatements ? args.policyStatements(arn) : [];
    const extra = args.serverAccessLogSink
      ? pulumi.output(own).apply((statements) => [...statements, serverAccessLogDelivery(arn, awsContext(this).accountId)])
      : own;
    this.policy = new aws.s3.BucketPolicy(`${name}-policy`, {
      bucket,
      policy: pulumi.output(extra).apply((statements) => policyDocument([denyInsecureTransport(arn), ...statements])),
    }, { parent: this, dependsOn: [this.publicAccessBlock] });

    if (args.serverAccessLogs) {
      new aws.s3.BucketLogging(`${name}-access-logging`, {
        bucket,
        targetBucket: args.serverAccessLogs.targetBucket,
        targetPrefix: args.serverAccessLogs.targetPrefix,
        targetObjectKeyFormat: { partitionedPrefix: { partitionDateSource: "EventTime" } },
      }, { parent: this, dependsOn: args.serverAccessLogs.dependsOn });
    }

    this.bucketName = bucket;
    this.arn = arn;
    this.registerOutputs({ bucketName: this.bucketName, arn: this.arn });
  }
}

/** The grant AWS documents for server access log delivery ("Permissions for log delivery"), limited to this account's buckets. */
function serverAccessLogDelivery(bucketArn: pulumi.Output<string>, accountId: pulumi.Output<string>): PolicyStatement {
  return {
    Sid: "S3ServerAccessLogsDelivery",
    Effect: "Allow",
    Principal: { Service: "logging.s3.amazonaws.com" },
    Action: "s3:PutObject",
    Resource: pulumi.interpolate`${bucketArn}/*`,
    Condition: { StringEquals: { "aws:SourceAccount": accountId } },
  };
}

function denyInsecureTransport(bucketArn: pulumi.Output<string>): PolicyStatement {
  return {
    Sid: "DenyInsecureTransport",
    Effect: "Deny",
    Principal: "*",
    Action: "s3:*",
    Resource: [bucketArn, pulumi.interpolate`${bucketArn}/*`],
    Condition: { Bool: { "aws:SecureTransport": "false" } },
  };
}

/** S3 names allow lower-case letters, digits and hyphens; generated names add 26 characters to the prefix. */
export function bucketPrefixFor(name: string): string {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 36);
  return `${cleaned || "bucket"}-`;
}
