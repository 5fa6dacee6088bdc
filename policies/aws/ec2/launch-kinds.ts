// Type tokens the compute controls judge, and how to name each launch source in a message.
// Instances, launch templates and launch configurations are three spellings of one idea (what an
// EC2 instance boots with), so most compute controls judge all three.
import { T } from "../types";

export const LAUNCH_TYPES = [T.instance, T.launchTemplate, T.launchConfiguration] as const;
export const SUBNET_TYPES = [T.subnet, T.defaultSubnet] as const;
export const AUTOSCALING_GROUP = "aws:autoscaling/group:Group";

export type LaunchKind = "instance" | "launch template" | "launch configuration";

export function launchKindOf(type: string): LaunchKind | undefined {
  switch (type) {
    case T.instance:
      return "instance";
    case T.launchTemplate:
      return "launch template";
    case T.launchConfiguration:
      return "launch configuration";
    default:
      return undefined;
  }
}
