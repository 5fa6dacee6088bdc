// Which Allow statements grant actions of some access levels on every resource ("*") although
// those actions support resource-level permissions, so the grant could name ARNs (Checkov
// CKV_AWS_355, CKV_AWS_289, CKV_AWS_290). Actions are expanded through AWS's service
// authorization data (aws/iam/action-catalog.ts), so "s3:Put*", "S3:put*" and "s?:PutObject"
// are judged by what they really grant. Statements with a Condition are left alone: a condition
// (aws:ResourceTag, aws:RequestedRegion, ...) can be the constraint these checks ask for.
import { type AccessLevel, type ActionInfo, expandAction } from "../aws/iam/action-catalog";
import { type PolicyDocument, type Statement } from "../aws/iam/policy-document";
import { Tri, allOf, anyOf } from "../lib/tri";
import { isAllActions, isAllResources } from "./wildcard-grants";

export interface AllResourceGrant {
  readonly statement: number;
  /** The granted actions (catalog spelling), sorted. */
  readonly actions: readonly string[];
}

export interface AllResourceScan {
  readonly grants: readonly AllResourceGrant[];
  readonly unknown: boolean;
}

export interface LevelFilter {
  /** An action counts when it has one of these access levels... */
  readonly levels: readonly AccessLevel[];
  /** ...and none of these (so two controls never report the same action). */
  readonly exceptLevels?: readonly AccessLevel[];
}

function counts(info: ActionInfo, filter: LevelFilter): boolean {
  if (!info.resourceLevel) return false;
  if (filter.exceptLevels?.some((l) => info.accessLevels.includes(l))) return false;
  return filter.levels.some((l) => info.accessLevels.includes(l));
}

function onEveryResource(s: Statement): Tri {
  if (!s.resource) return "no";
  return anyOf([s.resource.items.some(isAllResources) ? "yes" : "no", s.resource.unknown ? "maybe" : "no"]);
}

function effectOf(s: Statement): Tri {
  return s.effect === "allow" ? "yes" : s.effect === "unknown" ? "maybe" : "no";
}

function hasCondition(s: Statement): boolean {
  return s.condition !== undefined && s.condition !== null;
}

export function scanAllResourceGrants(doc: PolicyDocument, filter: LevelFilter): AllResourceScan {
  if (doc.kind === "unknown") return { grants: [], unknown: true };
  if (doc.kind !== "parsed") return { grants: [], unknown: false };
  const grants: AllResourceGrant[] = [];
  let unknown = false;
  for (const s of doc.statements) {
    // NotAction and "*" are iam-no-wildcard-admin's findings; a Condition may be the constraint.
    if (!s.action || hasCondition(s)) continue;
    const scope = allOf([effectOf(s), onEveryResource(s)]);
    if (scope === "no") continue;
    const granted = new Set<string>();
    for (const pattern of s.action.items) {
      if (isAllActions(pattern)) continue;
      for (const info of expandAction(pattern)) if (counts(info, filter)) granted.add(info.action);
    }
    if (granted.size === 0) {
      if (s.action.unknown) unknown = true;
      continue;
    }
    if (scope === "maybe") {
      unknown = true;
      continue;
    }
    grants.push({ statement: s.index, actions: [...granted].sort() });
  }
  return { grants, unknown };
}

/** "s3:PutObject, s3:DeleteObject and 12 more": a few catalog names, never document text. */
export function describeActions(actions: readonly string[], shown = 3): string {
  const head = actions.slice(0, shown).join(", ");
  return actions.length > shown ? `${head} and ${actions.length - shown} more` : head;
}
