// ECS task definitions do not share the host's process namespace. With pidMode "host", the
// containers see every process on the host instance and, as root, can signal, trace or kill them
// (Security Hub ECS.3: https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-3).
// Fargate accepts only "task" or nothing; EC2 tasks accept "host".
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { sharesHost } from "./host-namespace";
import { COMPUTE_T, TASK_DEFINITION_PROPS as P } from "./types";

export const ecsTaskNoHostPid = resourcePolicy<Record<string, never>>({
  name: "ecs-task-no-host-pid",
  description: "ECS task definitions do not share the host's process namespace with their containers: pidMode is \"task\" or not set, never \"host\".",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [
    { framework: "aws-fsbp", ids: ["ECS.3"] },
    { framework: "aws-ct", ids: ["CT.ECS.PR.10"] },
  ],
  remediationSteps:
    "Remove pidMode from the task definition (each container gets its own process namespace) or set it to \"task\" when its containers must see each other's processes, and register a new task definition revision.",
  types: [COMPUTE_T.ecsTaskDefinition],
  check(task, _config, judge) {
    const host = sharesHost(task.props[P.pidMode]);
    if (host === UNKNOWN) judge.unknown(P.pidMode);
    else if (host) {
      judge.violation(`ECS task definition "${task.name}" shares the host's process namespace (${P.pidMode} is "host"): its containers see and can signal every process on the instance. Remove ${P.pidMode} or set it to "task".`);
    }
  },
});
