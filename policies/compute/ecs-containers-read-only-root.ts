// ECS containers get a read-only root filesystem. With readonlyRootFilesystem true, nothing in the
// container can change its own binaries or configuration; it writes only to the volumes mounted
// read-write (Security Hub ECS.5 fails a container where the setting is false or absent:
// https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5). Windows
// containers do not support the setting, so Windows task definitions are not judged. Hygiene that
// limits what an intruder can plant: advisory by default, mandatory in strict.json.
import { OS_FAMILY_PATH, taskOsOf } from "../aws/ecs/operating-system";
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { listContainers, offendingContainers } from "./container-settings";
import { COMPUTE_T, CONTAINER_PROPS as C } from "./types";

export const ecsContainersReadOnlyRoot = resourcePolicy<Record<string, never>>({
  name: "ecs-containers-read-only-root",
  description: "ECS task definitions give every Linux container a read-only root filesystem (readonlyRootFilesystem: true), so it writes only to the volumes mounted for it.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "compute",
  references: [
    { framework: "aws-fsbp", ids: ["ECS.5"] },
    { framework: "aws-ct", ids: ["CT.ECS.PR.6"] },
  ],
  remediationSteps:
    "Set readonlyRootFilesystem: true in each container definition; give the paths the application must write (/tmp, caches) a task volume mounted read-write through mountPoints, and register a new task definition revision.",
  types: [COMPUTE_T.ecsTaskDefinition],
  check(task, _config, judge) {
    const os = taskOsOf(task.props);
    if (os === UNKNOWN) return judge.unknown(OS_FAMILY_PATH);
    if (os === "windows") return judge.notApplicable("Windows containers do not support readonlyRootFilesystem");
    const offenders = offendingContainers(task, judge, (definition) => {
      const readOnly = readBool(definition[C.readonlyRootFilesystem]);
      if (readOnly === UNKNOWN) return { unknown: C.readonlyRootFilesystem };
      if (readOnly === true) return undefined;
      const absent = definition[C.readonlyRootFilesystem] === undefined || definition[C.readonlyRootFilesystem] === null;
      return { breaks: `${C.readonlyRootFilesystem} is ${absent ? "not set" : readOnly === false ? "false" : "not true"}` };
    });
    if (offenders.length === 0) return;
    judge.violation(
      `ECS task definition "${task.name}" lets containers write to their root filesystem: ${listContainers(offenders)}. Set readonlyRootFilesystem to true and mount a volume read-write for each path the application writes.`,
    );
  },
});
