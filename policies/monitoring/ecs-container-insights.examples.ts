import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CLUSTER = "aws:ecs/cluster:Cluster";

export const examples = policyExamples({
  policy: "ecs-container-insights",
  good: [
    {
      title: "a cluster with enhanced observability",
      resources: [{ type: CLUSTER, name: "apps", props: { settings: [{ name: "containerInsights", value: "enhanced" }] } }],
    },
    {
      title: "a cluster with Container Insights enabled",
      resources: [{ type: CLUSTER, name: "jobs", props: { settings: [{ name: "containerInsights", value: "enabled" }] } }],
    },
  ],
  bad: [
    {
      title: "a cluster without settings takes the account default (disabled)",
      resources: [{ type: CLUSTER, name: "apps", props: {} }],
      violations: ["apps"],
      message: /ECS cluster "apps" collects no Container Insights \(no containerInsights setting, so the account default applies/,
    },
    {
      title: "Container Insights turned off",
      resources: [{ type: CLUSTER, name: "jobs", props: { settings: [{ name: "containerInsights", value: "disabled" }] } }],
      violations: ["jobs"],
      message: /containerInsights is disabled/,
    },
  ],
  unknown: [
    {
      title: "the setting's value computed during preview",
      resources: [{ type: CLUSTER, name: "apps", props: { settings: [{ name: "containerInsights", value: UNKNOWN_SENTINELS.string }] } }],
    },
  ],
});
