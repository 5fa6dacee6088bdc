// A CloudWatch log group encrypted with a customer managed KMS key (rotated yearly) and kept
// for at least a year (CloudWatch.16 / CIS 3.x): flow logs, WAF logs and CloudTrail logs use it.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { awsContext } from "./lib/aws-context";
import { policyDocument } from "./lib/policy-document";

export interface EncryptedLogGroupArgs {
  /** Exact log group name. Services that require a prefix (WAF: `aws-waf-logs-`) need it here. Default: auto-named. */
  name?: pulumi.Input<string>;
  /** Prefix of a generated log group name, when `name` is not given (e.g. `aws-waf-logs-web-`). */
  namePrefix?: pulumi.Input<string>;
  /** Days to keep events. Default 365 (the minimum the `log-retention-minimum` policy accepts). */
  retentionInDays?: number;
  /** An existing KMS key ARN to encrypt with. Default: a new key with rotation, usable only by CloudWatch Logs in this account and region. */
  kmsKeyArn?: pulumi.Input<string>;
  /** Days before a deleted key is destroyed (7–30). Default 30. */
  keyDeletionWindowInDays?: number;
  tags?: Record<string, string>;
}

export class EncryptedLogGroup extends pulumi.ComponentResource {
  readonly logGroup: aws.cloudwatch.LogGroup;
  /** The key this component created, when no `kmsKeyArn` was given. */
  readonly key?: aws.kms.Key;
  readonly arn: pulumi.Output<string>;
  readonly name: pulumi.Output<string>;

  constructor(name: string, args: EncryptedLogGroupArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:stacks:EncryptedLogGroup", name, {}, opts);
    const ctx = awsContext(this);

    let kmsKeyArn = args.kmsKeyArn;
    if (kmsKeyArn === undefined) {
      this.key = new aws.kms.Key(`${name}-key`, {
        description: `Encrypts CloudWatch log group ${name}`,
        enableKeyRotation: true,
        deletionWindowInDays: args.keyDeletionWindowInDays ?? 30,
        policy: logsKeyPolicy(ctx.accountId, ctx.region, ctx.partition, ctx.dnsSuffix),
        tags: args.tags,
      }, { parent: this });
      kmsKeyArn = this.key.arn;
    }

    this.logGroup = new aws.cloudwatch.LogGroup(name, {
      name: args.name,
      namePrefix: args.name === undefined ? args.namePrefix : undefined,
      retentionInDays: args.retentionInDays ?? 365,
      kmsKeyId: kmsKeyArn,
      tags: args.tags,
    }, { parent: this });

    this.arn = this.logGroup.arn;
    this.name = this.logGroup.name;
    this.registerOutputs({ arn: this.arn, name: this.name });
  }
}

/**
 * The key policy CloudWatch Logs needs: the account administers the key through IAM, and the
 * regional logs service may use it only for this account's log groups (encryption context).
 */
function logsKeyPolicy(
  accountId: pulumi.Output<string>,
  region: pulumi.Output<string>,
  partition: pulumi.Output<string>,
  dnsSuffix: pulumi.Output<string>,
): pulumi.Output<string> {
  return policyDocument([
    {
      Sid: "AccountAdministersKeyThroughIam",
      Effect: "Allow",
      Principal: { AWS: pulumi.interpolate`arn:${partition}:iam::${accountId}:root` },
      Action: "kms:*",
      Resource: "*",
    },
    {
      Sid: "CloudWatchLogsUsesKeyForThisAccount",
      Effect: "Allow",
      Principal: { Service: pulumi.interpolate`logs.${region}.${dnsSuffix}` },
      Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
      Resource: "*",
      Condition: {
        ArnLike: {
          "kms:EncryptionContext:aws:logs:arn": pulumi.interpolate`arn:${partition}:logs:${region}:${accountId}:log-group:*`,
        },
      },
    },
  ]);
}
