// What the two workload-role policies (iam-no-admin-on-workloads, iam-no-full-access-on-workloads)
// share: whether a role's trust policy lets a workload service assume it ("yes" with the services
// that may, "maybe" when it is unknown during preview, "no"), read once per role; how a grant is
// named; and their list-of-strings config.
import type { StackResource } from "../lib/resource-view";
import type { Tri } from "../lib/tri";
import { readList } from "../lib/values";
import type { RoleGrant } from "../aws/iam/role-grants";
import { normalizeServicePrincipal, trustedServices } from "../aws/iam/trust-policy";

export interface WorkloadTrust {
  tri: Tri;
  principals: string[];
}

/** A memoised reader of each role's workload trust, for the service principals in `workloadPrincipals`. */
export function workloadTrustReader(workloadPrincipals: readonly string[]): (role: StackResource) => WorkloadTrust {
  const wanted = new Set(workloadPrincipals.map(normalizeServicePrincipal));
  const cache = new Map<string, WorkloadTrust>();
  return (role) => {
    let trust = cache.get(role.urn);
    if (!trust) {
      const trusted = trustedServices(role.props.assumeRolePolicy);
      const principals = [...new Set(trusted.services.filter((s) => wanted.has(s)))];
      trust = { tri: principals.length > 0 ? "yes" : trusted.unknown ? "maybe" : "no", principals };
      cache.set(role.urn, trust);
    }
    return trust;
  };
}

/** Where a role gets a policy: "the role's managedPolicyArns", or `RolePolicyAttachment "x" (policyArn)`. */
export function viaLabel(grant: RoleGrant, role: StackResource): string {
  if (grant.via === role) return `the role's ${grant.path}`;
  return `${grant.via.type.split(":").pop()} "${grant.via.name}" (${grant.path})`;
}

/** A list-of-strings config value, or `fallback` when it is not a list. */
export function stringsOf(value: unknown, fallback: readonly string[]): string[] {
  const list = readList(value);
  if (!Array.isArray(list)) return [...fallback];
  return list.filter((v): v is string => typeof v === "string" && v.trim() !== "");
}
