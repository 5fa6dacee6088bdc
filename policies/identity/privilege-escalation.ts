// Privilege-escalation actions on every resource (data/privilege-escalation-actions.json, with its
// source): a principal allowed one of them on Resource "*" can make itself administrator, so
// iam-no-admin-on-workloads counts the grant as administrator access. Entries are expanded
// through AWS's action list, so "iam:Put*Policy", "IAM:attachrolepolicy" and "i?m:AttachRole*"
// are recognised; a statement with a Condition is left alone (it may pin the targets).
import table from "./data/privilege-escalation-actions.json";
import { expandAction } from "../aws/iam/action-catalog";
import type { PolicyDocument } from "../aws/iam/policy-document";
import { Tri, allOf, anyOf } from "../lib/tri";
import { isAllResources } from "./wildcard-grants";

const raw = table as Record<string, unknown>;
export const ESCALATION_ACTIONS: readonly string[] = Array.isArray(raw.actions) ? raw.actions.filter((a): a is string => typeof a === "string") : [];
export const ESCALATION_SOURCE = typeof raw.source === "string" ? raw.source : "";

export interface EscalationScan {
  /** The first statement found, and the escalation actions it grants (catalog spelling). */
  readonly found?: { readonly statement: number; readonly actions: readonly string[] };
  readonly unknown: boolean;
}

export function scanEscalation(doc: PolicyDocument, escalating: readonly string[]): EscalationScan {
  if (doc.kind === "unknown") return { unknown: true };
  if (doc.kind !== "parsed") return { unknown: false };
  const wanted = new Set(escalating.map((a) => a.trim().toLowerCase()));
  let unknown = false;
  for (const s of doc.statements) {
    if (!s.action || (s.condition !== undefined && s.condition !== null)) continue;
    const effect: Tri = s.effect === "allow" ? "yes" : s.effect === "unknown" ? "maybe" : "no";
    const scope: Tri = s.resource ? anyOf([s.resource.items.some(isAllResources) ? "yes" : "no", s.resource.unknown ? "maybe" : "no"]) : "no";
    const where = allOf([effect, scope]);
    if (where === "no") continue;
    const granted = new Set<string>();
    for (const pattern of s.action.items) for (const info of expandAction(pattern)) if (wanted.has(info.action.toLowerCase())) granted.add(info.action);
    if (granted.size === 0) {
      if (s.action.unknown) unknown = true;
      continue;
    }
    if (where === "maybe") {
      unknown = true;
      continue;
    }
    return { found: { statement: s.index, actions: [...granted].sort() }, unknown };
  }
  return { unknown };
}
