// ECS task definitions do not use the host's network. With networkMode "host", the containers use
// the instance's network stack itself: they can impersonate the host and reach services it binds to
// loopback only (Security Hub ECS.17:
// https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-17; ECS Best
// Practices, "host network mode":
// https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-networkmode-host.html).
// That includes the instance metadata service: the IMDS hop limit of 1 that keeps bridge-mode
// containers from the instance role's credentials does not stop them, their packets leave from the
// host itself. So it is a path to compromise, mandatory. Fargate requires awsvpc; EC2 tasks
// default to bridge.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { sharesHost } from "./host-namespace";
import { COMPUTE_T, TASK_DEFINITION_PROPS as P } from "./types";

export const ecsTaskNoHostNetwork = resourcePolicy<Record<string, never>>({
  name: "ecs-task-no-host-network",
  description: "ECS task definitions do not put their containers on the host's network: networkMode is awsvpc, bridge or none, never \"host\".",
  severity: "medium",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [{ framework: "aws-fsbp", ids: ["ECS.17"] }],
  remediationSteps:
    "Set networkMode to \"awsvpc\" (each task gets its own network interface and security groups) or \"bridge\", map the container ports the service needs, and register a new task definition revision.",
  types: [COMPUTE_T.ecsTaskDefinition],
  check(task, _config, judge) {
    const host = sharesHost(task.props[P.networkMode]);
    if (host === UNKNOWN) judge.unknown(P.networkMode);
    else if (host) {
      judge.violation(`ECS task definition "${task.name}" puts its containers on the host's network (${P.networkMode} is "host"): they can reach the instance's loopback-only services and act as the host. Set ${P.networkMode} to "awsvpc".`);
    }
  },
});
