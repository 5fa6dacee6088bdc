import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TD = "aws:ecs/taskDefinition:TaskDefinition";
const CONTAINERS = JSON.stringify([{ name: "app", image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.0.3", essential: true, memory: 256, portMappings: [{ containerPort: 8080 }] }]);
const task = (extra: Record<string, unknown>) => ({ family: "app", requiresCompatibilities: ["EC2"], containerDefinitions: CONTAINERS, ...extra });

export const examples = policyExamples({
  policy: "ecs-task-no-host-network",
  good: [
    { title: "awsvpc: the task gets its own network interface and security groups", resources: [{ type: TD, name: "app", props: task({ networkMode: "awsvpc" }) }] },
    { title: "networkMode not set: bridge, Docker's virtual network on EC2", resources: [{ type: TD, name: "legacy", props: task({}) }] },
  ],
  bad: [
    {
      title: "networkMode \"host\" to skip port mapping",
      resources: [{ type: TD, name: "edge-proxy", props: task({ networkMode: "host" }) }],
      violations: ["edge-proxy"],
      message: /networkMode is "host"/,
    },
  ],
  unknown: [
    { title: "a networkMode chosen by an output not known during preview", resources: [{ type: TD, name: "app", props: task({ networkMode: UNKNOWN_SENTINELS.string }) }] },
  ],
});
