// ecs-container-insights: ECS clusters collect Container Insights metrics (ECS.12), the
// per-task CPU, memory, network and restart data an investigation needs. A cluster without a
// containerInsights setting takes the account's default, which is disabled unless the account
// setting was changed (ECS Developer Guide, "Monitor Amazon ECS containers using Container
// Insights"); "enhanced" adds task- and container-level detail and satisfies ECS.12 too.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { isRecord, readList, readString } from "../lib/values";
import { ECS_CLUSTER_PROPS as P, MON } from "./types";

export const ecsContainerInsights = resourcePolicy<Record<string, never>>({
  name: "ecs-container-insights",
  description: "ECS clusters turn on Container Insights (a settings entry containerInsights with value enabled or enhanced).",
  severity: "low",
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["ECS.12"] }],
  remediationSteps:
    'Add settings: [{ name: "containerInsights", value: "enhanced" }] (or "enabled") to the aws.ecs.Cluster. Setting the account ' +
    "default (aws.ecs.AccountSettingDefault containerInsights) also covers clusters created later, but only this setting is judged here.",
  types: [MON.ecsCluster],
  check(cluster, _config, judge) {
    const settings = readList(cluster.props[P.settings]);
    if (settings === UNKNOWN) return judge.unknown(P.settings);
    let value: unknown;
    for (const s of settings ?? []) {
      if (isUnknown(s)) return judge.unknown(P.settings);
      if (!isRecord(s)) continue;
      const name = readString(s.name);
      if (isUnknown(name)) return judge.unknown(`${P.settings}[].name`);
      if (typeof name === "string" && name.trim() === "containerInsights") value = s.value;
    }
    const v = readString(value);
    if (isUnknown(v)) return judge.unknown(`${P.settings}[containerInsights].value`);
    const text = typeof v === "string" ? v.trim().toLowerCase() : undefined;
    if (text === "enabled" || text === "enhanced") return;
    const why = text === undefined ? "no containerInsights setting, so the account default applies, disabled unless changed" : "containerInsights is disabled";
    judge.violation(`ECS cluster "${cluster.name}" collects no Container Insights (${why}). Add settings [{ name: "containerInsights", value: "enhanced" }].`);
  },
});
