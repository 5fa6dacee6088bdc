// Managed services that keep up with their patches (the pack's lambda-supported-runtime,
// ecr-scan-on-push and ecr-immutable-tags): a container registry repository whose images are
// scanned on push and whose tags cannot be moved, and a Lambda function on a supported runtime,
// logging to an encrypted log group kept a year, with only AWS's basic execution and X-Ray write managed policies.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EncryptedLogGroup } from "./encrypted-log-group";
import { awsContext } from "./lib/aws-context";
import { serviceTrustPolicy } from "./lib/policy-document";
import { scannedRepository } from "./lib/scanned-repository";

export interface PatchedServicesArgs {
  /** A Lambda runtime in support (the pack's lambda-supported-runtime checks the date). Default "python3.13". */
  functionRuntime?: string;
  /** The function's code. Default: a handler that answers { ok: true }. */
  functionCode?: pulumi.asset.Archive;
  /** The function's name (at most 64 characters). Default: "<stack>-<name>-fn". */
  functionName?: string;
  /** The function's handler. Default "index.handler". */
  functionHandler?: string;
  tags?: Record<string, string>;
}

const DEFAULT_CODE = 'def handler(event, context):\n    return {"ok": True}\n';

export class PatchedServices extends pulumi.ComponentResource {
  readonly repository: aws.ecr.Repository;
  readonly function: aws.lambda.Function;
  readonly repositoryUrl: pulumi.Output<string>;
  readonly functionArn: pulumi.Output<string>;

  constructor(name: string, args: PatchedServicesArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:stacks:PatchedServices", name, {}, opts);
    const child = { parent: this };
    const tags = args.tags ?? {};
    const ctx = awsContext(this);

    this.repository = scannedRepository(name, tags, child);

    const role = new aws.iam.Role(`${name}-fn`, {
      assumeRolePolicy: serviceTrustPolicy("lambda.amazonaws.com", ctx.accountId),
      tags,
    }, child);
    // Logs, and X-Ray traces (active tracing needs them, or Lambda refuses the function).
    const managed = { logs: "service-role/AWSLambdaBasicExecutionRole", traces: "AWSXRayDaemonWriteAccess" };
    const grants = Object.entries(managed).map(([grant, policy]) => new aws.iam.RolePolicyAttachment(`${name}-fn-${grant}`, {
      role: role.name,
      policyArn: pulumi.interpolate`arn:${ctx.partition}:iam::aws:policy/${policy}`,
    }, child));

    // Named up front so its log group (/aws/lambda/<name>) can be created, encrypted, before it.
    const functionName = args.functionName ?? `${pulumi.getStack()}-${name}-fn`.slice(0, 64);
    const logs = new EncryptedLogGroup(`${name}-fn-logs`, { name: `/aws/lambda/${functionName}`, tags }, child);
    this.function = new aws.lambda.Function(`${name}-fn`, {
      name: functionName,
      role: role.arn,
      runtime: args.functionRuntime ?? "python3.13",
      handler: args.functionHandler ?? "index.handler",
      code: args.functionCode ?? new pulumi.asset.AssetArchive({ "index.py": new pulumi.asset.StringAsset(DEFAULT_CODE) }),
      loggingConfig: { logFormat: "JSON", logGroup: logs.name },
      tracingConfig: { mode: "Active" },
      tags,
    }, { parent: this, dependsOn: [logs, ...grants] });

    this.repositoryUrl = this.repository.repositoryUrl;
    this.functionArn = this.function.arn;
    this.registerOutputs({ repositoryUrl: this.repositoryUrl, functionArn: this.functionArn });
  }
}
