// Which managed policies each role of the stack carries, gathered once from every way a policy
// can be attached: Role.managedPolicyArns, RolePolicyAttachment, RolePolicyAttachmentsExclusive
// and PolicyAttachment. Attachments find their role through propertyDependencies first, then by
// name or ARN. One pass over the attachments, so lookups stay constant-time.
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { readList, readString } from "../lib/values";
import { P } from "./types";

export type Carries = "yes" | "no" | "unknown";

interface RolePolicies {
  readonly arns: Set<string>;
  /** Some attachment's policy ARN is unknown during preview. */
  unknownArns: boolean;
}

/** Managed policy ARNs compared without their partition (aws, aws-cn, aws-us-gov). */
export function normalisedArn(arn: string): string {
  return arn.trim().replace(/^arn:aws(?:-[a-z]+)*:/, "arn:aws:");
}

export class RolePolicyIndex {
  private readonly byRole = new Map<string, RolePolicies>();
  /** Attachments whose role is unknown during preview and linked by no dependency. */
  private unattributed = false;

  constructor(private readonly stack: StackModel) {
    for (const role of stack.ofType(P.role)) this.add([role], role.props.managedPolicyArns, true);
    for (const a of stack.ofType(P.rolePolicyAttachment)) {
      this.add(this.roles(a, "role", a.props.role), [a.props.policyArn], isUnknown(a.props.role));
    }
    for (const a of stack.ofType(P.rolePolicyAttachmentsExclusive)) {
      this.add(this.roles(a, "roleName", a.props.roleName), a.props.policyArns, isUnknown(a.props.roleName));
    }
    for (const a of stack.ofType(P.policyAttachment)) {
      const names = readList(a.props.roles);
      const roles = names === UNKNOWN ? this.roles(a, "roles", UNKNOWN) : (names ?? []).flatMap((n) => this.roles(a, "roles", n));
      const roleUnknown = names === UNKNOWN || (names ?? []).some((n) => isUnknown(n));
      this.add(roles, [a.props.policyArn], roleUnknown);
    }
  }

  private roles(attachment: StackResource, prop: string, value: unknown): StackResource[] {
    return this.stack.referenced(attachment, prop, [P.role], isUnknown(value) ? undefined : value);
  }

  private add(roles: StackResource[], arnsValue: unknown, roleUnknown: boolean): void {
    const list = readList(arnsValue);
    if (roles.length === 0) {
      if (roleUnknown) this.unattributed = true;
      return;
    }
    for (const role of roles) {
      let entry = this.byRole.get(role.urn);
      if (!entry) {
        entry = { arns: new Set(), unknownArns: false };
        this.byRole.set(role.urn, entry);
      }
      if (list === UNKNOWN) entry.unknownArns = true;
      for (const item of list === UNKNOWN ? [] : list ?? []) {
        const arn = readString(item);
        if (arn === UNKNOWN) entry.unknownArns = true;
        else if (typeof arn === "string" && arn !== "") entry.arns.add(normalisedArn(arn));
      }
    }
  }

  /** Whether the role carries one of the accepted policies. */
  carries(role: StackResource, accepted: ReadonlySet<string>): Carries {
    const entry = this.byRole.get(role.urn);
    if (entry && [...entry.arns].some((arn) => accepted.has(arn))) return "yes";
    if (entry?.unknownArns || this.unattributed) return "unknown";
    return "no";
  }
}
