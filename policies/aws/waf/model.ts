// One model of "which managed rule groups does a web ACL run, and do they block": inline `rules`,
// the raw `ruleJson` (AWS API shape, PascalCase), v7 standalone WebAclRule resources and v7
// WebAclRuleGroupAssociation resources all become the same ManagedGroupUse. Policies judge uses;
// they never parse WAF shapes themselves.
import type { StackResource } from "../../lib/resource-view";
import type { StackModel } from "../../lib/stack-model";
import { UNKNOWN, Unknown, isUnknown } from "../../lib/unknown";
import { isRecord } from "../../lib/values";
import { KNOWN_MANAGED_RULES } from "./managed-rule-groups";
import { WAF_PROPS, WAF_RULE_GROUP_ASSOCIATION_PROPS, WAF_RULE_PROPS, WAF_T } from "./types";

export interface ManagedGroupUse {
  readonly vendor: string;
  readonly name: string;
  /** True when the group only counts (overrideAction count, or every known rule overridden to count). */
  readonly counting: boolean | Unknown;
  /** Where the use was found, for messages: "rules[2]", "ruleJson[0]", "WebAclRule waf-crs". */
  readonly where: string;
}

export interface AclRules {
  readonly uses: ManagedGroupUse[];
  /** Parts of the ACL's rules that are unknown during preview. */
  readonly unknowns: string[];
}

/** A field by name, matching case-insensitively so the API's PascalCase JSON reads like Pulumi's camelCase. */
function field(value: unknown, key: string): unknown {
  if (isUnknown(value)) return UNKNOWN;
  if (!isRecord(value)) return undefined;
  let found: unknown = value[key];
  if (found === undefined) {
    const lower = key.toLowerCase();
    for (const [k, v] of Object.entries(value)) {
      if (k.toLowerCase() === lower) {
        found = v;
        break;
      }
    }
  }
  return isUnknown(found) ? UNKNOWN : found;
}

/** A nested block, which some shapes spell as a list of one. */
function block(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? block(value[0]) : undefined;
  return isUnknown(value) ? UNKNOWN : value;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

/** overrideAction as the inline form ({ count: {} } / { none: {} }) or the association's string ("count" / "none"). */
function isCountOverride(action: unknown): boolean | Unknown {
  const a = block(action);
  if (a === UNKNOWN) return UNKNOWN;
  if (typeof a === "string") return a.trim().toLowerCase() === "count";
  const count = field(a, "count");
  return count === UNKNOWN ? true : present(count);
}

/** Names of the group's rules switched to count (ruleActionOverrides to count, legacy excludedRules). */
function countedRules(statement: unknown): Set<string> | Unknown {
  const names = new Set<string>();
  for (const key of ["ruleActionOverrides", "excludedRules"]) {
    const list = field(statement, key);
    if (list === UNKNOWN) return UNKNOWN;
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (isUnknown(item)) return UNKNOWN;
      const name = field(item, "name");
      if (name === UNKNOWN) return UNKNOWN;
      if (typeof name !== "string") continue;
      if (key === "excludedRules") {
        names.add(name);
        continue;
      }
      const count = field(block(field(item, "actionToUse")), "count");
      if (count === UNKNOWN || present(count)) names.add(name);
    }
  }
  return names;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Whether overrides count every rule Rampart knows the group to hold. */
function allKnownRulesCounted(name: string, statement: unknown): boolean | Unknown {
  const known = Object.entries(KNOWN_MANAGED_RULES).find(([group]) => sameName(group, name))?.[1];
  if (!known) return false;
  const counted = countedRules(statement);
  if (counted === UNKNOWN) return UNKNOWN;
  const lowered = new Set([...counted].map((n) => n.toLowerCase()));
  return known.every((rule) => lowered.has(rule.toLowerCase()));
}

function combineCounting(override: boolean | Unknown, allCounted: boolean | Unknown): boolean | Unknown {
  if (override === true || allCounted === true) return true;
  if (override === UNKNOWN || allCounted === UNKNOWN) return UNKNOWN;
  return false;
}

type Found = { use?: ManagedGroupUse; unknown?: string };

function useOf(statement: unknown, overrideAction: unknown, where: string): Found {
  const s = block(statement);
  if (s === UNKNOWN) return { unknown: `${where} managed rule group` };
  const vendor = field(s, "vendorName");
  const name = field(s, "name");
  if (vendor === UNKNOWN || name === UNKNOWN) return { unknown: `${where} managed rule group name` };
  if (typeof vendor !== "string" || typeof name !== "string") return {};
  const counting = combineCounting(isCountOverride(overrideAction), allKnownRulesCounted(name, s));
  return { use: { vendor, name, counting, where } };
}

/** A rule in the inline, ruleJson or standalone WebAclRule shape. */
function useOfRule(rule: unknown, where: string): Found {
  const r = block(rule);
  if (r === UNKNOWN) return { unknown: where };
  const statement = block(field(r, WAF_RULE_PROPS.statement));
  if (statement === UNKNOWN) return { unknown: `${where}.statement` };
  const managed = field(statement, "managedRuleGroupStatement");
  if (managed === undefined || managed === null) return {};
  return useOf(managed, field(r, WAF_RULE_PROPS.overrideAction), where);
}

function collect(found: Found, into: AclRules): void {
  if (found.use) into.uses.push(found.use);
  if (found.unknown) into.unknowns.push(found.unknown);
}

function parseRuleJson(text: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed;
    const rules = field(parsed, "rules");
    return Array.isArray(rules) ? rules : [];
  } catch {
    // The provider rejects malformed JSON; there is nothing to judge here.
    return [];
  }
}

/** The managed rule groups written into the web ACL resource itself. */
export function inlineRules(acl: StackResource): AclRules {
  const out: AclRules = { uses: [], unknowns: [] };
  const rules = acl.props[WAF_PROPS.rules];
  if (isUnknown(rules)) out.unknowns.push("rules");
  else if (Array.isArray(rules)) rules.forEach((rule, i) => collect(useOfRule(rule, `rules[${i}]`), out));
  const json = acl.props[WAF_PROPS.ruleJson];
  if (isUnknown(json)) out.unknowns.push("ruleJson");
  else if (typeof json === "string" && json.trim() !== "") {
    parseRuleJson(json).forEach((rule, i) => collect(useOfRule(rule, `ruleJson[${i}]`), out));
  }
  return out;
}

function useOfAttachment(r: StackResource): Found {
  const where = `${r.type === WAF_T.webAclRule ? "WebAclRule" : "WebAclRuleGroupAssociation"} ${r.name}`;
  if (r.type === WAF_T.webAclRule) return useOfRule(r.props, where);
  const managed = r.props[WAF_RULE_GROUP_ASSOCIATION_PROPS.managedRuleGroup];
  if (managed === undefined || managed === null) return {};
  return useOf(managed, r.props[WAF_RULE_GROUP_ASSOCIATION_PROPS.overrideAction], where);
}

export interface AttachedRules {
  /** Web ACL URN → what standalone resources add to it. */
  readonly byAcl: Map<string, AclRules>;
  /** Standalone rule resources whose web ACL is unknown during preview. */
  readonly unresolved: string[];
}

/** The v7 standalone rule resources, grouped by the web ACL they attach to (one pass over them). */
export function attachedRules(stack: StackModel): AttachedRules {
  const byAcl = new Map<string, AclRules>();
  const unresolved: string[] = [];
  for (const r of stack.ofType(WAF_T.webAclRule, WAF_T.webAclRuleGroupAssociation)) {
    const acls = stack.referenced(r, WAF_RULE_PROPS.webAclArn, [WAF_T.webAcl]);
    if (acls.length === 0) {
      if (isUnknown(r.props[WAF_RULE_PROPS.webAclArn])) unresolved.push(r.name);
      continue;
    }
    const found = useOfAttachment(r);
    for (const acl of acls) {
      let rules = byAcl.get(acl.urn);
      if (!rules) byAcl.set(acl.urn, (rules = { uses: [], unknowns: [] }));
      collect(found, rules);
    }
  }
  return { byAcl, unresolved };
}
