// Exceptions granted in code: a resource tag `rampart:exception:<policy-name>` whose value reads
// `<reason>; expires=<YYYY-MM-DD>`. A tag that does not read that way is reported, never ignored.
import { dayOf } from "./dates";
import { TAG_KEY_PREFIX, exceptionTagKey } from "./exception-config";
import { expiryProblem } from "./exception-list";
import type { StackResource } from "./resource-view";
import type { StackModel } from "./stack-model";
import { isUnknown } from "./unknown";
import { isRecord } from "./values";

export type TagException =
  | { readonly kind: "valid"; readonly key: string; readonly reason: string; readonly expires: string; readonly expiresDay: number }
  | { readonly kind: "malformed"; readonly key: string; readonly problem: string }
  /** The tag is there but its value is unknown during preview. */
  | { readonly kind: "unknown"; readonly key: string };

const TAG_FORM = "`<reason>; expires=<YYYY-MM-DD>`";
const TAG_VALUE = /^([\s\S]*?);\s*expires=(\S*)\s*$/;

const ABSENT: unique symbol = Symbol("no such tag");

/**
 * One tag's value. Most AWS resources hold tags as a map, auto scaling groups as a list of
 * { key, value, propagateAtLaunch }. Looked up in place: this runs per resource.
 */
function tagValue(props: Record<string, unknown>, key: string): unknown {
  const tags = props.tags;
  if (isRecord(tags)) return Object.prototype.hasOwnProperty.call(tags, key) ? tags[key] : ABSENT;
  if (Array.isArray(tags)) {
    for (const tag of tags) if (isRecord(tag) && tag.key === key) return tag.value;
  }
  return ABSENT;
}

function tagKeys(props: Record<string, unknown>): string[] {
  const tags = props.tags;
  if (isRecord(tags)) return Object.keys(tags);
  if (!Array.isArray(tags)) return [];
  return tags.flatMap((tag) => (isRecord(tag) && typeof tag.key === "string" ? [tag.key] : []));
}

/** The exception tag for `policyName` on a resource's props, if it carries one. */
export function readTagException(props: Record<string, unknown>, policyName: string, todayDay: number, maxDays: number): TagException | undefined {
  const key = exceptionTagKey(policyName);
  const value = tagValue(props, key);
  if (value === ABSENT) return undefined;
  if (isUnknown(value)) return { kind: "unknown", key };
  if (typeof value !== "string") return { kind: "malformed", key, problem: `its value must be a string reading ${TAG_FORM}` };
  const m = TAG_VALUE.exec(value);
  if (!m) return { kind: "malformed", key, problem: `its value must read ${TAG_FORM} (no "; expires=" part found)` };
  const reason = m[1].trim();
  if (reason === "") return { kind: "malformed", key, problem: `its value must start with a reason: ${TAG_FORM}` };
  const problem = expiryProblem(m[2], todayDay, maxDays);
  if (problem) return { kind: "malformed", key, problem: `its expiry ${problem}` };
  return { kind: "valid", key, reason, expires: m[2], expiresDay: dayOf(m[2]) as number };
}

// Every stack policy looks for its own tag across the stack; one scan per stack model serves them all.
const taggedIndex = new WeakMap<StackModel, Map<string, StackResource[]>>();

/** The resources of the stack carrying the exception tag of `policyName`. */
export function resourcesTaggedFor(model: StackModel, policyName: string): readonly StackResource[] {
  let index = taggedIndex.get(model);
  if (!index) {
    index = new Map();
    for (const r of model.resources) {
      for (const key of tagKeys(r.props)) {
        if (!key.startsWith(TAG_KEY_PREFIX)) continue;
        const list = index.get(key);
        if (list) list.push(r);
        else index.set(key, [r]);
      }
    }
    taggedIndex.set(model, index);
  }
  return index.get(exceptionTagKey(policyName)) ?? [];
}
