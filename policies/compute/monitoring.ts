// Detailed (one-minute) CloudWatch monitoring as each launcher spells it, with its default:
// instance `monitoring` (default false), launch template `monitoring.enabled` (default off),
// launch configuration `enableMonitoring` (default true).
import type { ResourceView } from "../lib/resource-view";
import { T } from "../aws/types";
import { UNKNOWN } from "../lib/unknown";
import { Read, at, readBool } from "../lib/values";
import { readBlock } from "../aws/read-block";

export interface MonitoringSetting {
  readonly path: string;
  readonly value: Read<boolean>;
  /** What the provider does when the property is unset. */
  readonly defaultValue: boolean;
}

export function monitoringOf(resource: ResourceView): MonitoringSetting | undefined {
  switch (resource.type) {
    case T.instance:
      return { path: "monitoring", value: readBool(resource.props.monitoring), defaultValue: false };
    case T.launchTemplate: {
      const block = readBlock(resource.props.monitoring);
      const value = block === UNKNOWN ? UNKNOWN : readBool(at(block, "enabled"));
      return { path: "monitoring.enabled", value, defaultValue: false };
    }
    case T.launchConfiguration:
      return { path: "enableMonitoring", value: readBool(resource.props.enableMonitoring), defaultValue: true };
    default:
      return undefined;
  }
}
