// Whether a resource-policy statement names every principal: `Principal: "*"`, `{ AWS: "*" }`
// (alone or in a list), or a NotPrincipal, which names everyone but the principals it lists.
// Service, CanonicalUser and Federated principals are fixed principals, never everyone
// (IAM User Guide, "AWS JSON policy elements: Principal" and "NotPrincipal").
import { Tri, some } from "../../lib/tri";
import { isUnknown } from "../../lib/unknown";
import { isRecord } from "../../lib/values";
import type { Statement } from "./policy-document";

function isStar(value: unknown): Tri {
  if (isUnknown(value)) return "maybe";
  return typeof value === "string" && value.trim() === "*" ? "yes" : "no";
}

function principalIsEveryone(principal: unknown): Tri {
  if (isUnknown(principal)) return "maybe";
  if (typeof principal === "string") return isStar(principal);
  if (!isRecord(principal)) return "no";
  const aws = principal.AWS;
  return some(Array.isArray(aws) ? aws : [aws], isStar);
}

/** "yes" when the statement applies to everyone, "maybe" when that hangs on a preview unknown. */
export function namesEveryone(statement: Statement): Tri {
  if (statement.notPrincipal !== undefined && statement.notPrincipal !== null) return "yes";
  return principalIsEveryone(statement.principal);
}
