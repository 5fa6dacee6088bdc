// Where an instance, launch template or launch configuration asks for a public IPv4 address:
// instance and launch configuration `associatePublicIpAddress` (boolean), launch template
// `networkInterfaces[].associatePublicIpAddress` (a string in v7: "true"/"false").
import type { ResourceView } from "../lib/resource-view";
import { T } from "../aws/types";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { Read, at, readBool, readList } from "../lib/values";

export interface PublicIpSetting {
  /** Property path, for messages. */
  readonly path: string;
  /** true: asks for a public address; false: refuses one; undefined: leaves it to the subnet. */
  readonly value: Read<boolean>;
}

export interface PublicIpSettings {
  readonly settings: PublicIpSetting[];
  /** The interface list itself is unknown during preview. */
  readonly listUnknown: boolean;
}

export function publicIpSettings(resource: ResourceView): PublicIpSettings {
  if (resource.type === T.launchTemplate) {
    const list = readList(resource.props.networkInterfaces);
    if (list === UNKNOWN) return { settings: [], listUnknown: true };
    const settings = (list ?? []).map((iface, i): PublicIpSetting => ({
      path: `networkInterfaces[${i}].associatePublicIpAddress`,
      value: isUnknown(iface) ? UNKNOWN : readBool(at(iface, "associatePublicIpAddress")),
    }));
    return { settings, listUnknown: false };
  }
  if (resource.type === T.instance || resource.type === T.launchConfiguration) {
    return { settings: [{ path: "associatePublicIpAddress", value: readBool(resource.props.associatePublicIpAddress) }], listUnknown: false };
  }
  return { settings: [], listUnknown: false };
}

/** How a launch source stands on public addresses, all its settings taken together. */
export type PublicIpStance = "requests" | "refuses" | "subnet-decides" | "unknown";

export function publicIpStance(resource: ResourceView): PublicIpStance {
  const { settings, listUnknown } = publicIpSettings(resource);
  if (settings.some((s) => s.value === true)) return "requests";
  if (listUnknown || settings.some((s) => s.value === UNKNOWN)) return "unknown";
  if (settings.some((s) => s.value === false)) return "refuses";
  return "subnet-decides";
}
