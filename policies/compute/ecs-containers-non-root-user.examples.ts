import { SECRET_SIG, SIG_KEY, UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TD = "aws:ecs/taskDefinition:TaskDefinition";
const IMAGE = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:3.2.0";
const linux = (containers: unknown[]) => ({
  family: "orders", requiresCompatibilities: ["FARGATE"], networkMode: "awsvpc", cpu: "512", memory: "1024",
  runtimePlatform: { operatingSystemFamily: "LINUX" },
  containerDefinitions: JSON.stringify(containers),
});
const container = (name: string, extra: Record<string, unknown> = {}) => ({ name, image: IMAGE, essential: true, ...extra });

export const examples = policyExamples({
  policy: "ecs-containers-non-root-user",
  good: [
    {
      title: "each container runs as an unprivileged UID, by number or by name, with or without a group",
      resources: [{ type: TD, name: "orders", props: linux([container("api", { user: "1000:1000" }), container("worker", { user: "orders" }), container("otel", { user: "10001:0" })]) }],
    },
    {
      title: "a Windows task definition (judged by ecs-windows-containers-non-admin)",
      resources: [{ type: TD, name: "legacy", props: { ...linux([container("iis")]), runtimePlatform: { operatingSystemFamily: "WINDOWS_SERVER_2022_CORE" } } }],
    },
  ],
  bad: [
    {
      title: "no user (the image's, root by default), root by name and UID 0 with a group",
      resources: [{ type: TD, name: "orders", props: linux([
        container("api", { user: "1000" }),
        container("worker"),
        container("migrate", { user: "root" }),
        container("backup", { user: "0:0" }),
      ]) }],
      violations: ["orders"],
      message: /^(?![\s\S]*container "api")[\s\S]*container "worker" \(user is not set[^)]*\), container "migrate" \(user "root" is root\), container "backup" \(user "0:0" is root\)/,
    },
    {
      title: "container definitions that arrive as a secret: the finding names containers by position, never their settings",
      resources: [{ type: TD, name: "billing", props: { ...linux([]), containerDefinitions: { [SIG_KEY]: SECRET_SIG, value: JSON.stringify([container("billing-api", { user: "root:root" })]) } } }],
      violations: ["billing"],
      message: /^(?![\s\S]*(?:billing-api|root:root))[\s\S]*containerDefinitions\[0\] \(user is root\)/,
    },
  ],
  unknown: [
    {
      title: "container definitions not known during preview",
      resources: [{ type: TD, name: "orders", props: { ...linux([]), containerDefinitions: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "a user taken from another resource's output",
      resources: [{ type: TD, name: "orders", props: linux([container("api", { user: UNKNOWN_SENTINELS.string })]) }],
    },
  ],
});
