// The identity policy documents one resource holds: the `policy` of a managed policy or of a
// role, user or group inline policy, and each entry of a role's inlinePolicies. Unknown entries
// come back as `unknown`, so a control can say what it could not judge.
import type { ResourceView } from "../lib/resource-view";
import { isUnknown } from "../lib/unknown";
import { readString } from "../lib/values";
import { IAM } from "../aws/iam/types";

/** The resource types whose `policy` property is an identity policy document. */
export const DOCUMENT_TYPES: readonly string[] = [IAM.policy, IAM.rolePolicy, IAM.userPolicy, IAM.groupPolicy];

export type HeldDocument =
  | { readonly kind: "document"; readonly where: string; readonly document: unknown }
  | { readonly kind: "unknown"; readonly where: string };

export function identityDocumentsOf(resource: ResourceView): HeldDocument[] {
  if (resource.type !== IAM.role) return [{ kind: "document", where: "policy", document: resource.props.policy }];
  const list = resource.props.inlinePolicies;
  if (isUnknown(list)) return [{ kind: "unknown", where: "inlinePolicies" }];
  if (!Array.isArray(list)) return [];
  const out: HeldDocument[] = [];
  list.forEach((entry, i) => {
    if (isUnknown(entry)) {
      out.push({ kind: "unknown", where: `inlinePolicies[${i}]` });
      return;
    }
    if (entry === null || typeof entry !== "object") return;
    const record = entry as Record<string, unknown>;
    const name = readString(record.name);
    const where = typeof name === "string" && name !== "" ? `inlinePolicies[${i}] ("${name}")` : `inlinePolicies[${i}]`;
    out.push({ kind: "document", where, document: record.policy });
  });
  return out;
}
