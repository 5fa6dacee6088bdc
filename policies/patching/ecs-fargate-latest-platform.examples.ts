import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const SERVICE = "aws:ecs/service:Service";
const TASK = "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7";
const net = { networkConfiguration: { subnets: ["subnet-0a1b2c3d"], securityGroups: ["sg-0a1b2c3d"], assignPublicIp: false } };
const fargate = (extra: Record<string, unknown> = {}) => ({ cluster: "apps", taskDefinition: TASK, desiredCount: 2, launchType: "FARGATE", ...net, ...extra });
const TASK_DEFINITION = "aws:ecs/taskDefinition:TaskDefinition";
const taskOn = (operatingSystemFamily: unknown) => ({
  type: TASK_DEFINITION,
  name: "web-task",
  props: { arn: TASK, family: "web", requiresCompatibilities: ["FARGATE"], cpu: "1024", memory: "2048", runtimePlatform: { operatingSystemFamily, cpuArchitecture: "X86_64" } },
});

export const examples = policyExamples({
  policy: "ecs-fargate-latest-platform",
  good: [
    {
      title: "a Fargate service that leaves platformVersion unset (LATEST)",
      resources: [{ type: SERVICE, name: "web", props: fargate() }],
    },
    {
      title: "LATEST spelled out, and 1.4.0 (the newest Linux version)",
      resources: [
        { type: SERVICE, name: "web", props: fargate({ platformVersion: "LATEST" }) },
        { type: SERVICE, name: "api", props: fargate({ platformVersion: "1.4.0" }) },
      ],
    },
    {
      title: "a Windows task pinned to 1.0.0, the newest Windows platform version",
      resources: [taskOn("WINDOWS_SERVER_2022_CORE"), { type: SERVICE, name: "iis", props: fargate({ platformVersion: "1.0.0" }) }],
    },
    {
      title: "an EC2 service is not judged",
      resources: [{ type: SERVICE, name: "batch", props: { cluster: "apps", taskDefinition: TASK, launchType: "EC2", platformVersion: "1.3.0" } }],
    },
  ],
  bad: [
    {
      title: "a Fargate service pinned to platform version 1.3.0",
      resources: [{ type: SERVICE, name: "web", props: fargate({ platformVersion: "1.3.0" }) }],
      violations: ["web"],
      message: /ECS service "web" pins Fargate platformVersion 1\.3\.0, older than the latest/,
    },
    {
      title: "a service on a Fargate Spot capacity provider pinned to 1.2.0",
      resources: [
        {
          type: SERVICE,
          name: "workers",
          props: { cluster: "apps", taskDefinition: TASK, capacityProviderStrategies: [{ capacityProvider: "FARGATE_SPOT", weight: 1 }], platformVersion: "1.2.0", ...net },
        },
      ],
      violations: ["workers"],
      message: /platformVersion 1\.2\.0/,
    },
    {
      title: "a Linux task pinned to 1.0.0, the newest version only for Windows",
      resources: [taskOn("LINUX"), { type: SERVICE, name: "web", props: fargate({ platformVersion: "1.0.0" }) }],
      violations: ["web"],
      message: /platformVersion 1\.0\.0, older than the latest/,
    },
  ],
  unknown: [
    {
      title: "a platform version read from config during preview",
      resources: [{ type: SERVICE, name: "web", props: fargate({ platformVersion: UNKNOWN_SENTINELS.string }) }],
    },
    {
      title: "1.0.0 on a task definition whose operating system is computed during preview",
      resources: [taskOn(UNKNOWN_SENTINELS.string), { type: SERVICE, name: "web", props: fargate({ platformVersion: "1.0.0" }) }],
    },
    {
      title: "a launch type computed during preview",
      resources: [{ type: SERVICE, name: "web", props: fargate({ launchType: UNKNOWN_SENTINELS.string, platformVersion: "1.3.0" }) }],
    },
  ],
});
