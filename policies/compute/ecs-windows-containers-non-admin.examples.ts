import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TD = "aws:ecs/taskDefinition:TaskDefinition";
const IMAGE = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/portal:4.1.0";
const task = (containers: unknown[], family?: string) => ({
  family: "portal", requiresCompatibilities: ["FARGATE"], networkMode: "awsvpc", cpu: "1024", memory: "2048",
  ...(family === undefined ? {} : { runtimePlatform: { operatingSystemFamily: family } }),
  containerDefinitions: JSON.stringify(containers),
});
const container = (name: string, extra: Record<string, unknown> = {}) => ({ name, image: IMAGE, essential: true, ...extra });

export const examples = policyExamples({
  policy: "ecs-windows-containers-non-admin",
  good: [
    {
      title: "a Windows container that runs as ContainerUser",
      resources: [{ type: TD, name: "portal", props: task([container("portal", { user: "ContainerUser" })], "WINDOWS_SERVER_2022_CORE") }],
    },
    {
      title: "a Linux task definition (judged by ecs-containers-non-root-user)",
      resources: [{ type: TD, name: "api", props: task([container("api")], "LINUX") }],
    },
  ],
  bad: [
    {
      title: "a Windows container with no user and one named ContainerAdministrator",
      resources: [{ type: TD, name: "portal", props: task([container("portal"), container("agent", { user: "ContainerAdministrator" })], "WINDOWS_SERVER_2019_FULL") }],
      violations: ["portal"],
      message: /container "portal" \(user is not set, so it runs as ContainerAdministrator\), container "agent" \(user is ContainerAdministrator\)/,
    },
    {
      title: "no operating system family and no user: it may run on Windows, as Security Hub judges it",
      resources: [{ type: TD, name: "reports", props: task([container("reports")]) }],
      violations: ["reports"],
      message: /names no runtimePlatform\.operatingSystemFamily/,
    },
  ],
  unknown: [
    {
      title: "container definitions not known during preview",
      resources: [{ type: TD, name: "portal", props: { ...task([], "WINDOWS_SERVER_2022_CORE"), containerDefinitions: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "an operating system family not known yet (it may be Linux)",
      resources: [{ type: TD, name: "portal", props: task([container("portal")], UNKNOWN_SENTINELS.string) }],
    },
  ],
});
