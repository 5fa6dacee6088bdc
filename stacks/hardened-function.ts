// A Lambda function with a least-privilege role: it may write only to its own log group (kept a
// year, encrypted with a customer key) and read only the Secrets Manager secrets it is given.
// Credentials never travel in its environment: pass secret ARNs and read them at run time. An
// optional function URL requires IAM authentication (SigV4), never AuthType NONE.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EncryptedLogGroup } from "./encrypted-log-group";
import { awsContext } from "./lib/aws-context";
import { PolicyStatement, policyDocument, serviceTrustPolicy } from "./lib/policy-document";

export interface HardenedFunctionArgs {
  /** The deployment package. */
  code: pulumi.Input<pulumi.asset.Archive>;
  /** Default "index.handler". */
  handler?: string;
  /** A runtime AWS still supports. Default "nodejs22.x". */
  runtime?: string;
  /** Function name. Default: "<stack>-<name>". */
  functionName?: string;
  /** Plain settings only (table names, log levels, secret ARNs); never credentials. */
  environment?: Record<string, pulumi.Input<string>>;
  /** Secrets Manager secrets the function may read (secretsmanager:GetSecretValue on exactly these). */
  secretArns?: pulumi.Input<string>[];
  /** Default 128 MB and 10 seconds. */
  memorySize?: number;
  timeout?: number;
  /** Also create a function URL, with AWS_IAM authentication. Default false. */
  functionUrl?: boolean;
  /** Days to keep the function's logs. Default 365. */
  logRetentionInDays?: number;
  tags?: Record<string, string>;
}

export class HardenedFunction extends pulumi.ComponentResource {
  readonly function: aws.lambda.Function;
  readonly role: aws.iam.Role;
  readonly logGroup: EncryptedLogGroup;
  readonly arn: pulumi.Output<string>;
  /** The IAM-authenticated function URL, when `functionUrl` was asked for. */
  readonly url?: pulumi.Output<string>;

  constructor(name: string, args: HardenedFunctionArgs, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:stacks:HardenedFunction", name, {}, opts);
    const child = { parent: this };
    const tags = args.tags ?? {};
    const ctx = awsContext(this);
    const functionName = args.functionName ?? `${pulumi.getStack()}-${name}`;

    // Created before the function, so Lambda never creates an unencrypted one without retention.
    this.logGroup = new EncryptedLogGroup(`${name}-logs`, {
      name: `/aws/lambda/${functionName}`,
      retentionInDays: args.logRetentionInDays ?? 365,
      tags,
    }, child);

    this.role = new aws.iam.Role(`${name}-role`, {
      assumeRolePolicy: serviceTrustPolicy("lambda.amazonaws.com", ctx.accountId),
      description: `Function ${functionName}: its own logs and secrets only`,
      tags,
    }, child);
    const statements: PolicyStatement[] = [{
      Sid: "WritesItsOwnLogs",
      Effect: "Allow",
      Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
      // Built from the known name rather than the group's ARN output, so the document is known
      // during preview and policies can judge it.
      Resource: pulumi.interpolate`arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:log-group:/aws/lambda/${functionName}:*`,
    }];
    if (args.secretArns && args.secretArns.length > 0) {
      statements.push({ Sid: "ReadsItsSecrets", Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: args.secretArns });
    }
    const rolePolicy = new aws.iam.RolePolicy(`${name}-role`, { role: this.role.id, policy: policyDocument(statements) }, child);

    this.function = new aws.lambda.Function(name, {
      name: functionName,
      role: this.role.arn,
      runtime: args.runtime ?? "nodejs22.x",
      handler: args.handler ?? "index.handler",
      code: args.code,
      memorySize: args.memorySize ?? 128,
      timeout: args.timeout ?? 10,
      environment: args.environment ? { variables: args.environment } : undefined,
      loggingConfig: { logFormat: "JSON", logGroup: this.logGroup.name },
      tags,
    }, { parent: this, dependsOn: [rolePolicy, this.logGroup] });
    this.arn = this.function.arn;

    if (args.functionUrl) {
      this.url = new aws.lambda.FunctionUrl(`${name}-url`, {
        functionName: this.function.name,
        authorizationType: "AWS_IAM",
      }, child).functionUrl;
    }
    this.registerOutputs({ arn: this.arn, url: this.url });
  }
}
