// Which VPC's default security group or network ACL each adopting resource (DefaultSecurityGroup,
// DefaultNetworkAcl) takes over: through property dependencies (works during preview, when ids
// are unknown), by the VPC's id, or by the default's id the VPC reports. One pass over the
// adopters and the VPCs, shared by the rule sets and the adoption controls.
import type { Judge } from "../../lib/judge";
import type { StackResource } from "../../lib/resource-view";
import { StackModel, memoPerStack } from "../../lib/stack-model";
import { T } from "../../aws/types";
import { isUnknown } from "../../lib/unknown";
import { readString } from "../../lib/values";
import { resourceLabel } from "../../aws/network/rule";

export interface DefaultKind {
  readonly adopterType: string;
  /** The VPC output naming its default group or ACL. */
  readonly vpcDefaultProp: string;
  /** Adopter properties through which it names its VPC. */
  readonly adopterVpcProps: readonly string[];
}

export const DEFAULT_GROUP: DefaultKind = { adopterType: T.defaultSecurityGroup, vpcDefaultProp: "defaultSecurityGroupId", adopterVpcProps: ["vpcId"] };
export const DEFAULT_ACL: DefaultKind = { adopterType: T.defaultNetworkAcl, vpcDefaultProp: "defaultNetworkAclId", adopterVpcProps: ["defaultNetworkAclId", "vpcId"] };

export interface Adoption {
  /** VPC URN → the resource adopting its default (the first, if several). */
  readonly adopterOf: ReadonlyMap<string, StackResource>;
  /** A VPC's default id (an output) → the VPC, to recognise resources that name a default by value. */
  readonly vpcByDefaultId: ReadonlyMap<string, StackResource>;
  /** Adopters that name no VPC of the stack through a value unknown during preview: which VPC they adopt is not known yet. */
  readonly unresolved: readonly StackResource[];
}

/** A known, non-empty string (not a preview unknown). */
export function knownString(value: unknown): string | undefined {
  const text = readString(value);
  return typeof text === "string" && text !== "" && !isUnknown(text) ? text : undefined;
}

function build(stack: StackModel, kind: DefaultKind): Adoption {
  const vpcByDefaultId = new Map<string, StackResource>();
  for (const vpc of stack.ofType(T.vpc)) {
    const id = knownString(vpc.props[kind.vpcDefaultProp]);
    if (id) vpcByDefaultId.set(id, vpc);
  }
  const adopterOf = new Map<string, StackResource>();
  const unresolved: StackResource[] = [];
  for (const adopter of stack.ofType(kind.adopterType)) {
    let found = false;
    for (const prop of kind.adopterVpcProps) {
      const viaValue = vpcByDefaultId.get(knownString(adopter.props[prop]) ?? "");
      for (const vpc of [...stack.referenced(adopter, prop, [T.vpc]), ...(viaValue ? [viaValue] : [])]) {
        found = true;
        if (!adopterOf.has(vpc.urn)) adopterOf.set(vpc.urn, adopter);
      }
    }
    if (!found && kind.adopterVpcProps.some((prop) => isUnknown(adopter.props[prop]))) unresolved.push(adopter);
  }
  return { adopterOf, vpcByDefaultId, unresolved };
}

/** Which VPCs of the stack have their default group or ACL adopted, and by what. */
export const adoptionOf: (stack: StackModel, kind: DefaultKind) => Adoption = memoPerStack(build);

/**
 * The VPCs of the stack whose default group or ACL no resource adopts. While an adopter's VPC is
 * unknown (preview), any of them may be the one it adopts: none is returned, and the judge is told.
 */
export function unadoptedVpcs(stack: StackModel, kind: DefaultKind, judge: Judge): StackResource[] {
  const { adopterOf, unresolved } = adoptionOf(stack, kind);
  const vpcs = stack.ofType(T.vpc).filter((vpc) => !adopterOf.has(vpc.urn));
  if (vpcs.length === 0 || unresolved.length === 0) return vpcs;
  judge.unknown(`which VPC ${resourceLabel(unresolved[0])} adopts`);
  return [];
}
