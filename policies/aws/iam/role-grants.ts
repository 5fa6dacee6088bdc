// Every way a stack gives a role a permissions policy, as one list of grants: attachment
// resources (RolePolicyAttachment, RolePolicyAttachmentsExclusive, PolicyAttachment), inline
// RolePolicy resources, and the role's own managedPolicyArns and inlinePolicies. References are
// resolved through propertyDependencies first (preview, unknown ids), then by value (name, id,
// ARN) through per-type indexes, so building the list is linear in the size of the stack.
import type { StackResource } from "../../lib/resource-view";
import type { StackModel } from "../../lib/stack-model";
import { isUnknown } from "../../lib/unknown";
import { isRecord } from "../../lib/values";
import { IAM } from "./types";

export type GrantedPolicy =
  /** A policy known only by ARN (AWS managed, or defined outside the stack). */
  | { readonly kind: "arn"; readonly arn: string }
  /** A customer-managed aws:iam/policy:Policy of this stack. */
  | { readonly kind: "resource"; readonly resource: StackResource }
  /** An inline policy document. */
  | { readonly kind: "document"; readonly document: unknown; readonly name?: string }
  /** The policy reference is unknown during preview. */
  | { readonly kind: "unknown" };

export interface RoleGrant {
  /** The resource that makes the grant (and carries the violation). */
  readonly via: StackResource;
  /** Where in `via` the grant is made, for messages ("policyArns[1]", "inlinePolicies[0]"). */
  readonly path: string;
  readonly roles: readonly StackResource[];
  /** The role reference is unknown during preview and matched no role through dependencies. */
  readonly roleUnknown: boolean;
  readonly policy: GrantedPolicy;
}

type Index = Map<string, StackResource>;

function indexBy(resources: readonly StackResource[], props: readonly string[]): Index {
  const index: Index = new Map();
  for (const r of resources) {
    for (const p of props) {
      const v = r.props[p];
      if (typeof v === "string" && v !== "" && !isUnknown(v) && !index.has(v)) index.set(v, r);
    }
  }
  return index;
}

interface Resolved {
  readonly found: StackResource[];
  /** Values that are known strings but match no resource of the stack. */
  readonly external: string[];
  readonly unknown: boolean;
}

/** Resolves a reference property (one value or a list) to resources of one type. */
function resolve(stack: StackModel, from: StackResource, prop: string, type: string, index: Index): Resolved {
  const viaDeps = (from.propertyDependencies[prop] ?? [])
    .map((urn) => stack.byUrn(urn))
    .filter((r): r is StackResource => r !== undefined && r.type === type);
  const raw = from.props[prop];
  const values = isUnknown(raw) ? [raw] : Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  const found = [...viaDeps];
  const external: string[] = [];
  let unknown = false;
  for (const v of values) {
    if (isUnknown(v)) {
      // An unknown value that came from a resource of the right type is already in viaDeps.
      if (viaDeps.length === 0) unknown = true;
      continue;
    }
    if (typeof v !== "string" || v === "") continue;
    const hit = index.get(v);
    if (hit) {
      if (!found.includes(hit)) found.push(hit);
    } else {
      // A known value matching nothing in the stack: a policy defined elsewhere (judged by its ARN),
      // or the output of a dependency the stack holds only as inputs (an ARN no list forbids).
      external.push(v);
    }
  }
  return { found, external, unknown };
}

function policiesOf(resolved: Resolved): GrantedPolicy[] {
  const out: GrantedPolicy[] = resolved.found.map((resource) => ({ kind: "resource", resource }) as const);
  for (const arn of resolved.external) out.push({ kind: "arn", arn });
  if (resolved.unknown) out.push({ kind: "unknown" });
  return out;
}

export function roleGrants(stack: StackModel): RoleGrant[] {
  const roles = stack.ofType(IAM.role);
  const roleIndex = indexBy(roles, ["name", "id", "arn"]);
  const policyIndex = indexBy(stack.ofType(IAM.policy), ["arn", "id"]);
  const grants: RoleGrant[] = [];
  const add = (via: StackResource, path: string, target: Resolved, policies: GrantedPolicy[]) => {
    for (const policy of policies) grants.push({ via, path, roles: target.found, roleUnknown: target.unknown, policy });
  };

  for (const a of stack.ofType(IAM.rolePolicyAttachment)) {
    add(a, "policyArn", resolve(stack, a, "role", IAM.role, roleIndex), policiesOf(resolve(stack, a, "policyArn", IAM.policy, policyIndex)));
  }
  for (const a of stack.ofType(IAM.rolePolicyAttachmentsExclusive)) {
    add(a, "policyArns", resolve(stack, a, "roleName", IAM.role, roleIndex), policiesOf(resolve(stack, a, "policyArns", IAM.policy, policyIndex)));
  }
  for (const a of stack.ofType(IAM.policyAttachment)) {
    add(a, "policyArn", resolve(stack, a, "roles", IAM.role, roleIndex), policiesOf(resolve(stack, a, "policyArn", IAM.policy, policyIndex)));
  }
  for (const p of stack.ofType(IAM.rolePolicy)) {
    const name = typeof p.props.name === "string" && !isUnknown(p.props.name) ? p.props.name : undefined;
    add(p, "policy", resolve(stack, p, "role", IAM.role, roleIndex), [{ kind: "document", document: p.props.policy, name }]);
  }
  for (const role of roles) {
    const self: Resolved = { found: [role], external: [], unknown: false };
    add(role, "managedPolicyArns", self, policiesOf(resolve(stack, role, "managedPolicyArns", IAM.policy, policyIndex)));
    const inline = role.props.inlinePolicies;
    if (isUnknown(inline)) add(role, "inlinePolicies", self, [{ kind: "unknown" }]);
    else if (Array.isArray(inline)) {
      inline.forEach((entry, i) => {
        if (isUnknown(entry)) add(role, `inlinePolicies[${i}]`, self, [{ kind: "unknown" }]);
        else if (isRecord(entry)) {
          const name = typeof entry.name === "string" && !isUnknown(entry.name) ? entry.name : undefined;
          add(role, `inlinePolicies[${i}]`, self, [{ kind: "document", document: entry.policy, name }]);
        }
      });
    }
  }
  return grants;
}
