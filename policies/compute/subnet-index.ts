// Finds the subnets a resource launches into and says whether they hand out public IPv4
// addresses. Subnets are matched through propertyDependencies (which work during preview, when
// ids are unknown) and by id or ARN; built once per stack, so lookups stay constant-time.
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { T } from "../aws/types";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { Read, readBool, readList } from "../lib/values";
import { SUBNET_TYPES } from "../aws/ec2/launch-kinds";

export interface SubnetLookup {
  readonly subnets: StackResource[];
  /** Part of the reference is unknown and no dependency says where it points. */
  readonly unknown: boolean;
  /** Nothing is named at all (no subnet: the default VPC's default subnets apply). */
  readonly absent: boolean;
}

/** Whether instances launched into the subnet get a public IPv4 address by default. */
export function mapsPublicIp(subnet: StackResource): Read<boolean> {
  const value = readBool(subnet.props.mapPublicIpOnLaunch);
  if (value !== undefined) return value;
  // A default subnet keeps AWS's default, true; a new subnet defaults to false.
  return subnet.type === T.defaultSubnet;
}

export class SubnetIndex {
  private readonly byValue = new Map<string, StackResource>();
  private readonly wanted = new Set<string>(SUBNET_TYPES);

  constructor(private readonly stack: StackModel) {
    for (const subnet of stack.ofType(...SUBNET_TYPES)) {
      for (const key of ["id", "arn"]) {
        const v = subnet.props[key];
        if (typeof v === "string" && v !== "" && !isUnknown(v)) this.byValue.set(v, subnet);
      }
    }
  }

  /**
   * The subnets named by `value` (a subnet id or a list of them) held in `prop` of `resource`:
   * through propertyDependencies first, then by id or ARN. A literal id of a subnet outside
   * the stack matches neither and is left alone.
   */
  resolve(resource: StackResource, prop: string, value: unknown): SubnetLookup {
    const viaDeps = (resource.propertyDependencies[prop] ?? [])
      .map((urn) => this.stack.byUrn(urn))
      .filter((r): r is StackResource => r !== undefined && this.wanted.has(r.type));
    if (viaDeps.length > 0) return { subnets: viaDeps, unknown: false, absent: false };
    const list = readList(value);
    if (list === UNKNOWN) return { subnets: [], unknown: true, absent: false };
    const names = (list ?? []).filter((v) => v !== "" && v !== null && v !== undefined);
    if (names.length === 0) return { subnets: [], unknown: false, absent: true };
    const found = new Set<StackResource>();
    let unknown = false;
    for (const name of names) {
      if (isUnknown(name)) unknown = true;
      else if (typeof name === "string") {
        const subnet = this.byValue.get(name);
        if (subnet) found.add(subnet);
      }
    }
    return { subnets: [...found], unknown, absent: false };
  }
}
