import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TD = "aws:ecs/taskDefinition:TaskDefinition";
const IMAGE = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2";
const task = (containers: unknown[]) => ({ family: "api", networkMode: "bridge", requiresCompatibilities: ["EC2"], containerDefinitions: JSON.stringify(containers) });
const container = (name: string, extra: Record<string, unknown> = {}) => ({ name, image: IMAGE, essential: true, memory: 256, ...extra });

export const examples = policyExamples({
  policy: "ecs-containers-not-privileged",
  good: [
    {
      title: "privileged false, every capability dropped",
      resources: [{ type: TD, name: "api", props: task([container("app", { privileged: false, linuxParameters: { capabilities: { drop: ["ALL"] } } })]) }],
    },
    {
      title: "containers that leave privileged unset (the default, false) and add one capability",
      resources: [{ type: TD, name: "proxy", props: task([container("envoy", { linuxParameters: { capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] } } }), container("app")]) }],
    },
  ],
  bad: [
    {
      title: "a monitoring sidecar run privileged beside an ordinary container",
      resources: [{ type: TD, name: "api", props: task([container("app"), container("node-monitor", { privileged: true })]) }],
      violations: ["api"],
      message: /^(?![\s\S]*container "app")[\s\S]*container "node-monitor" \(privileged is true\)/,
    },
    {
      title: "the flag spelled as the string \"true\", as some exports write booleans",
      resources: [{ type: TD, name: "builder", props: task([container("docker-in-docker", { privileged: "true" })]) }],
      violations: ["builder"],
    },
  ],
  unknown: [
    {
      title: "container definitions built with pulumi.jsonStringify from outputs not known during preview",
      resources: [{ type: TD, name: "api", props: { family: "api", containerDefinitions: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "a privileged flag that comes from another resource's output",
      resources: [{ type: TD, name: "agent", props: task([container("agent", { privileged: UNKNOWN_SENTINELS.boolean })]) }],
    },
  ],
});
