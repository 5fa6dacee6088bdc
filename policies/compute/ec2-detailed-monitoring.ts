// Detailed monitoring: one-minute CloudWatch metrics, so alarms on CPU, network and status
// checks notice an attack or an outage in minutes rather than in five-minute steps.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { launchedFromTemplate } from "../aws/ec2/launch-template-ref";
import { monitoringOf } from "./monitoring";
import { LAUNCH_TYPES, launchKindOf } from "../aws/ec2/launch-kinds";

export const ec2DetailedMonitoring = resourcePolicy<Record<string, never>>({
  name: "ec2-detailed-monitoring",
  description:
    "Instances and launch templates enable detailed (one-minute) CloudWatch monitoring: instance monitoring and launch template monitoring.enabled default to off; launch configuration enableMonitoring defaults to on and fails only when set to false. Advisory.",
  severity: "low",
  enforcementLevel: "advisory",
  domain: "compute",
  references: [],
  remediationSteps:
    "Set monitoring: true on aws.ec2.Instance, monitoring: { enabled: true } on aws.ec2.LaunchTemplate, and leave enableMonitoring at its default (true) on launch configurations. Detailed monitoring is billed per metric.",
  types: LAUNCH_TYPES,
  check(resource, _config, judge) {
    const setting = monitoringOf(resource);
    if (!setting) return;
    if (setting.value === UNKNOWN) return judge.unknown(setting.path);
    const effective = setting.value ?? setting.defaultValue;
    if (effective) return;
    // An instance that leaves monitoring unset takes its launch template's setting.
    if (setting.value === undefined && launchedFromTemplate(resource)) return;
    const kind = launchKindOf(resource.type) ?? "instance";
    const state = setting.value === false ? "is false" : "is not set (off by default)";
    judge.violation(`The ${kind} uses basic five-minute monitoring: ${setting.path} ${state}. Set ${setting.path} to true for one-minute CloudWatch metrics.`);
  },
});
