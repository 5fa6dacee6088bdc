import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TD = "aws:ecs/taskDefinition:TaskDefinition";
const CONTAINERS = JSON.stringify([{ name: "app", image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.0.3", essential: true, memory: 256, user: "1000" }]);
const task = (extra: Record<string, unknown>) => ({ family: "app", requiresCompatibilities: ["EC2"], networkMode: "awsvpc", containerDefinitions: CONTAINERS, ...extra });

export const examples = policyExamples({
  policy: "ecs-task-no-host-pid",
  good: [
    { title: "pidMode not set: each container has its own process namespace", resources: [{ type: TD, name: "app", props: task({}) }] },
    { title: "pidMode \"task\": the task's containers share one namespace, apart from the host", resources: [{ type: TD, name: "debuggable", props: task({ pidMode: "task" }) }] },
  ],
  bad: [
    {
      title: "pidMode \"host\" for a process-monitoring agent",
      resources: [{ type: TD, name: "process-agent", props: task({ pidMode: "host" }) }],
      violations: ["process-agent"],
      message: /pidMode is "host"/,
    },
  ],
  unknown: [
    { title: "a pidMode read from configuration computed during the deploy", resources: [{ type: TD, name: "app", props: task({ pidMode: UNKNOWN_SENTINELS.string }) }] },
  ],
});
