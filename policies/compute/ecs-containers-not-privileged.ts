// No privileged containers in ECS task definitions. With privileged true, the container gets
// elevated privileges on the host container instance, similar to the root user (Security Hub
// ECS.4: https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4): every
// device and capability of the host, so a compromised container owns the instance and every task
// on it. ECS Developer Guide, "Security" container parameters:
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { listContainers, offendingContainers } from "./container-settings";
import { COMPUTE_T, CONTAINER_PROPS as C } from "./types";

export const ecsContainersNotPrivileged = resourcePolicy<Record<string, never>>({
  name: "ecs-containers-not-privileged",
  description: "ECS task definitions run no privileged container: no container definition sets privileged to true, which gives the container root-like control of the host instance.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [
    { framework: "aws-fsbp", ids: ["ECS.4"] },
    { framework: "aws-ct", ids: ["CT.ECS.PR.11"] },
  ],
  remediationSteps:
    "Remove privileged (or set it to false) from each container definition and register a new task definition revision; grant only the Linux capabilities the workload needs through linuxParameters.capabilities.add (after drop: [\"ALL\"]), and mount only the devices it needs through linuxParameters.devices.",
  types: [COMPUTE_T.ecsTaskDefinition],
  check(task, _config, judge) {
    const offenders = offendingContainers(task, judge, (definition) => {
      const privileged = readBool(definition[C.privileged]);
      if (privileged === UNKNOWN) return { unknown: C.privileged };
      return privileged === true ? { breaks: `${C.privileged} is true` } : undefined;
    });
    if (offenders.length === 0) return;
    judge.violation(
      `ECS task definition "${task.name}" runs privileged containers, each with root-like control of the host instance: ${listContainers(offenders)}. Set privileged to false and add only the Linux capabilities the workload needs.`,
    );
  },
});
