// Which statements of a policy document grant administrator-like wildcards: every action on every
// resource (IAM.1, CIS 1.16), everything except a NotAction list on every resource, and, when
// asked, a whole service ("s3:*") on every resource (IAM.21). Each part of a statement is judged
// yes / no / maybe (maybe = unknown during preview), so an unknown never becomes a violation.
import type { PolicyDocument, Statement, Values } from "../aws/iam/policy-document";
import { grantsEveryAction, wholeServicesOf } from "../aws/iam/action-catalog";
import { Tri, allOf, anyOf } from "../lib/tri";

export type GrantKind = "all-actions" | "not-action" | "service-wildcard";

export interface WildcardGrant {
  readonly statement: number;
  readonly kind: GrantKind;
  /** For service wildcards: the action as written ("s3:*"). */
  readonly action?: string;
  /** True when the statement reaches every resource through NotResource rather than Resource "*". */
  readonly viaNotResource: boolean;
}

export interface GrantScan {
  readonly grants: readonly WildcardGrant[];
  /** Some statement might be such a grant, but a value it depends on is unknown during preview. */
  readonly unknown: boolean;
}

/**
 * "*", "*:*", or any spelling that matches every action AWS defines (AWS matches the whole
 * "service:action" string, case-insensitively, with "*" and "?" anywhere).
 */
export function isAllActions(action: string): boolean {
  if (typeof action !== "string") return false;
  if (/^\s*\*+(:\*+)?\s*$/.test(action)) return true;
  return /[*?]/.test(action.split(":")[0] ?? "") && grantsEveryAction(action);
}

/** The services an entry grants every action of: "s3:*", "IAM:*", "i?m:*" (judged on AWS's action list). */
export function wholeServices(action: string): string[] {
  if (typeof action !== "string" || isAllActions(action)) return [];
  return wholeServicesOf(action);
}

/** "s3:*", "IAM:*", "i?m:*": every action of at least one service. */
export function isServiceWildcard(action: string): boolean {
  return wholeServices(action).length > 0;
}

/** "*", or an ARN whose every part is a wildcard ("arn:aws:*:*:*:*", "arn:*"). */
export function isAllResources(resource: string): boolean {
  const text = resource.trim();
  if (text === "*") return true;
  const parts = text.split(":");
  if (parts[0] !== "arn" || parts.length < 2) return false;
  const rest = parts.slice(1);
  const partitionNamed = /^aws(-[a-z]+)*$/.test(rest[0]);
  const wild = rest.slice(partitionNamed ? 1 : 0);
  return wild.length > 0 && wild.every((p) => /^\*+$/.test(p));
}

/** Whether some value of the list passes `test`; "maybe" when none does and the list is partly unknown. */
function someValue(values: Values | undefined, test: (s: string) => boolean): Tri {
  if (!values) return "no";
  return anyOf([values.items.some(test) ? "yes" : "no", values.unknown ? "maybe" : "no"]);
}

function scopeOf(s: Statement): Tri {
  // Allow with NotResource reaches every resource but the excluded ones.
  if (s.notResource && (s.notResource.items.length > 0 || s.notResource.unknown)) return "yes";
  return someValue(s.resource, isAllResources);
}

function effectOf(s: Statement): Tri {
  if (s.effect === "allow") return "yes";
  return s.effect === "unknown" ? "maybe" : "no";
}

interface ScanOptions {
  /** Also report "service:*" actions on every resource: of any service (true), or of the services listed. */
  readonly serviceWildcards: boolean | readonly string[];
}

function reportsServiceWildcard(action: string, options: ScanOptions): boolean {
  if (options.serviceWildcards === false) return false;
  const services = wholeServices(action);
  if (options.serviceWildcards === true) return services.length > 0;
  const listed = options.serviceWildcards;
  return services.some((s) => listed.includes(s));
}

function actionGrants(s: Statement, options: ScanOptions): { kinds: Omit<WildcardGrant, "statement" | "viaNotResource">[]; tri: Tri } {
  const all = someValue(s.action, isAllActions);
  if (all === "yes") return { kinds: [{ kind: "all-actions" }], tri: "yes" };
  const kinds: Omit<WildcardGrant, "statement" | "viaNotResource">[] = [];
  if (s.notAction && (s.notAction.items.length > 0 || s.notAction.unknown)) kinds.push({ kind: "not-action" });
  if (options.serviceWildcards && s.action) {
    for (const action of s.action.items.filter((a) => reportsServiceWildcard(a, options))) kinds.push({ kind: "service-wildcard", action: action.trim() });
  }
  if (kinds.length > 0) return { kinds, tri: "yes" };
  return { kinds, tri: all };
}

export function scanWildcardGrants(doc: PolicyDocument, options: ScanOptions): GrantScan {
  if (doc.kind === "unknown") return { grants: [], unknown: true };
  if (doc.kind !== "parsed") return { grants: [], unknown: false };
  const grants: WildcardGrant[] = [];
  let unknown = false;
  for (const s of doc.statements) {
    const effect = effectOf(s);
    const scope = scopeOf(s);
    const actions = actionGrants(s, options);
    const allows = allOf([effect, scope, actions.tri]);
    if (allows === "no") continue;
    if (allows === "maybe") {
      unknown = true;
      continue;
    }
    const viaNotResource = !!s.notResource && scope === "yes" && !(s.resource?.items.some(isAllResources) ?? false);
    for (const k of actions.kinds) grants.push({ statement: s.index, viaNotResource, ...k });
  }
  return { grants, unknown };
}

/** A short description of a grant for messages; only wildcard text and indexes, never document values. */
export function describeGrant(grant: WildcardGrant): string {
  const scope = grant.viaNotResource ? "every resource outside NotResource" : 'every resource ("*")';
  switch (grant.kind) {
    case "all-actions":
      return `Statement[${grant.statement}] allows every action ("*") on ${scope}`;
    case "not-action":
      return `Statement[${grant.statement}] allows every action outside its NotAction list on ${scope}`;
    case "service-wildcard":
      return `Statement[${grant.statement}] allows every action of a service ("${grant.action}") on ${scope}`;
  }
}
