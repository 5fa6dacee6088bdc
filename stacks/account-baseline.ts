// Account- and region-wide guardrails that no single workload can set: a multi-region,
// validated, KMS-encrypted CloudTrail (CloudTrail.1/.2/.4/.5) into a hardened bucket,
// GuardDuty (GuardDuty.1), EBS encryption by default (EC2.7), IMDSv2 as the regional default
// (EC2.8 backstop), the account S3 public access block (S3.1), an IAM password policy
// (IAM.7, IAM.15, IAM.16), AWS Config recording of every resource type into a hardened bucket
// (Config.1) and Security Hub running the AWS Foundational Security Best Practices standard
// (SecurityHub.1), and server access logs of its buckets (S3.9). Several of these are one-per-account or one-per-region singletons:
// deploy AccountBaseline once per account (per region for the regional settings).
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EncryptedLogGroup } from "./encrypted-log-group";
import { HardenedBucket, ServerAccessLogs } from "./hardened-bucket";
import { AwsContext, awsContext } from "./lib/aws-context";
import { PolicyStatement, policyDocument, serviceTrustPolicy } from "./lib/policy-document";

export interface PasswordPolicySettings {
  /** Default 14 (CIS 1.8). */
  minimumPasswordLength?: number;
  /** Remembered previous passwords. Default 24 (CIS 1.9). */
  passwordReusePrevention?: number;
  /** Days a password lasts. Default 90. */
  maxPasswordAge?: number;
}

export interface AccountBaselineArgs {
  /** Trail name. Default: the component name. */
  trailName?: string;
  /** Also send the trail to an encrypted CloudWatch log group (CloudTrail.5). Default true. */
  trailToCloudWatch?: boolean;
  /** Days to keep the trail's CloudWatch events. Default 365. */
  logRetentionInDays?: number;
  /** Expire non-current versions of trail objects after this many days. Default: keep. */
  trailObjectNoncurrentExpirationDays?: number;
  /** Enable a GuardDuty detector in this region (one per region: false when one exists). Default true. */
  guardDuty?: boolean;
  /** Turn on EBS encryption by default in this region. Default true. */
  ebsEncryptionByDefault?: boolean;
  /** Make IMDSv2 with hop limit 1 the regional default for new instances. Default true. */
  imdsV2Defaults?: boolean;
  /** Block public access to every S3 bucket of the account. Default true. */
  s3AccountPublicAccessBlock?: boolean;
  /** Set the IAM password policy; false to leave it alone, or settings to tune it. Default true. */
  passwordPolicy?: boolean | PasswordPolicySettings;
  /**
   * Record every resource type with AWS Config (recorder, delivery channel to a hardened bucket,
   * recorder status). One recorder per region: false when one exists. Default true.
   */
  configRecording?: boolean;
  /**
   * Create the AWSServiceRoleForConfig service-linked role the recorder uses (Config.1). One per
   * account: false when it exists already (the recorder then names it by ARN). Default true.
   */
  createConfigServiceLinkedRole?: boolean;
  /** Enable Security Hub and subscribe the FSBP standard in this region (one per region: false when enabled). Default true. */
  securityHub?: boolean;
  /** Let `pulumi destroy` delete the trail (and Config) bucket with its objects. Default false. */
  forceDestroyTrailBucket?: boolean;
  tags?: Record<string, string>;
}

export class AccountBaseline extends pulumi.ComponentResource {
  readonly trail: aws.cloudtrail.Trail;
  readonly trailBucketName: pulumi.Output<string>;
  readonly trailKeyArn: pulumi.Output<string>;
  readonly guardDutyDetectorId?: pulumi.Output<string>;
  readonly configBucketName?: pulumi.Output<string>;

  constructor(name: string, args: AccountBaselineArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:stacks:AccountBaseline", name, {}, opts);
    const child = { parent: this };
    const ctx = awsContext(this);
    const tags = args.tags ?? {};
    const trailName = args.trailName ?? name;
    const trailArn = pulumi.interpolate`arn:${ctx.partition}:cloudtrail:${ctx.region}:${ctx.accountId}:trail/${trailName}`;

    const key = new aws.kms.Key(`${name}-trail-key`, {
      description: `Encrypts CloudTrail ${trailName}`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: cloudTrailKeyPolicy(ctx, trailArn),
      tags,
    }, child);
    this.trailKeyArn = key.arn;

    // Server access logs of the trail and Config buckets (S3.9, CIS 3.4 for the trail bucket).
    const accessLogs = new HardenedBucket(`${name}-s3-access-logs`, {
      serverAccessLogSink: true,
      forceDestroy: args.forceDestroyTrailBucket ?? false,
      tags,
    }, child);
    const accessLogsTo = (targetPrefix: string) => ({ targetBucket: accessLogs.bucketName, targetPrefix, dependsOn: [accessLogs.policy] });

    const prefix = "cloudtrail";
    const bucket = new HardenedBucket(`${name}-trail`, {
      serverAccessLogs: accessLogsTo("trail/"),
      kmsKeyArn: key.arn,
      noncurrentVersionExpirationDays: args.trailObjectNoncurrentExpirationDays,
      forceDestroy: args.forceDestroyTrailBucket ?? false,
      policyStatements: (arn): PolicyStatement[] => [
        {
          Sid: "CloudTrailAclCheck",
          Effect: "Allow",
          Principal: { Service: "cloudtrail.amazonaws.com" },
          Action: "s3:GetBucketAcl",
          Resource: arn,
          Condition: { StringEquals: { "aws:SourceArn": trailArn } },
        },
        {
          Sid: "CloudTrailWrite",
          Effect: "Allow",
          Principal: { Service: "cloudtrail.amazonaws.com" },
          Action: "s3:PutObject",
          Resource: pulumi.interpolate`${arn}/${prefix}/AWSLogs/${ctx.accountId}/*`,
          Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": trailArn } },
        },
      ],
      tags,
    }, child);
    this.trailBucketName = bucket.bucketName;

    let cloudWatch: { cloudWatchLogsGroupArn: pulumi.Output<string>; cloudWatchLogsRoleArn: pulumi.Output<string> } | undefined;
    if (args.trailToCloudWatch ?? true) {
      const logs = new EncryptedLogGroup(`${name}-trail-logs`, { retentionInDays: args.logRetentionInDays ?? 365, tags }, child);
      const role = new aws.iam.Role(`${name}-trail-logs`, {
        assumeRolePolicy: serviceTrustPolicy("cloudtrail.amazonaws.com", ctx.accountId),
        description: `Delivers CloudTrail ${trailName} to CloudWatch Logs`,
        tags,
      }, child);
      new aws.iam.RolePolicy(`${name}-trail-logs`, {
        role: role.id,
        policy: policyDocument([{
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: pulumi.interpolate`${logs.arn}:log-stream:*`,
        }]),
      }, child);
      cloudWatch = { cloudWatchLogsGroupArn: pulumi.interpolate`${logs.arn}:*`, cloudWatchLogsRoleArn: role.arn };
    }

    this.trail = new aws.cloudtrail.Trail(`${name}-trail`, {
      name: trailName,
      s3BucketName: bucket.bucketName,
      s3KeyPrefix: prefix,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true,
      enableLogging: true,
      kmsKeyId: key.arn,
      ...cloudWatch,
      tags,
    }, { parent: this, dependsOn: [bucket.policy] }); // CloudTrail checks the bucket policy on creation

    if (args.guardDuty ?? true) {
      const detector = new aws.guardduty.Detector(`${name}-guardduty`, {
        enable: true,
        findingPublishingFrequency: "FIFTEEN_MINUTES",
        tags,
      }, child);
      this.guardDutyDetectorId = detector.id;
    }
    if (args.ebsEncryptionByDefault ?? true) {
      new aws.ebs.EncryptionByDefault(`${name}-ebs-encryption`, { enabled: true }, child);
    }
    if (args.imdsV2Defaults ?? true) {
      new aws.ec2.InstanceMetadataDefaults(`${name}-imds-defaults`, {
        httpTokens: "required",
        httpPutResponseHopLimit: 1,
        httpEndpoint: "enabled",
        instanceMetadataTags: "disabled",
      }, child);
    }
    if (args.s3AccountPublicAccessBlock ?? true) {
      new aws.s3.AccountPublicAccessBlock(`${name}-s3-public-access`, {
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      }, child);
    }
    const password = args.passwordPolicy ?? true;
    if (password !== false) {
      const settings = password === true ? {} : password;
      new aws.iam.AccountPasswordPolicy(`${name}-password-policy`, {
        minimumPasswordLength: Math.max(settings.minimumPasswordLength ?? 14, 14),
        passwordReusePrevention: settings.passwordReusePrevention ?? 24,
        maxPasswordAge: settings.maxPasswordAge ?? 90,
        requireLowercaseCharacters: true,
        requireUppercaseCharacters: true,
        requireNumbers: true,
        requireSymbols: true,
        allowUsersToChangePassword: true,
        hardExpiry: false,
      }, child);
    }

    if (args.configRecording ?? true) {
      this.configBucketName = configRecording(name, ctx, args, accessLogsTo("config/"), this);
    }
    if (args.securityHub ?? true) {
      const hub = new aws.securityhub.Account(`${name}-securityhub`, {
        // Subscribed explicitly below, so the standard is visible (and owned) in the program.
        enableDefaultStandards: false,
        autoEnableControls: true,
        controlFindingGenerator: "SECURITY_CONTROL",
      }, child);
      new aws.securityhub.StandardsSubscription(`${name}-fsbp`, {
        standardsArn: pulumi.interpolate`arn:${ctx.partition}:securityhub:${ctx.region}::standards/aws-foundational-security-best-practices/v/1.0.0`,
      }, { parent: this, dependsOn: [hub] });
    }

    this.registerOutputs({ trailBucketName: this.trailBucketName, trailKeyArn: this.trailKeyArn, configBucketName: this.configBucketName });
  }
}

/**
 * AWS Config recording every supported resource type, global ones included, through the
 * service-linked role, delivered to a hardened bucket with the bucket policy AWS documents
 * ("Permissions for the Amazon S3 bucket for the AWS Config delivery channel"). Returns the bucket's name.
 */
function configRecording(name: string, ctx: AwsContext, args: AccountBaselineArgs, accessLogs: ServerAccessLogs, parent: pulumi.Resource): pulumi.Output<string> {
  const child = { parent };
  const prefix = "config";
  const bucket = new HardenedBucket(`${name}-config`, {
    serverAccessLogs: accessLogs,
    forceDestroy: args.forceDestroyTrailBucket ?? false,
    policyStatements: (arn): PolicyStatement[] => [
      {
        Sid: "AWSConfigBucketPermissionsCheck",
        Effect: "Allow",
        Principal: { Service: "config.amazonaws.com" },
        Action: ["s3:GetBucketAcl", "s3:ListBucket"],
        Resource: arn,
        Condition: { StringEquals: { "AWS:SourceAccount": ctx.accountId } },
      },
      {
        Sid: "AWSConfigBucketDelivery",
        Effect: "Allow",
        Principal: { Service: "config.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: pulumi.interpolate`${arn}/${prefix}/AWSLogs/${ctx.accountId}/Config/*`,
        Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "AWS:SourceAccount": ctx.accountId } },
      },
    ],
    tags: args.tags,
  }, child);
  const roleArn = (args.createConfigServiceLinkedRole ?? true)
    ? new aws.iam.ServiceLinkedRole(`${name}-config-role`, { awsServiceName: "config.amazonaws.com" }, child).arn
    : pulumi.interpolate`arn:${ctx.partition}:iam::${ctx.accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`;
  const recorder = new aws.cfg.Recorder(`${name}-config`, {
    roleArn,
    recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
  }, child);
  const channel = new aws.cfg.DeliveryChannel(`${name}-config`, {
    s3BucketName: bucket.bucketName,
    s3KeyPrefix: prefix,
    snapshotDeliveryProperties: { deliveryFrequency: "TwentyFour_Hours" },
  }, { parent, dependsOn: [recorder, bucket.policy] }); // Config checks the bucket policy on creation
  new aws.cfg.RecorderStatus(`${name}-config`, { name: recorder.name, isEnabled: true }, { parent, dependsOn: [channel] });
  return bucket.bucketName;
}

/** The key policy AWS documents for CloudTrail: the trail encrypts, the account's readers decrypt. */
function cloudTrailKeyPolicy(ctx: AwsContext, trailArn: pulumi.Output<string>): pulumi.Output<string> {
  const anyTrailOfAccount = pulumi.interpolate`arn:${ctx.partition}:cloudtrail:*:${ctx.accountId}:trail/*`;
  return policyDocument([
    {
      Sid: "AccountAdministersKeyThroughIam",
      Effect: "Allow",
      Principal: { AWS: pulumi.interpolate`arn:${ctx.partition}:iam::${ctx.accountId}:root` },
      Action: "kms:*",
      Resource: "*",
    },
    {
      Sid: "CloudTrailEncryptsLogs",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "kms:GenerateDataKey*",
      Resource: "*",
      Condition: {
        StringEquals: { "aws:SourceArn": trailArn },
        StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": anyTrailOfAccount },
      },
    },
    {
      Sid: "CloudTrailDescribesKey",
      Effect: "Allow",
      Principal: { Service: "cloudtrail.amazonaws.com" },
      Action: "kms:DescribeKey",
      Resource: "*",
      Condition: { StringEquals: { "aws:SourceArn": trailArn } },
    },
    {
      Sid: "AccountPrincipalsDecryptLogs",
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: ["kms:Decrypt", "kms:ReEncryptFrom"],
      Resource: "*",
      Condition: {
        StringEquals: { "kms:CallerAccount": ctx.accountId },
        StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": anyTrailOfAccount },
      },
    },
  ]);
}
