// ECS services on Fargate run on the latest platform version of their operating system, which
// carries the current kernel, container runtime and agent patches (ECS Developer Guide, "Fargate
// platform versions"). Left unset, platformVersion is LATEST; a pinned older version keeps its tasks
// on unpatched layers. The newest Linux version is 1.4.0, the newest (and only) Windows one 1.0.0,
// so a pinned 1.0.0 is judged by the task definition's runtimePlatform: a stack policy, to read it.
import { StackControl, stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { UNKNOWN, Unknown } from "../lib/unknown";
import { readString } from "../lib/values";
import { OS_FAMILY_PATH, taskOsOf } from "../aws/ecs/operating-system";
import { TASK_DEFINITION_TYPE } from "../aws/ecs/types";
import { ECS_SERVICE_PROPS as P, S } from "./service-types";

/** The newest version of each OS family's platform. */
const LATEST_LINUX = "1.4.0";
const LATEST_WINDOWS = "1.0.0";

const control: StackControl<Record<string, never>> = {
  name: "ecs-fargate-latest-platform",
  description: `ECS services on Fargate run on the latest platform version: platformVersion is unset or "LATEST", or the newest version of the task's operating system ("${LATEST_LINUX}" for Linux, "${LATEST_WINDOWS}" for Windows). Services with launchType EC2 or EXTERNAL are not judged.`,
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "patching",
  references: [{ framework: "aws-fsbp", ids: ["ECS.10"] }],
  remediationSteps: 'Remove platformVersion from the service, or set platformVersion: "LATEST", so new deployments run on the current Fargate platform.',
  types: [S.ecsService],
  check(stack, _config, judge) {
    for (const service of stack.ofType(S.ecsService)) {
      const launchType = readString(service.props[P.launchType]);
      if (launchType === UNKNOWN) {
        judge.unknown(`${service.name} ${P.launchType}`);
        continue;
      }
      if (launchType !== undefined && ["EC2", "EXTERNAL"].includes(launchType.trim().toUpperCase())) continue;
      const version = readString(service.props[P.platformVersion]);
      if (version === UNKNOWN) {
        judge.unknown(`${service.name} ${P.platformVersion}`);
        continue;
      }
      const pinned = version?.trim().toUpperCase() ?? "";
      if (pinned === "" || pinned === "LATEST" || pinned === LATEST_LINUX) continue;
      if (pinned === LATEST_WINDOWS) {
        const windows = runsWindows(stack, service);
        if (windows === true) continue;
        if (windows === UNKNOWN) {
          judge.unknown(`${service.name} ${P.taskDefinition}.${OS_FAMILY_PATH}`);
          continue;
        }
        if (windows === undefined) {
          judge.notApplicable(`a service pinned to ${LATEST_WINDOWS} whose task definition the stack does not create is not judged: ${LATEST_WINDOWS} is the latest version for Windows tasks`);
          continue;
        }
      }
      // platformVersion applies to Fargate only, so a service that sets it runs there.
      const shown = /^\d+\.\d+\.\d+$/.test(version!.trim()) ? version!.trim() : "a pinned version";
      judge.violation(`ECS service "${service.name}" pins Fargate platformVersion ${shown}, older than the latest. Remove platformVersion or set it to "LATEST".`, service.urn);
    }
  },
};

/** Whether the service's task definition runs Windows; undefined when the stack does not create it. */
function runsWindows(stack: StackModel, service: StackResource): boolean | Unknown | undefined {
  const [task] = stack.referenced(service, P.taskDefinition, [TASK_DEFINITION_TYPE]);
  if (!task) return readString(service.props[P.taskDefinition]) === UNKNOWN ? UNKNOWN : undefined;
  const os = taskOsOf(task.props);
  return os === UNKNOWN ? UNKNOWN : os === "windows";
}

export const ecsFargateLatestPlatform = stackPolicy(control);
