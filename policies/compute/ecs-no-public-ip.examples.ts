import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const SERVICE = "aws:ecs/service:Service";
const TASK_SET = "aws:ecs/taskSet:TaskSet";
const CLUSTER = "arn:aws:ecs:eu-west-1:123456789012:cluster/apps";
const TASK = "arn:aws:ecs:eu-west-1:123456789012:task-definition/api:3";
const network = (assignPublicIp?: unknown) => ({
  subnets: ["subnet-0a1b2c3d4e5f60718"],
  securityGroups: ["sg-0123456789abcdef0"],
  ...(assignPublicIp === undefined ? {} : { assignPublicIp }),
});

export const examples = policyExamples({
  policy: "ecs-no-public-ip",
  good: [
    {
      title: "a Fargate service in private subnets that assigns no public IP",
      resources: [{ type: SERVICE, name: "api", props: { cluster: CLUSTER, taskDefinition: TASK, launchType: "FARGATE", desiredCount: 2, networkConfiguration: network(false) } }],
    },
    {
      title: "a service that leaves assignPublicIp unset (AWS's default is DISABLED)",
      resources: [{ type: SERVICE, name: "api", props: { cluster: CLUSTER, taskDefinition: TASK, launchType: "FARGATE", networkConfiguration: network() } }],
    },
    {
      title: "a bridge-mode service on EC2 has no network configuration",
      resources: [{ type: SERVICE, name: "legacy", props: { cluster: CLUSTER, taskDefinition: TASK, launchType: "EC2" } }],
    },
  ],
  bad: [
    {
      title: "a Fargate service that gives its tasks public IPs",
      resources: [{ type: SERVICE, name: "api", props: { cluster: CLUSTER, taskDefinition: TASK, launchType: "FARGATE", networkConfiguration: network(true) } }],
      violations: ["api"],
      message: /ECS service "api" gives every task a public IP address \(networkConfiguration\.assignPublicIp is true\)/,
    },
    {
      title: "a task set with assignPublicIp as the string \"true\"",
      resources: [{ type: TASK_SET, name: "blue", props: { cluster: CLUSTER, service: "api", taskDefinition: TASK, networkConfiguration: network("true") } }],
      violations: ["blue"],
      message: /ECS task set "blue"/,
    },
  ],
  unknown: [
    {
      title: "assignPublicIp computed from configuration during preview",
      resources: [{ type: SERVICE, name: "api", props: { cluster: CLUSTER, taskDefinition: TASK, networkConfiguration: network(UNKNOWN_SENTINELS.boolean) } }],
    },
  ],
});
