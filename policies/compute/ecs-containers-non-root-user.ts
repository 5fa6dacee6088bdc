// Linux containers in ECS run as a user other than root. Root in a container holds every
// privilege inside it, and a container escape (a kernel or runtime flaw) starts from there (Security
// Hub ECS.20 fails a task definition when any container sets no user or a root one:
// https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-20). As ECS.20
// does, task definitions whose operatingSystemFamily is LINUX or unset are judged; Windows ones are
// judged by ecs-windows-containers-non-admin. Hygiene: advisory by default, mandatory in strict.json.
import { OS_FAMILY_PATH, taskOsOf } from "../aws/ecs/operating-system";
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { listContainers, offendingContainers } from "./container-settings";
import { containerUserOf } from "./container-users";
import { COMPUTE_T, CONTAINER_PROPS as C } from "./types";

export const ecsContainersNonRootUser = resourcePolicy<Record<string, never>>({
  name: "ecs-containers-non-root-user",
  description: "ECS task definitions run every Linux container as a non-root user: each container definition sets user to a name or UID other than root or 0 (with or without a group).",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "compute",
  references: [
    { framework: "aws-fsbp", ids: ["ECS.20"] },
    { framework: "aws-ct", ids: ["CT.ECS.PR.3"] },
  ],
  remediationSteps:
    "Set user in each container definition to an unprivileged user the image has, by name or UID (\"1000\" or \"1000:1000\"); create it in the image (RUN useradd, USER), give it the files and ports it needs (above 1024), and register a new task definition revision.",
  types: [COMPUTE_T.ecsTaskDefinition],
  check(task, _config, judge) {
    const os = taskOsOf(task.props);
    if (os === UNKNOWN) return judge.unknown(OS_FAMILY_PATH);
    if (os === "windows") return judge.notApplicable("Windows containers are judged by ecs-windows-containers-non-admin");
    const offenders = offendingContainers(task, judge, (definition, showValues) => {
      const user = containerUserOf(definition[C.user]);
      if (user === UNKNOWN) return { unknown: C.user };
      if (user === "unset") return { breaks: `${C.user} is not set: it runs as the image's user, root unless the image names another` };
      if (user === "root") return { breaks: showValues ? `${C.user} "${String(definition[C.user])}" is root` : `${C.user} is root` };
      return undefined;
    });
    if (offenders.length === 0) return;
    judge.violation(
      `ECS task definition "${task.name}" runs Linux containers as root: ${listContainers(offenders)}. Set user to an unprivileged user the image has, such as "1000:1000".`,
    );
  },
});
