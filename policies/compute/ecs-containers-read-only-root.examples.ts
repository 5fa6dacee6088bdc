import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TD = "aws:ecs/taskDefinition:TaskDefinition";
const IMAGE = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:2.0.1";
const fargate = (containers: unknown[], family = "LINUX") => ({
  family: "web", requiresCompatibilities: ["FARGATE"], networkMode: "awsvpc", cpu: "256", memory: "512",
  runtimePlatform: { operatingSystemFamily: family, cpuArchitecture: "X86_64" },
  volumes: [{ name: "tmp" }],
  containerDefinitions: JSON.stringify(containers),
});
const container = (name: string, extra: Record<string, unknown> = {}) => ({ name, image: IMAGE, essential: true, ...extra });
const tmpMount = { mountPoints: [{ sourceVolume: "tmp", containerPath: "/tmp", readOnly: false }] };

export const examples = policyExamples({
  policy: "ecs-containers-read-only-root",
  good: [
    {
      title: "a read-only root filesystem with /tmp on a task volume",
      resources: [{ type: TD, name: "web", props: fargate([container("web", { readonlyRootFilesystem: true, ...tmpMount })]) }],
    },
    {
      title: "a Windows task definition, where the setting does not exist (not judged)",
      resources: [{ type: TD, name: "legacy", props: fargate([container("iis")], "WINDOWS_SERVER_2022_CORE") }],
    },
  ],
  bad: [
    {
      title: "one container left writable, one explicitly writable, beside a read-only one",
      resources: [{ type: TD, name: "web", props: fargate([
        container("web", { readonlyRootFilesystem: true, ...tmpMount }),
        container("log-router"),
        container("debug-shell", { readonlyRootFilesystem: false }),
      ]) }],
      violations: ["web"],
      message: /^(?![\s\S]*container "web")[\s\S]*container "log-router" \(readonlyRootFilesystem is not set\), container "debug-shell" \(readonlyRootFilesystem is false\)/,
    },
    {
      title: "no runtimePlatform at all: judged as Linux, as Security Hub does",
      resources: [{ type: TD, name: "worker", props: { family: "worker", containerDefinitions: JSON.stringify([container("worker")]) } }],
      violations: ["worker"],
    },
  ],
  unknown: [
    {
      title: "container definitions not known during preview",
      resources: [{ type: TD, name: "web", props: { ...fargate([]), containerDefinitions: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "a writable container in a task whose operating system family is not known yet (it may be Windows)",
      resources: [{ type: TD, name: "web", props: { ...fargate([container("web")]), runtimePlatform: { operatingSystemFamily: UNKNOWN_SENTINELS.string } } }],
    },
  ],
});
