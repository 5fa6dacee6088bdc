// Which AWS service principals a role's trust policy (assumeRolePolicy) lets assume the role.
// Service principals are compared lower-case and without the ".cn" suffix some services use in
// the China partitions ("ec2.amazonaws.com.cn"), so one configured name covers every partition.
import { isUnknown } from "../../lib/unknown";
import { isRecord } from "../../lib/values";
import { parsePolicyDocument, valuesOf } from "./policy-document";

export function normalizeServicePrincipal(principal: string): string {
  return principal.trim().toLowerCase().replace(/\.cn$/, "");
}

export interface TrustedServices {
  /** Normalised service principals that an Allow statement lets call sts:AssumeRole. */
  readonly services: readonly string[];
  /** Part of the trust policy is unknown during preview, so more principals may be trusted. */
  readonly unknown: boolean;
}

function isAssumeAction(action: string): boolean {
  return /^\s*(\*|\*:\*|sts:\*|sts:AssumeRole)\s*$/i.test(action);
}

export function trustedServices(assumeRolePolicy: unknown): TrustedServices {
  const doc = parsePolicyDocument(assumeRolePolicy);
  if (doc.kind === "unknown") return { services: [], unknown: true };
  if (doc.kind !== "parsed") return { services: [], unknown: false };
  const services: string[] = [];
  let unknown = false;
  for (const s of doc.statements) {
    if (s.effect === "deny" || s.effect === undefined) continue;
    const actions = s.action;
    const assumes = actions ? actions.items.some(isAssumeAction) : false;
    if (!assumes && !actions?.unknown) continue;
    const principal = s.principal;
    if (isUnknown(principal)) {
      unknown = true;
      continue;
    }
    if (!isRecord(principal)) continue;
    const named = valuesOf(principal.Service);
    if (!named) continue;
    // An unknown effect, action or principal list means the statement may trust more than we can see.
    if (s.effect === "unknown" || !assumes || named.unknown) unknown = true;
    if (s.effect === "allow" && assumes) services.push(...named.items.map(normalizeServicePrincipal));
  }
  return { services, unknown };
}
