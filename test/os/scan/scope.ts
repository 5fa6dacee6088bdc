// Which CIS rules the pass rate leaves out (cis-scope.json), and why. Issue 12 allows two kinds:
// separate partitions and mount options, and probes an offline scanner cannot evaluate on a root
// filesystem. Anything else user data could fix stays in: the scope file never hides a failure.
import * as fs from "fs";
import * as path from "path";

export const SCOPE_FILE = path.join(__dirname, "cis-scope.json");
export const CATEGORIES = ["partitions-and-mount-options", "offline-probe"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Exclusion {
  /** A short rule id, or a pattern with * ("mount_option_*"). */
  rule: string;
  category: Category;
  reason: string;
}

export interface Scope {
  profile: string;
  exclusions: Exclusion[];
}

export class ScopeError extends Error {}

/** Parses and checks a scope document; every problem names the file, the entry and the field. */
export function validateScope(value: unknown, file = SCOPE_FILE): Scope {
  const fail = (where: string, why: string) => new ScopeError(`${file}: ${where} ${why}`);
  if (!value || typeof value !== "object" || Array.isArray(value)) throw fail("the document", "must be an object");
  const doc = value as Record<string, unknown>;
  if (typeof doc.profile !== "string" || !doc.profile) throw fail("profile", "must name the XCCDF profile the exclusions are for");
  if (!Array.isArray(doc.exclusions) || doc.exclusions.length === 0) throw fail("exclusions", "must be a non-empty list");
  const seen = new Set<string>();
  const exclusions = doc.exclusions.map((entry, i): Exclusion => {
    const where = `exclusions[${i}]`;
    if (!entry || typeof entry !== "object") throw fail(where, "must be an object");
    const e = entry as Record<string, unknown>;
    const known = new Set(["rule", "category", "reason"]);
    const extra = Object.keys(e).filter((k) => !known.has(k));
    if (extra.length > 0) throw fail(`${where}`, `has unknown field ${extra.join(", ")}`);
    if (typeof e.rule !== "string" || !/^[A-Za-z0-9_.*-]+$/.test(e.rule)) throw fail(`${where}.rule`, "must be a rule id or a pattern of letters, digits, _ . - and *");
    if (seen.has(e.rule)) throw fail(`${where}.rule`, `repeats "${e.rule}"`);
    seen.add(e.rule);
    if (!CATEGORIES.includes(e.category as Category)) throw fail(`${where}.category`, `must be one of ${CATEGORIES.join(", ")} (got ${JSON.stringify(e.category)})`);
    if (typeof e.reason !== "string" || e.reason.trim().length < 20) throw fail(`${where}.reason`, `must say why "${e.rule}" cannot count (20 characters or more)`);
    return { rule: e.rule, category: e.category as Category, reason: e.reason };
  });
  return { profile: doc.profile, exclusions };
}

export function loadScope(file = SCOPE_FILE): Scope {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ScopeError(`${file}: ${(error as Error).message}`);
  }
  return validateScope(raw, file);
}

function matcher(pattern: string): RegExp {
  return new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, "\\$&")).join(".*")}$`);
}

/** The exclusion that covers a rule, if any (the first that matches). */
export function exclusionFor(scope: Scope, ruleId: string): Exclusion | undefined {
  return scope.exclusions.find((e) => matcher(e.rule).test(ruleId));
}

/** Exclusions that match none of the given rules: stale entries, or a typo. */
export function unmatchedExclusions(scope: Scope, ruleIds: string[]): Exclusion[] {
  return scope.exclusions.filter((e) => !ruleIds.some((id) => matcher(e.rule).test(id)));
}
