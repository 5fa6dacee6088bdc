// The stack's IAM graph, built once per stack and shared by every domain: each grant of a
// permissions policy to a role (role-grants.ts), indexed by role, and the managed policies a
// role carries. Identity judges what the grants allow; patching asks whether a role carries
// the SSM core policy.
import type { StackResource } from "../../lib/resource-view";
import { type StackModel, perStack } from "../../lib/stack-model";
import { Tri, some } from "../../lib/tri";
import { isUnknown } from "../../lib/unknown";
import { GrantedPolicy, RoleGrant, roleGrants } from "./role-grants";

/** Managed policy ARNs compared without their partition (aws, aws-cn, aws-us-gov). */
export function normalisedArn(arn: string): string {
  return arn.trim().replace(/^arn:aws(?:-[a-z]+)*:/, "arn:aws:");
}

export class IamGraph {
  readonly grants: readonly RoleGrant[];
  private readonly byRole = new Map<string, RoleGrant[]>();
  /** Some grant's role is unknown during preview and linked by no dependency: it may be any role. */
  readonly unattributed: boolean;

  constructor(stack: StackModel) {
    this.grants = roleGrants(stack);
    let unattributed = false;
    for (const grant of this.grants) {
      if (grant.roles.length === 0 && grant.roleUnknown) unattributed = true;
      for (const role of grant.roles) {
        const list = this.byRole.get(role.urn);
        if (list) list.push(grant);
        else this.byRole.set(role.urn, [grant]);
      }
    }
    this.unattributed = unattributed;
  }

  grantsTo(role: StackResource): readonly RoleGrant[] {
    return this.byRole.get(role.urn) ?? [];
  }

  /** Whether `role` carries one of the `accepted` managed policies (ARNs normalised with normalisedArn). */
  carriesManagedPolicy(role: StackResource, accepted: ReadonlySet<string>): Tri {
    const carried = some(this.grantsTo(role), (grant) => isAccepted(grant.policy, accepted));
    return carried === "no" && this.unattributed ? "maybe" : carried;
  }
}

function isAccepted(policy: GrantedPolicy, accepted: ReadonlySet<string>): Tri {
  if (policy.kind === "unknown") return "maybe";
  if (policy.kind === "document") return "no";
  const arn = policy.kind === "arn" ? policy.arn : policy.resource.props.arn;
  if (isUnknown(arn)) return "maybe";
  return typeof arn === "string" && accepted.has(normalisedArn(arn)) ? "yes" : "no";
}

/** The stack's IAM graph, built on first use. */
export const iamGraphOf = perStack((stack: StackModel): IamGraph => new IamGraph(stack));
