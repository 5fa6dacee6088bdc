// HardenedFargateService under Pulumi's mock runtime: what it would send to AWS.
import { ACCOUNT, REGION, installMocks, one, ofType, policyOf, settle } from "./mock-aws";
import { HardenedFargateService, HardenedFargateServiceArgs } from "../../stacks";

const registered = installMocks();
const mine = (prefix: string) => registered.filter((r) => r.name.startsWith(prefix));
const LISTENER = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const DB_SECRET = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/db-AbCdEf`;
const API_KEY = `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/prod/api-key`;
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const DIGEST = `sha256:${"ab".repeat(32)}`;
const base: HardenedFargateServiceArgs = {
  vpcId: "vpc-0123456789abcdef0",
  subnetIds: ["subnet-0aaaaaaaaaaaaaaaa", "subnet-0bbbbbbbbbbbbbbbb"],
  listenerArn: LISTENER,
  loadBalancerSecurityGroupId: "sg-0a1b2c3d4e5f60718",
  pathPatterns: ["/api/*"],
  imageTag: "1.4.2",
};

beforeAll(async () => {
  new HardenedFargateService("api", base);
  new HardenedFargateService("nowrite", { ...base, writablePaths: [], vpcEndpoints: [] });
  new HardenedFargateService("orders", {
    ...base,
    pathPatterns: undefined,
    hostHeaders: ["orders.example.com"],
    listenerRulePriority: 20,
    repository: { name: "shared/orders" },
    imageTag: DIGEST,
    containerPort: 9000,
    cpu: 512,
    memory: 1024,
    cpuArchitecture: "ARM64",
    user: "app",
    environment: { LOG_LEVEL: "info", DB_SECRET_ARN: DB_SECRET },
    secrets: { DB_PASSWORD: { secretArn: DB_SECRET, jsonKey: "password" }, API_KEY: { parameterArn: API_KEY } },
    secretKmsKeyArns: [KEY],
    writablePaths: ["/tmp", "/var/cache/app"],
    taskPolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sqs:SendMessage", Resource: `arn:aws:sqs:${REGION}:${ACCOUNT}:orders` }] }),
    containerInsights: "enabled",
    vpcEndpoints: [],
    logRetentionInDays: 731,
  });
  await settle(registered);
});

const containerOf = (prefix: string) => {
  const list = JSON.parse(one(mine(prefix), "aws:ecs/taskDefinition:TaskDefinition").inputs.containerDefinitions);
  expect(list).toHaveLength(1);
  return list[0];
};

test("tasks run on the latest Fargate platform in private subnets without public addresses, behind the load balancer", () => {
  const service = one(mine("api"), "aws:ecs/service:Service");
  expect(service.inputs).toMatchObject({
    launchType: "FARGATE",
    platformVersion: "LATEST",
    desiredCount: 2,
    enableExecuteCommand: false,
    deploymentCircuitBreaker: { enable: true, rollback: true },
    networkConfiguration: { subnets: base.subnetIds, assignPublicIp: false },
    loadBalancers: [{ containerName: "app", containerPort: 8080 }],
  });
  expect(service.inputs.networkConfiguration.securityGroups).toEqual([one(mine("api"), "aws:ec2/securityGroup:SecurityGroup", "api-tasks").id]);
  const cluster = one(mine("api"), "aws:ecs/cluster:Cluster");
  expect(cluster.inputs.settings).toEqual([{ name: "containerInsights", value: "enhanced" }]);
  expect(one(mine("orders"), "aws:ecs/cluster:Cluster").inputs.settings).toEqual([{ name: "containerInsights", value: "enabled" }]);
});

test("a listener rule of the web tier's HTTPS listener forwards to an ip target group on the container port", () => {
  const rule = one(mine("api"), "aws:lb/listenerRule:ListenerRule");
  expect(rule.inputs).toMatchObject({ listenerArn: LISTENER, priority: 100, conditions: [{ pathPattern: { values: ["/api/*"] } }] });
  const group = one(mine("api"), "aws:lb/targetGroup:TargetGroup");
  expect(group.inputs).toMatchObject({ targetType: "ip", port: 8080, protocol: "HTTP", vpcId: base.vpcId });
  expect(rule.inputs.actions).toEqual([{ type: "forward", targetGroupArn: expect.stringContaining("api-tg") }]);
  const orders = one(mine("orders"), "aws:lb/listenerRule:ListenerRule");
  expect(orders.inputs).toMatchObject({ priority: 20, conditions: [{ hostHeader: { values: ["orders.example.com"] } }] });
});

test("one hardened container: non-root, read-only root filesystem, unprivileged, no capabilities, only the named paths writable", () => {
  const api = containerOf("api");
  expect(api).toMatchObject({
    name: "app",
    user: "1000:1000",
    readonlyRootFilesystem: true,
    privileged: false,
    essential: true,
    linuxParameters: { capabilities: { drop: ["ALL"] }, initProcessEnabled: true },
    portMappings: [{ containerPort: 8080, protocol: "tcp" }],
    mountPoints: [{ sourceVolume: "writable-0", containerPath: "/tmp", readOnly: false }],
  });
  expect(one(mine("api"), "aws:ecs/taskDefinition:TaskDefinition").inputs).toMatchObject({
    family: "test-api", requiresCompatibilities: ["FARGATE"], networkMode: "awsvpc", cpu: "256", memory: "512",
    runtimePlatform: { operatingSystemFamily: "LINUX", cpuArchitecture: "X86_64" }, volumes: [{ name: "writable-0" }],
  });
  expect(api.environment).toBeUndefined(); // empty lists are left out
  expect(api.secrets).toBeUndefined();
  expect(containerOf("nowrite").mountPoints).toBeUndefined();
  expect(one(mine("nowrite"), "aws:ecs/taskDefinition:TaskDefinition").inputs.volumes).toEqual([]);
  const orders = containerOf("orders");
  expect(orders.user).toBe("app");
  expect(orders.mountPoints.map((m: { containerPath: string }) => m.containerPath)).toEqual(["/tmp", "/var/cache/app"]);
  expect(one(mine("orders"), "aws:ecs/taskDefinition:TaskDefinition").inputs).toMatchObject({ cpu: "512", memory: "1024", runtimePlatform: { cpuArchitecture: "ARM64" } });
});

test("the image comes from the service's own repository, scanned on push with immutable tags, or from the given one by digest", () => {
  const repo = one(mine("api"), "aws:ecr/repository:Repository");
  expect(repo.inputs).toMatchObject({ imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE", encryptionConfigurations: [{ encryptionType: "KMS" }] });
  expect(containerOf("api").image).toBe(`${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/api-images-generated:1.4.2`);
  expect(ofType(mine("orders"), "aws:ecr/repository:Repository")).toHaveLength(0);
  expect(containerOf("orders").image).toBe(`${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/shared/orders@${DIGEST}`);
});

test("credentials come from Secrets Manager and SSM through the secrets list, never the environment", () => {
  const orders = containerOf("orders");
  expect(orders.secrets).toEqual([
    { name: "API_KEY", valueFrom: API_KEY },
    { name: "DB_PASSWORD", valueFrom: `${DB_SECRET}:password::` },
  ]);
  expect(orders.environment).toEqual([{ name: "DB_SECRET_ARN", value: DB_SECRET }, { name: "LOG_LEVEL", value: "info" }]);
});

test("container logs go to an encrypted group kept a year, through awslogs", () => {
  const group = one(mine("api"), "aws:cloudwatch/logGroup:LogGroup");
  expect(group.inputs).toMatchObject({ name: "/ecs/test-api", retentionInDays: 365, kmsKeyId: expect.stringContaining("arn:") });
  expect(one(mine("orders"), "aws:cloudwatch/logGroup:LogGroup").inputs.retentionInDays).toBe(731);
  expect(containerOf("api").logConfiguration).toEqual({
    logDriver: "awslogs",
    options: { "awslogs-group": "/ecs/test-api", "awslogs-region": REGION, "awslogs-stream-prefix": "app" },
  });
});

test("the execution role may pull only its image, write only its logs and read only its secrets; no managed policies", () => {
  const statements = (prefix: string) => policyOf(one(mine(prefix), "aws:iam/rolePolicy:RolePolicy", `${prefix}-execution`).inputs.policy).Statement;
  const api = statements("api");
  expect(api.map((s) => s.Sid)).toEqual(["GetsRegistryToken", "PullsItsImage", "WritesItsLogs"]);
  expect(api[0]).toMatchObject({ Action: "ecr:GetAuthorizationToken", Resource: "*" }); // takes no resource-level permissions
  expect(api[1].Resource).toBe(`arn:aws:ecr:${REGION}:${ACCOUNT}:repository/api-images-generated`);
  expect(api[2].Resource).toBe(`arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/ecs/test-api:*`);
  const orders = statements("orders");
  expect(orders[1].Resource).toBe(`arn:aws:ecr:${REGION}:${ACCOUNT}:repository/shared/orders`);
  expect(orders.slice(3)).toEqual([
    { Sid: "ReadsItsSecrets", Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: [DB_SECRET] },
    { Sid: "ReadsItsParameters", Effect: "Allow", Action: "ssm:GetParameters", Resource: [API_KEY] },
    { Sid: "DecryptsItsSecrets", Effect: "Allow", Action: "kms:Decrypt", Resource: [KEY] },
  ]);
  for (const s of [...api.slice(1), ...orders.slice(1)]) expect(s.Resource).not.toBe("*");
  expect(ofType(registered, "aws:iam/rolePolicyAttachment:RolePolicyAttachment")).toHaveLength(0);
});

test("both roles trust only ECS tasks of this account; the task role has only the policy it is given", () => {
  for (const role of ofType(mine("api"), "aws:iam/role:Role")) {
    const [trust] = policyOf(role.inputs.assumeRolePolicy).Statement;
    expect(trust).toMatchObject({ Principal: { Service: "ecs-tasks.amazonaws.com" }, Action: "sts:AssumeRole", Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } } });
  }
  expect(ofType(mine("api"), "aws:iam/rolePolicy:RolePolicy").map((p) => p.name)).toEqual(["api-execution"]);
  const task = one(mine("orders"), "aws:iam/rolePolicy:RolePolicy", "orders-task");
  expect(policyOf(task.inputs.policy).Statement).toEqual([expect.objectContaining({ Action: "sqs:SendMessage" })]);
  const definition = one(mine("orders"), "aws:ecs/taskDefinition:TaskDefinition").inputs;
  expect(definition.taskRoleArn).toContain("orders-task");
  expect(definition.executionRoleArn).toContain("orders-execution");
});

test("only the load balancer reaches the tasks, on the container port; the tasks reach out on 443 only", () => {
  const tasks = one(mine("api"), "aws:ec2/securityGroup:SecurityGroup", "api-tasks");
  const ingress = ofType(mine("api"), "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule");
  expect(ingress.find((r) => r.name === "api-from-alb")!.inputs).toMatchObject({
    securityGroupId: tasks.id, fromPort: 8080, toPort: 8080, ipProtocol: "tcp", referencedSecurityGroupId: base.loadBalancerSecurityGroupId,
  });
  for (const rule of ingress) expect(rule.inputs.cidrIpv4).toBeUndefined();
  const egress = ofType(mine("api"), "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule");
  expect(egress.map((r) => [r.name, r.inputs.securityGroupId, r.inputs.fromPort, r.inputs.toPort]).sort()).toEqual([
    ["api-alb-to-tasks", base.loadBalancerSecurityGroupId, 8080, 8080],
    ["api-egress-443", tasks.id, 443, 443],
  ]);
  for (const rule of [...ingress, ...egress]) expect(rule.inputs.description).toEqual(expect.any(String));
  expect(one(mine("orders"), "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").inputs).toMatchObject({ fromPort: 9000, toPort: 9000 });
});

test("interface endpoints for ECR and CloudWatch Logs admit only the tasks; none when the VPC has its own", () => {
  const endpoints = ofType(mine("api"), "aws:ec2/vpcEndpoint:VpcEndpoint");
  expect(endpoints.map((e) => e.inputs.serviceName).sort()).toEqual(["ecr.api", "ecr.dkr", "logs"].map((s) => `com.amazonaws.${REGION}.${s}`));
  for (const e of endpoints) expect(e.inputs).toMatchObject({ vpcEndpointType: "Interface", privateDnsEnabled: true, subnetIds: base.subnetIds });
  const endpointSg = one(mine("api"), "aws:ec2/securityGroup:SecurityGroup", "api-endpoints");
  const admits = one(mine("api"), "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "api-endpoints-from-tasks").inputs;
  expect(admits).toMatchObject({ securityGroupId: endpointSg.id, fromPort: 443, toPort: 443, referencedSecurityGroupId: one(mine("api"), "aws:ec2/securityGroup:SecurityGroup", "api-tasks").id });
  expect(ofType(mine("orders"), "aws:ec2/vpcEndpoint:VpcEndpoint")).toHaveLength(0);
  expect(ofType(mine("orders"), "aws:ec2/securityGroup:SecurityGroup").map((g) => g.name)).toEqual(["orders-tasks"]);
});

test("a Secrets Manager secret adds its endpoint", async () => {
  new HardenedFargateService("vault", { ...base, secrets: { TOKEN: { secretArn: DB_SECRET } } });
  await settle(registered);
  expect(ofType(mine("vault"), "aws:ec2/vpcEndpoint:VpcEndpoint").map((e) => e.inputs.serviceName)).toContain(`com.amazonaws.${REGION}.secretsmanager`);
});

test.each([
  ["a root user", { user: "root" }, /user "root" runs the container as root/],
  ["UID 0 with a group", { user: "0:1000" }, /user "0:1000" runs the container as root/],
  ["an empty group", { user: "1000:" }, /user "1000:" must be "<user>" or "<user>:<group>"/],
  ["a tag with a slash", { imageTag: "v1/rc" }, /imageTag "v1\/rc" is neither an image tag/],
  ["no routing condition", { pathPatterns: [] }, /give pathPatterns or hostHeaders/],
  ["a priority out of range", { listenerRulePriority: 0 }, /listenerRulePriority must be a whole number from 1 to 50000, not 0/],
  ["a port out of range", { containerPort: 70000 }, /containerPort must be a port from 1 to 65535, not 70000/],
  ["an egress port out of range", { egressPorts: [443, 0] }, /egressPorts\[1\] must be a port/],
])("refuses %s, naming the argument", (_label, change, message) => {
  expect(() => new HardenedFargateService("bad", { ...base, ...change })).toThrow(message);
});
