// An internet-facing web tier that passes the pack's compute, web and network policies: an ALB
// that speaks only modern TLS (ELB.17), redirects HTTP (ELB.1), drops invalid headers (ELB.4),
// mitigates desync (ELB.12), logs to a hardened bucket (ELB.5) and is protected from deletion
// (ELB.6), behind a WAFv2 web ACL with AWS's OWASP rule groups (ELB.16, WAF.10) and logging
// (WAF.11); behind it, an auto-scaling group of private instances with IMDSv2 and hop limit 1
// (EC2.8, AutoScaling.3/.4), encrypted disks (EC2.3), no public address (EC2.9, AutoScaling.5),
// the OS baseline applied by cloud-init, and a role that only lets SSM and the CloudWatch agent
// work (SSM.1). The instances admit only the load balancer on the application port: no SSH or
// RDP anywhere, Session Manager instead.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EncryptedLogGroup } from "./encrypted-log-group";
import { HardenedBucket } from "./hardened-bucket";
import { awsContext, managedPolicyArn } from "./lib/aws-context";
import { elbLogDeliveryStatements } from "./lib/elb-log-delivery";
import { CpuArchitecture, OsFamily, osImage } from "./lib/os-images";
import { PATCH_GROUP_TAG } from "./lib/patch-group";
import { serviceTrustPolicy } from "./lib/policy-document";
import { BASELINE_MANAGED_RULE_GROUPS, managedRuleGroupRules, rateLimitRule, wafVisibility } from "./lib/waf-rules";
import { loadLinuxBaseline, renderUserDataBase64 } from "./os";

/** TLS 1.3 and 1.2 with forward-secret ciphers only; accepted by ELB.17. */
export const DEFAULT_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06";

export interface HardenedWebTierArgs {
  vpcId: pulumi.Input<string>;
  /** Subnets of the load balancer (public, one per zone). */
  publicSubnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /** Subnets of the instances (private, one per zone). */
  privateSubnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /** ACM certificate of the HTTPS listener. */
  certificateArn: pulumi.Input<string>;
  /** Port the application listens on; the only port the instances admit, and only from the load balancer. Default 8080. */
  appPort?: number;
  /** Health check path. Default "/". */
  healthCheckPath?: string;
  /** Linux family of the instances; picks the image and the cloud-init baseline. Default "amazon-linux" (2023). */
  osFamily?: OsFamily;
  /** Release of `osFamily` ("12", "24.04", "2023"; see OS_RELEASES). Default: the family's default release. End-of-life releases are refused. */
  osVersion?: string;
  /** CPU architecture of the default image. Default "x86_64". */
  architecture?: CpuArchitecture;
  /** Image id (or `resolve:ssm:` parameter). Default: the latest image of `osFamily` from AWS's public parameters. */
  imageId?: pulumi.Input<string>;
  /** Default "t3.micro". */
  instanceType?: pulumi.Input<string>;
  /** Auto-scaling bounds. Defaults 2, 4, and desired = min. */
  minSize?: number;
  maxSize?: number;
  desiredCapacity?: number;
  /** Root volume size in GiB. Default 20. */
  rootVolumeSizeGiB?: number;
  /** KMS key for the instances' volumes. Default: the account's EBS key (volumes are encrypted either way). */
  ebsKmsKeyArn?: pulumi.Input<string>;
  /** Patch group the instances join (tag `PatchGroup`); give the same name to PatchManagement. Default "rampart-web". */
  patchGroup?: string;
  /** TCP ports the instances may reach on the internet (SSM, S3, package mirrors). Default [443]. */
  internetEgressPorts?: number[];
  /** TLS policy of the HTTPS listener. Default ELBSecurityPolicy-TLS13-1-2-Res-2021-06. */
  sslPolicy?: string;
  /** Default "strictest". */
  desyncMitigationMode?: "strictest" | "defensive";
  /** Default true: deleting the load balancer takes an explicit change first. */
  deletionProtection?: boolean;
  /** Managed rule groups added to the baseline three (Common, KnownBadInputs, SQLi), e.g. "AWSManagedRulesAmazonIpReputationList". */
  additionalManagedRuleGroups?: string[];
  /** Requests per 5 minutes one client IP may send before WAF blocks it; false for no limit. Default 2000. */
  rateLimit?: number | false;
  /** Days to keep WAF logs. Default 365. */
  wafLogRetentionInDays?: number;
  /** Let `pulumi destroy` delete the access log bucket with its objects. Default false. */
  forceDestroyLogs?: boolean;
  /**
   * An existing S3 access-log bucket (a HardenedBucket with serverAccessLogSink) for the ALB log
   * bucket's server access logs (S3.9). Default: the tier creates its own.
   */
  serverAccessLogsBucket?: pulumi.Input<string>;
  tags?: Record<string, string>;
}

export class HardenedWebTier extends pulumi.ComponentResource {
  readonly loadBalancer: aws.lb.LoadBalancer;
  /** The HTTPS listener; other services add listener rules to it (HardenedFargateService). */
  readonly httpsListener: aws.lb.Listener;
  readonly webAcl: aws.wafv2.WebAcl;
  readonly launchTemplate: aws.ec2.LaunchTemplate;
  readonly autoScalingGroup: aws.autoscaling.Group;
  readonly albSecurityGroupId: pulumi.Output<string>;
  readonly instanceSecurityGroupId: pulumi.Output<string>;
  readonly instanceRoleName: pulumi.Output<string>;
  readonly dnsName: pulumi.Output<string>;
  readonly accessLogsBucket: pulumi.Output<string>;
  readonly patchGroup: string;

  constructor(name: string, args: HardenedWebTierArgs, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:stacks:HardenedWebTier", name, {}, opts);
    const child = { parent: this };
    const ctx = awsContext(this);
    const tags = args.tags ?? {};
    const appPort = args.appPort ?? 8080;
    const osFamily = args.osFamily ?? "amazon-linux";
    const image = osImage(osFamily, args.architecture, args.osVersion);
    this.patchGroup = args.patchGroup ?? "rampart-web";

    // Firewalls: the ALB admits the web from anywhere; instances admit only the ALB.
    // Each group uses standalone rule resources only (they reference each other).
    const albSg = new aws.ec2.SecurityGroup(`${name}-alb`, {
      vpcId: args.vpcId,
      description: `Load balancer of ${name}: HTTPS and HTTP (redirect) from the internet`,
      tags: { ...tags, Name: `${name}-alb` },
    }, child);
    const instanceSg = new aws.ec2.SecurityGroup(`${name}-instances`, {
      vpcId: args.vpcId,
      description: `Instances of ${name}: application port from the load balancer only`,
      tags: { ...tags, Name: `${name}-instances` },
    }, child);
    const world = [["ipv4", { cidrIpv4: "0.0.0.0/0" }], ["ipv6", { cidrIpv6: "::/0" }]] as const;
    for (const [family, source] of world) {
      new aws.vpc.SecurityGroupIngressRule(`${name}-alb-https-${family}`, {
        securityGroupId: albSg.id, ipProtocol: "tcp", fromPort: 443, toPort: 443, ...source,
        description: `HTTPS from the internet (${family})`,
      }, child);
      new aws.vpc.SecurityGroupIngressRule(`${name}-alb-http-${family}`, {
        securityGroupId: albSg.id, ipProtocol: "tcp", fromPort: 80, toPort: 80, ...source,
        description: `HTTP from the internet (${family}), only redirected to HTTPS`,
      }, child);
    }
    new aws.vpc.SecurityGroupEgressRule(`${name}-alb-to-app`, {
      securityGroupId: albSg.id, ipProtocol: "tcp", fromPort: appPort, toPort: appPort,
      referencedSecurityGroupId: instanceSg.id,
      description: `Requests and health checks to the instances on port ${appPort}`,
    }, child);
    new aws.vpc.SecurityGroupIngressRule(`${name}-app-from-alb`, {
      securityGroupId: instanceSg.id, ipProtocol: "tcp", fromPort: appPort, toPort: appPort,
      referencedSecurityGroupId: albSg.id,
      description: `Application port ${appPort} from the load balancer only`,
    }, child);
    for (const port of args.internetEgressPorts ?? [443]) {
      new aws.vpc.SecurityGroupEgressRule(`${name}-app-egress-${port}`, {
        securityGroupId: instanceSg.id, ipProtocol: "tcp", fromPort: port, toPort: port, cidrIpv4: "0.0.0.0/0",
        description: port === 443
          ? "HTTPS to SSM endpoints (Session Manager, Patch Manager), S3 and package mirrors"
          : `Port ${port} to package mirrors`,
      }, child);
    }
    this.albSecurityGroupId = albSg.id;
    this.instanceSecurityGroupId = instanceSg.id;

    // Load balancer with access logs in a hardened bucket (ALB logs accept SSE-S3 only).
    const logPrefix = "alb";
    // The log bucket's own server access logs (S3.9) go to the access-log bucket given, or to one of the tier's own.
    const accessLogsTarget = args.serverAccessLogsBucket === undefined
      ? new HardenedBucket(`${name}-s3-access-logs`, { serverAccessLogSink: true, forceDestroy: args.forceDestroyLogs ?? false, tags }, child)
      : undefined;
    const logs = new HardenedBucket(`${name}-alb-logs`, {
      serverAccessLogs: {
        targetBucket: accessLogsTarget?.bucketName ?? args.serverAccessLogsBucket!,
        targetPrefix: "alb-logs/",
        dependsOn: accessLogsTarget ? [accessLogsTarget.policy] : [],
      },
      policyStatements: (arn) => elbLogDeliveryStatements(arn, logPrefix, ctx, this),
      forceDestroy: args.forceDestroyLogs ?? false,
      tags,
    }, child);
    this.accessLogsBucket = logs.bucketName;
    this.loadBalancer = new aws.lb.LoadBalancer(`${name}-alb`, {
      loadBalancerType: "application",
      internal: false,
      securityGroups: [albSg.id],
      subnets: args.publicSubnetIds,
      dropInvalidHeaderFields: true,
      desyncMitigationMode: args.desyncMitigationMode ?? "strictest",
      enableDeletionProtection: args.deletionProtection ?? true,
      accessLogs: { bucket: logs.bucketName, prefix: logPrefix, enabled: true },
      tags,
    }, { parent: this, dependsOn: [logs.policy] }); // ELB checks it may write before it starts
    this.dnsName = this.loadBalancer.dnsName;

    const targetGroup = new aws.lb.TargetGroup(`${name}-tg`, {
      vpcId: args.vpcId,
      targetType: "instance",
      port: appPort,
      protocol: "HTTP",
      deregistrationDelay: 30,
      healthCheck: { path: args.healthCheckPath ?? "/", port: "traffic-port", protocol: "HTTP", matcher: "200-399" },
      tags,
    }, child);
    this.httpsListener = new aws.lb.Listener(`${name}-https`, {
      loadBalancerArn: this.loadBalancer.arn,
      port: 443,
      protocol: "HTTPS",
      sslPolicy: args.sslPolicy ?? DEFAULT_SSL_POLICY,
      certificateArn: args.certificateArn,
      defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
      tags,
    }, child);
    new aws.lb.Listener(`${name}-http-redirect`, {
      loadBalancerArn: this.loadBalancer.arn,
      port: 80,
      protocol: "HTTP",
      defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
      tags,
    }, child);

    // WAF in front of the load balancer, logging to an encrypted group kept a year.
    const groups = [...BASELINE_MANAGED_RULE_GROUPS, ...(args.additionalManagedRuleGroups ?? [])];
    const rules = managedRuleGroupRules(groups);
    const rateLimit = args.rateLimit ?? 2000;
    if (rateLimit !== false) rules.push(rateLimitRule(rateLimit, (rules.length + 1) * 10));
    this.webAcl = new aws.wafv2.WebAcl(`${name}-waf`, {
      scope: "REGIONAL",
      description: `OWASP protections for ${name}`,
      defaultAction: { allow: {} },
      rules,
      visibilityConfig: wafVisibility(`${name}-waf`),
      tags,
    }, child);
    new aws.wafv2.WebAclAssociation(`${name}-waf`, {
      resourceArn: this.loadBalancer.arn,
      webAclArn: this.webAcl.arn,
    }, child);
    const wafLogs = new EncryptedLogGroup(`${name}-waf-logs`, {
      namePrefix: `aws-waf-logs-${name}-`, // WAF writes only to groups with this prefix
      retentionInDays: args.wafLogRetentionInDays ?? 365,
      tags,
    }, child);
    new aws.wafv2.WebAclLoggingConfiguration(`${name}-waf`, {
      resourceArn: this.webAcl.arn,
      logDestinationConfigs: [wafLogs.arn],
      redactedFields: [{ singleHeader: { name: "authorization" } }, { singleHeader: { name: "cookie" } }],
    }, child);

    // Instance identity: Session Manager, Patch Manager and the CloudWatch agent, nothing more.
    const role = new aws.iam.Role(`${name}-instance`, {
      assumeRolePolicy: serviceTrustPolicy("ec2.amazonaws.com"),
      description: `Instances of ${name}: SSM management and CloudWatch agent only`,
      tags,
    }, child);
    for (const policy of ["AmazonSSMManagedInstanceCore", "CloudWatchAgentServerPolicy"]) {
      new aws.iam.RolePolicyAttachment(`${name}-${policy}`, { role: role.name, policyArn: managedPolicyArn(ctx, policy) }, child);
    }
    const profile = new aws.iam.InstanceProfile(`${name}-instance`, { role: role.name, tags }, child);
    this.instanceRoleName = role.name;

    const instanceTags = { ...tags, Name: `${name}-instance`, [PATCH_GROUP_TAG]: this.patchGroup };
    this.launchTemplate = new aws.ec2.LaunchTemplate(`${name}-lt`, {
      description: `Hardened ${osFamily} instances of ${name}`,
      imageId: args.imageId ?? image.imageId,
      instanceType: args.instanceType ?? "t3.micro",
      updateDefaultVersion: true,
      iamInstanceProfile: { arn: profile.arn },
      metadataOptions: { httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 1, instanceMetadataTags: "disabled" },
      monitoring: { enabled: true },
      networkInterfaces: [{
        deviceIndex: 0,
        associatePublicIpAddress: "false",
        deleteOnTermination: "true",
        securityGroups: [instanceSg.id],
      }],
      blockDeviceMappings: [{
        deviceName: image.rootDeviceName,
        ebs: {
          encrypted: "true",
          kmsKeyId: args.ebsKmsKeyArn,
          volumeSize: args.rootVolumeSizeGiB ?? 20,
          volumeType: "gp3",
          deleteOnTermination: "true",
        },
      }],
      userData: renderUserDataBase64(loadLinuxBaseline(), { osFamily, osVersion: args.osVersion }),
      tagSpecifications: [
        { resourceType: "instance", tags: instanceTags },
        { resourceType: "volume", tags: instanceTags },
      ],
      tags,
    }, child);

    const minSize = args.minSize ?? 2;
    const maxSize = Math.max(args.maxSize ?? 4, minSize);
    this.autoScalingGroup = new aws.autoscaling.Group(`${name}-asg`, {
      vpcZoneIdentifiers: args.privateSubnetIds,
      minSize,
      maxSize,
      desiredCapacity: Math.min(Math.max(args.desiredCapacity ?? minSize, minSize), maxSize),
      launchTemplate: { id: this.launchTemplate.id, version: this.launchTemplate.latestVersion.apply(String) },
      healthCheckType: "ELB",
      healthCheckGracePeriod: 300,
      instanceRefresh: { strategy: "Rolling", preferences: { minHealthyPercentage: 50 } },
      tags: Object.entries(instanceTags).map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
    }, { parent: this, ignoreChanges: ["targetGroupArns"] }); // the attachment below owns them
    new aws.autoscaling.Attachment(`${name}-asg-tg`, {
      autoscalingGroupName: this.autoScalingGroup.name,
      lbTargetGroupArn: targetGroup.arn,
    }, child);

    this.registerOutputs({
      dnsName: this.dnsName,
      albSecurityGroupId: this.albSecurityGroupId,
      instanceSecurityGroupId: this.instanceSecurityGroupId,
      accessLogsBucket: this.accessLogsBucket,
    });
  }
}
