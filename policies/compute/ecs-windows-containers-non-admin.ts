// Windows containers in ECS run as a user other than the built-in administrator. Unset, a Windows
// container runs as ContainerAdministrator, with every privilege inside it (Security Hub ECS.21
// fails a task definition when any container sets no user or "containeradministrator":
// https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-21). As ECS.21
// does, task definitions whose operatingSystemFamily is a WINDOWS_SERVER family or unset are
// judged (an unset family may run on Windows); LINUX ones are judged by ecs-containers-non-root-user.
// Hygiene: advisory by default, mandatory in strict.json.
import { OS_FAMILY_PATH, taskOsOf } from "../aws/ecs/operating-system";
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { listContainers, offendingContainers } from "./container-settings";
import { containerUserOf } from "./container-users";
import { COMPUTE_T, CONTAINER_PROPS as C } from "./types";

export const ecsWindowsContainersNonAdmin = resourcePolicy<Record<string, never>>({
  name: "ecs-windows-containers-non-admin",
  description: "ECS task definitions that run or may run Windows containers (a WINDOWS_SERVER operatingSystemFamily, or none) set each container's user to an account other than ContainerAdministrator.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "compute",
  references: [{ framework: "aws-fsbp", ids: ["ECS.21"] }],
  remediationSteps:
    "Set user in each container definition to a non-administrator account the image has (ContainerUser in Microsoft's base images); for a Linux task, set runtimePlatform.operatingSystemFamily to LINUX so it is judged as one. Register a new task definition revision.",
  types: [COMPUTE_T.ecsTaskDefinition],
  check(task, _config, judge) {
    const os = taskOsOf(task.props);
    if (os === UNKNOWN) return judge.unknown(OS_FAMILY_PATH);
    if (os === "linux") return judge.notApplicable("Linux containers are judged by ecs-containers-non-root-user");
    const offenders = offendingContainers(task, judge, (definition) => {
      const user = containerUserOf(definition[C.user]);
      if (user === UNKNOWN) return { unknown: C.user };
      if (user === "unset") return { breaks: `${C.user} is not set, so it runs as ContainerAdministrator` };
      if (user === "containeradministrator") return { breaks: `${C.user} is ContainerAdministrator` };
      return undefined;
    });
    if (offenders.length === 0) return;
    const runs = os === "unset" ? `names no ${OS_FAMILY_PATH}, so it may run Windows containers, and would run them` : "runs Windows containers";
    judge.violation(
      `ECS task definition "${task.name}" ${runs} as the administrator: ${listContainers(offenders)}. Set user to a non-administrator account such as ContainerUser (and, for Linux, ${OS_FAMILY_PATH} to LINUX).`,
    );
  },
});
