// A container service on ECS Fargate behind the web tier's load balancer: tasks in private
// subnets without public addresses (ECS.2) on the latest platform version (ECS.10), in a cluster
// with Container Insights (ECS.12); the image from an ECR repository scanned on push with
// immutable tags (ECR.1, ECR.2); one hardened container (non-root, read-only root filesystem,
// unprivileged, no capabilities, secrets from Secrets Manager or SSM: ECS.4/.5/.8/.20) logging to
// an encrypted log group kept a year (ECS.9, CloudWatch.16). The execution role may pull only
// this image, write only this log group and read only the given secrets; the task role has only
// what the application is given. The load balancer's group reaches the tasks on the container
// port only; interface endpoints let tasks pull and log without internet access.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EncryptedLogGroup } from "./encrypted-log-group";
import { awsContext } from "./lib/aws-context";
import { ContainerSecret, checkImageTag, checkNonRootUser, containerDefinitions, imageReference, writableVolumeName } from "./lib/container-definition";
import { PolicyStatement, policyDocument, serviceTrustPolicy } from "./lib/policy-document";
import { scannedRepository } from "./lib/scanned-repository";

export type { ContainerSecret } from "./lib/container-definition";

export interface HardenedFargateServiceArgs {
  vpcId: pulumi.Input<string>;
  /** Private subnets of the tasks (one per zone); tasks never get a public address. */
  subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /** The HTTPS listener the service answers on (HardenedWebTier.httpsListener.arn); the service adds a listener rule to it. */
  listenerArn: pulumi.Input<string>;
  /** The load balancer's security group (HardenedWebTier.albSecurityGroupId); the service adds its egress rule to the tasks. */
  loadBalancerSecurityGroupId: pulumi.Input<string>;
  /** Paths of the requests the service answers (e.g. ["/api/*"]). At least one of pathPatterns and hostHeaders is required. */
  pathPatterns?: string[];
  /** Host names of the requests the service answers (e.g. ["api.example.com"]). */
  hostHeaders?: string[];
  /** Priority of the listener rule, 1–50000 (lower is evaluated first). Default 100. */
  listenerRulePriority?: number;
  /** Tag or digest ("sha256:…") of the image to run: tags are immutable, so give each build its own (a version or commit SHA). */
  imageTag: string;
  /** An ECR repository of this account and region holding the image (e.g. PatchedServices.repository). Default: a repository of the service's own, scanned on push, with immutable tags. */
  repository?: { name: pulumi.Input<string> };
  /** Port the container listens on; the only port its tasks admit, and only from the load balancer. Default 8080. */
  containerPort?: number;
  /** Health check path of the target group. Default "/". */
  healthCheckPath?: string;
  /** Task size in CPU units and MiB (a Fargate combination). Defaults 256 and 512. */
  cpu?: number;
  memory?: number;
  /** Default "X86_64". */
  cpuArchitecture?: "X86_64" | "ARM64";
  /** Running tasks. Default 2. */
  desiredCount?: number;
  /** User (and group) the container runs as, by name or id; root is refused. Default "1000:1000". */
  user?: string;
  /** Plain settings only (log levels, endpoints, secret ARNs); never credentials: put those in `secrets`. */
  environment?: Record<string, pulumi.Input<string>>;
  /** Environment variables the ECS agent fills from Secrets Manager or SSM at start; the execution role may read exactly these. */
  secrets?: Record<string, ContainerSecret>;
  /** Customer managed KMS keys that encrypt those secrets; the execution role may decrypt with them. */
  secretKmsKeyArns?: pulumi.Input<string>[];
  /** Container paths the application may write (task storage); the rest of the filesystem is read-only. Default ["/tmp"]. */
  writablePaths?: string[];
  /** An IAM policy document (JSON) of what the application may do in AWS: the task role's only permissions. Default: none. */
  taskPolicy?: pulumi.Input<string>;
  /** Container Insights level of the cluster. Default "enhanced". */
  containerInsights?: "enhanced" | "enabled";
  /**
   * Interface endpoints (with private DNS) the service creates in the VPC, so tasks pull images and
   * ship logs without internet access; images' layers come through the S3 gateway endpoint.
   * Default ["ecr.api", "ecr.dkr", "logs"], and "secretsmanager" when a secret comes from
   * Secrets Manager. Give [] when the VPC already has them or routes through NAT (a VPC holds one
   * endpoint with private DNS per service).
   */
  vpcEndpoints?: string[];
  /** TCP ports the tasks may reach outside the VPC's endpoints (S3, NAT). Default [443]. */
  egressPorts?: number[];
  /** Days to keep the container logs. Default 365. */
  logRetentionInDays?: number;
  tags?: Record<string, string>;
}

const CONTAINER = "app";

export class HardenedFargateService extends pulumi.ComponentResource {
  readonly cluster: aws.ecs.Cluster;
  readonly service: aws.ecs.Service;
  readonly taskDefinition: aws.ecs.TaskDefinition;
  readonly targetGroup: aws.lb.TargetGroup;
  readonly executionRole: aws.iam.Role;
  readonly taskRole: aws.iam.Role;
  readonly logGroup: EncryptedLogGroup;
  /** The repository the service created, when none was given. */
  readonly repository?: aws.ecr.Repository;
  readonly securityGroupId: pulumi.Output<string>;
  /** The image the tasks run. */
  readonly image: pulumi.Output<string>;

  constructor(name: string, args: HardenedFargateServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    const { port, user, priority, conditions, egressPorts } = checkedArgs(`HardenedFargateService ${name}`, args); // before anything is registered
    super("rampart:stacks:HardenedFargateService", name, {}, opts);
    const child = { parent: this };
    const ctx = awsContext(this);
    const tags = args.tags ?? {};
    const secrets = args.secrets ?? {};

    // Image: from the given repository or one of the service's own, addressed by name so the
    // task definition is known during preview and the policies can judge it.
    if (args.repository === undefined) {
      this.repository = scannedRepository(name, tags, child);
    }
    const repositoryName = args.repository?.name ?? this.repository!.name;
    const repositoryArn = pulumi.interpolate`arn:${ctx.partition}:ecr:${ctx.region}:${ctx.accountId}:repository/${repositoryName}`;
    this.image = imageReference(pulumi.interpolate`${ctx.accountId}.dkr.ecr.${ctx.region}.${ctx.dnsSuffix}/${repositoryName}`, args.imageTag);

    // Logs: created first, named up front so the execution role's grant is known during preview.
    const family = `${pulumi.getStack()}-${name}`;
    const logGroupName = `/ecs/${family}`;
    this.logGroup = new EncryptedLogGroup(`${name}-logs`, { name: logGroupName, retentionInDays: args.logRetentionInDays ?? 365, tags }, child);

    // Execution role (the ECS agent): pull this image, write this log group, read these secrets.
    const secretArns = Object.values(secrets).flatMap((s) => ("secretArn" in s ? [s.secretArn] : []));
    const parameterArns = Object.values(secrets).flatMap((s) => ("parameterArn" in s ? [s.parameterArn] : []));
    const executionStatements: PolicyStatement[] = [
      // GetAuthorizationToken has no resource-level permissions: "*" is the only resource it takes.
      { Sid: "GetsRegistryToken", Effect: "Allow", Action: "ecr:GetAuthorizationToken", Resource: "*" },
      { Sid: "PullsItsImage", Effect: "Allow", Action: ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"], Resource: repositoryArn },
      {
        Sid: "WritesItsLogs",
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: pulumi.interpolate`arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:log-group:${logGroupName}:*`,
      },
    ];
    if (secretArns.length > 0) executionStatements.push({ Sid: "ReadsItsSecrets", Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: secretArns });
    if (parameterArns.length > 0) executionStatements.push({ Sid: "ReadsItsParameters", Effect: "Allow", Action: "ssm:GetParameters", Resource: parameterArns });
    if (args.secretKmsKeyArns?.length) executionStatements.push({ Sid: "DecryptsItsSecrets", Effect: "Allow", Action: "kms:Decrypt", Resource: args.secretKmsKeyArns });
    this.executionRole = new aws.iam.Role(`${name}-execution`, {
      assumeRolePolicy: serviceTrustPolicy("ecs-tasks.amazonaws.com", ctx.accountId),
      description: `ECS agent of ${family}: pulls its image, writes its logs, reads its secrets`,
      tags,
    }, child);
    const executionPolicy = new aws.iam.RolePolicy(`${name}-execution`, { role: this.executionRole.id, policy: policyDocument(executionStatements) }, child);

    // Task role (the application): only the policy it is given.
    this.taskRole = new aws.iam.Role(`${name}-task`, {
      assumeRolePolicy: serviceTrustPolicy("ecs-tasks.amazonaws.com", ctx.accountId),
      description: `Application of ${family}: only the permissions given to it`,
      tags,
    }, child);
    const taskPolicies = args.taskPolicy === undefined ? [] : [new aws.iam.RolePolicy(`${name}-task`, { role: this.taskRole.id, policy: args.taskPolicy }, child)];

    const writablePaths = args.writablePaths ?? ["/tmp"];
    this.taskDefinition = new aws.ecs.TaskDefinition(`${name}-task`, {
      family,
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: String(args.cpu ?? 256),
      memory: String(args.memory ?? 512),
      runtimePlatform: { operatingSystemFamily: "LINUX", cpuArchitecture: args.cpuArchitecture ?? "X86_64" },
      executionRoleArn: this.executionRole.arn,
      taskRoleArn: this.taskRole.arn,
      volumes: writablePaths.map((_, i) => ({ name: writableVolumeName(i) })),
      containerDefinitions: containerDefinitions({
        name: CONTAINER,
        image: this.image,
        port,
        user,
        environment: args.environment ?? {},
        secrets,
        writablePaths,
        logGroupName,
        region: ctx.region,
      }),
      tags,
    }, { parent: this, dependsOn: [executionPolicy, this.logGroup, ...taskPolicies] });

    // Firewalls: the load balancer reaches the tasks on the container port, nothing else does.
    const tasksSg = new aws.ec2.SecurityGroup(`${name}-tasks`, {
      vpcId: args.vpcId,
      description: `Tasks of ${family}: port ${port} from the load balancer only`,
      tags: { ...tags, Name: `${name}-tasks` },
    }, child);
    this.securityGroupId = tasksSg.id;
    new aws.vpc.SecurityGroupIngressRule(`${name}-from-alb`, {
      securityGroupId: tasksSg.id, ipProtocol: "tcp", fromPort: port, toPort: port,
      referencedSecurityGroupId: args.loadBalancerSecurityGroupId,
      description: `Container port ${port} from the load balancer only`,
    }, child);
    new aws.vpc.SecurityGroupEgressRule(`${name}-alb-to-tasks`, {
      securityGroupId: args.loadBalancerSecurityGroupId, ipProtocol: "tcp", fromPort: port, toPort: port,
      referencedSecurityGroupId: tasksSg.id,
      description: `Requests and health checks to the ${name} tasks on port ${port}`,
    }, child);
    for (const p of egressPorts) {
      new aws.vpc.SecurityGroupEgressRule(`${name}-egress-${p}`, {
        securityGroupId: tasksSg.id, ipProtocol: "tcp", fromPort: p, toPort: p, cidrIpv4: "0.0.0.0/0",
        description: p === 443 ? "HTTPS to the ECR, CloudWatch Logs and Secrets Manager endpoints and to S3 (image layers)" : `Port ${p} out of the VPC`,
      }, child);
    }
    this.createEndpoints(name, args, tasksSg.id, secretArns.length > 0, ctx.region, tags);

    // Routing: a listener rule of the web tier's HTTPS listener forwards to the tasks' addresses.
    this.targetGroup = new aws.lb.TargetGroup(`${name}-tg`, {
      vpcId: args.vpcId,
      targetType: "ip",
      port,
      protocol: "HTTP",
      deregistrationDelay: 30,
      healthCheck: { path: args.healthCheckPath ?? "/", port: "traffic-port", protocol: "HTTP", matcher: "200-399" },
      tags,
    }, child);
    const rule = new aws.lb.ListenerRule(`${name}-route`, {
      listenerArn: args.listenerArn,
      priority,
      actions: [{ type: "forward", targetGroupArn: this.targetGroup.arn }],
      conditions,
      tags,
    }, child);

    this.cluster = new aws.ecs.Cluster(`${name}-cluster`, {
      settings: [{ name: "containerInsights", value: args.containerInsights ?? "enhanced" }],
      tags,
    }, child);
    this.service = new aws.ecs.Service(name, {
      cluster: this.cluster.arn,
      taskDefinition: this.taskDefinition.arn,
      launchType: "FARGATE",
      platformVersion: "LATEST",
      desiredCount: args.desiredCount ?? 2,
      networkConfiguration: { subnets: args.subnetIds, securityGroups: [tasksSg.id], assignPublicIp: false },
      loadBalancers: [{ targetGroupArn: this.targetGroup.arn, containerName: CONTAINER, containerPort: port }],
      healthCheckGracePeriodSeconds: 60,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      availabilityZoneRebalancing: "ENABLED",
      enableExecuteCommand: false, // no shell into running tasks
      propagateTags: "SERVICE",
      enableEcsManagedTags: true,
      tags,
    }, { parent: this, dependsOn: [rule] }); // ECS refuses a target group no load balancer uses yet

    this.registerOutputs({ image: this.image, securityGroupId: this.securityGroupId, serviceName: this.service.name });
  }

  /** Interface endpoints the tasks reach on 443, and only they. */
  private createEndpoints(name: string, args: HardenedFargateServiceArgs, tasksSgId: pulumi.Output<string>, usesSecretsManager: boolean, region: pulumi.Output<string>, tags: Record<string, string>): void {
    const services = args.vpcEndpoints ?? ["ecr.api", "ecr.dkr", "logs", ...(usesSecretsManager ? ["secretsmanager"] : [])];
    if (services.length === 0) return;
    const child = { parent: this };
    const endpointSg = new aws.ec2.SecurityGroup(`${name}-endpoints`, {
      vpcId: args.vpcId,
      description: `Interface endpoints of ${name}: HTTPS from its tasks only`,
      tags: { ...tags, Name: `${name}-endpoints` },
    }, child);
    new aws.vpc.SecurityGroupIngressRule(`${name}-endpoints-from-tasks`, {
      securityGroupId: endpointSg.id, ipProtocol: "tcp", fromPort: 443, toPort: 443,
      referencedSecurityGroupId: tasksSgId,
      description: `HTTPS from the ${name} tasks to ${services.join(", ")}`,
    }, child);
    for (const service of services) {
      new aws.ec2.VpcEndpoint(`${name}-${service.replace(/\./g, "-")}`, {
        vpcId: args.vpcId,
        serviceName: pulumi.interpolate`com.amazonaws.${region}.${service}`,
        vpcEndpointType: "Interface",
        privateDnsEnabled: true,
        subnetIds: args.subnetIds,
        securityGroupIds: [endpointSg.id],
        tags: { ...tags, Name: `${name}-${service}` },
      }, child);
    }
  }
}

/** The arguments with their defaults, or an error naming the component, the argument and what is wrong with it. */
function checkedArgs(component: string, args: HardenedFargateServiceArgs) {
  const port = args.containerPort ?? 8080;
  const user = args.user ?? "1000:1000";
  const priority = args.listenerRulePriority ?? 100;
  checkNonRootUser(component, user);
  checkImageTag(component, args.imageTag);
  checkPort(component, "containerPort", port);
  if (!Number.isInteger(priority) || priority < 1 || priority > 50000) throw new Error(`${component}: listenerRulePriority must be a whole number from 1 to 50000, not ${priority}`);
  const conditions = [
    ...(args.pathPatterns?.length ? [{ pathPattern: { values: args.pathPatterns } }] : []),
    ...(args.hostHeaders?.length ? [{ hostHeader: { values: args.hostHeaders } }] : []),
  ];
  if (conditions.length === 0) throw new Error(`${component}: give pathPatterns or hostHeaders, the requests of the listener this service answers`);
  const egressPorts = args.egressPorts ?? [443];
  egressPorts.forEach((p, i) => checkPort(component, `egressPorts[${i}]`, p));
  return { port, user, priority, conditions, egressPorts };
}

function checkPort(component: string, field: string, port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${component}: ${field} must be a port from 1 to 65535, not ${port}`);
}
