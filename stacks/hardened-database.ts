// A private, encrypted PostgreSQL database for the web tier: storage, snapshots, the master
// password secret and Performance Insights encrypted with a customer key (RDS.3), never
// publicly accessible (RDS.2), TLS enforced, IAM authentication, automatic minor upgrades
// (RDS.13), backups, deletion protection (RDS.8), logs exported to encrypted log groups kept a
// year (RDS.9), and a firewall that admits only the client groups on the database port. The
// master password is generated and kept by RDS in Secrets Manager: it never appears in code.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EncryptedLogGroup } from "./encrypted-log-group";
import { awsContext } from "./lib/aws-context";
import { policyDocument } from "./lib/policy-document";

export interface HardenedDatabaseArgs {
  vpcId: pulumi.Input<string>;
  /** Private subnets in at least two zones. */
  subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /** Security groups whose members may connect (the web tier's instance group). */
  clientSecurityGroupIds: pulumi.Input<string>[];
  /**
   * Also add an egress rule to each client group for the database port. Default true; the client
   * groups must then use standalone rule resources, as HardenedWebTier's do.
   */
  addClientEgressRules?: boolean;
  /** DB instance identifier (lower case, at most 63 characters). Default: "<stack>-<name>". */
  identifier?: string;
  /** PostgreSQL major version. Default "16". */
  engineVersion?: string;
  /** Default "db.t4g.small". */
  instanceClass?: pulumi.Input<string>;
  /** Storage in GiB, and the ceiling storage autoscaling may grow to. Defaults 20 and 100. */
  allocatedStorageGiB?: number;
  maxAllocatedStorageGiB?: number;
  /** A standby in a second zone. Default true. */
  multiAz?: boolean;
  /** Days of automated backups (1–35). Default 7. */
  backupRetentionDays?: number;
  /** Default true; a final snapshot is taken on deletion either way. */
  deletionProtection?: boolean;
  /** Performance Insights, encrypted with the database key (not every instance class supports it). Default false. */
  performanceInsights?: boolean;
  /** Initial database and master user names. Defaults "app" and "app_admin". */
  databaseName?: string;
  username?: string;
  /** An existing KMS key for storage, snapshots and the master secret. Default: a new key with rotation. */
  kmsKeyArn?: pulumi.Input<string>;
  /** Days to keep exported logs. Default 365. */
  logRetentionInDays?: number;
  tags?: Record<string, string>;
}

const PORT = 5432;
const LOG_EXPORTS = ["postgresql", "upgrade"];

export class HardenedDatabase extends pulumi.ComponentResource {
  readonly instance: aws.rds.Instance;
  readonly securityGroupId: pulumi.Output<string>;
  readonly endpoint: pulumi.Output<string>;
  /** ARN of the Secrets Manager secret RDS keeps the master password in. */
  readonly masterSecretArn: pulumi.Output<string | undefined>;

  constructor(name: string, args: HardenedDatabaseArgs, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:stacks:HardenedDatabase", name, {}, opts);
    const child = { parent: this };
    const tags = args.tags ?? {};
    const ctx = awsContext(this);
    const identifier = args.identifier ?? dbIdentifier(`${pulumi.getStack()}-${name}`);
    const version = args.engineVersion ?? "16";
    const backupRetentionDays = args.backupRetentionDays ?? 7;
    if (!Number.isInteger(backupRetentionDays) || backupRetentionDays < 1 || backupRetentionDays > 35) {
      throw new Error(`HardenedDatabase ${name}: backupRetentionDays must be a whole number from 1 to 35`);
    }

    const kmsKeyArn = args.kmsKeyArn ?? new aws.kms.Key(`${name}-key`, {
      description: `Encrypts database ${identifier}, its snapshots and its master secret`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: policyDocument([{
        Sid: "AccountAdministersKeyThroughIam",
        Effect: "Allow",
        Principal: { AWS: pulumi.interpolate`arn:${ctx.partition}:iam::${ctx.accountId}:root` },
        Action: "kms:*",
        Resource: "*",
      }]),
      tags,
    }, child).arn;

    const sg = new aws.ec2.SecurityGroup(`${name}-db`, {
      vpcId: args.vpcId,
      description: `Database ${identifier}: PostgreSQL from its clients only`,
      tags: { ...tags, Name: `${name}-db` },
    }, child);
    args.clientSecurityGroupIds.forEach((client, i) => {
      new aws.vpc.SecurityGroupIngressRule(`${name}-from-client-${i}`, {
        securityGroupId: sg.id, ipProtocol: "tcp", fromPort: PORT, toPort: PORT, referencedSecurityGroupId: client,
        description: `PostgreSQL from client group ${i}`,
      }, child);
      if (args.addClientEgressRules ?? true) {
        new aws.vpc.SecurityGroupEgressRule(`${name}-client-${i}-to-db`, {
          securityGroupId: client, ipProtocol: "tcp", fromPort: PORT, toPort: PORT, referencedSecurityGroupId: sg.id,
          description: `PostgreSQL to database ${identifier}`,
        }, child);
      }
    });
    this.securityGroupId = sg.id;

    const subnets = new aws.rds.SubnetGroup(`${name}-subnets`, {
      subnetIds: args.subnetIds,
      description: `Private subnets of database ${identifier}`,
      tags,
    }, child);
    const major = version.split(".")[0];
    const parameters = new aws.rds.ParameterGroup(`${name}-params`, {
      family: `postgres${major}`,
      description: `TLS-only connections and connection logging for ${identifier}`,
      parameters: [
        { name: "rds.force_ssl", value: "1" },
        { name: "log_connections", value: "1" },
        { name: "log_disconnections", value: "1" },
      ],
      tags,
    }, child);

    // Create the export log groups first, so RDS finds them encrypted and with retention.
    const logGroups: EncryptedLogGroup[] = [];
    for (const log of LOG_EXPORTS) {
      logGroups.push(new EncryptedLogGroup(`${name}-${log}-logs`, {
        name: `/aws/rds/instance/${identifier}/${log}`,
        retentionInDays: args.logRetentionInDays ?? 365,
        kmsKeyArn: logGroups[0]?.key?.arn, // one key for the database's log groups
        tags,
      }, child));
    }

    this.instance = new aws.rds.Instance(name, {
      identifier,
      engine: "postgres",
      engineVersion: version,
      instanceClass: args.instanceClass ?? "db.t4g.small",
      allocatedStorage: args.allocatedStorageGiB ?? 20,
      maxAllocatedStorage: args.maxAllocatedStorageGiB ?? 100,
      storageType: "gp3",
      storageEncrypted: true,
      kmsKeyId: kmsKeyArn,
      dbName: args.databaseName ?? "app",
      username: args.username ?? "app_admin",
      manageMasterUserPassword: true,
      masterUserSecretKmsKeyId: kmsKeyArn,
      iamDatabaseAuthenticationEnabled: true,
      dbSubnetGroupName: subnets.name,
      vpcSecurityGroupIds: [sg.id],
      parameterGroupName: parameters.name,
      publiclyAccessible: false,
      port: PORT,
      multiAz: args.multiAz ?? true,
      backupRetentionPeriod: backupRetentionDays,
      copyTagsToSnapshot: true,
      deletionProtection: args.deletionProtection ?? true,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${identifier}-final`,
      autoMinorVersionUpgrade: true,
      allowMajorVersionUpgrade: false,
      caCertIdentifier: "rds-ca-rsa2048-g1",
      enabledCloudwatchLogsExports: LOG_EXPORTS,
      performanceInsightsEnabled: args.performanceInsights ?? false,
      performanceInsightsKmsKeyId: args.performanceInsights ? kmsKeyArn : undefined,
      tags,
    }, { parent: this, dependsOn: logGroups });

    this.endpoint = this.instance.endpoint;
    this.masterSecretArn = this.instance.masterUserSecrets.apply((s) => s?.[0]?.secretArn);
    this.registerOutputs({ endpoint: this.endpoint, securityGroupId: this.securityGroupId });
  }
}

/** An RDS identifier: a letter first, then letters, digits and single hyphens, at most 63 characters. */
export function dbIdentifier(raw: string): string {
  const cleaned = raw.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[^a-z]+/, "").slice(0, 57).replace(/-+$/, "");
  return cleaned || "db";
}
