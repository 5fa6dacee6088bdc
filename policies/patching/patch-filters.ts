// Whether a patch baseline's filters let security patches through, per operating system:
// Linux distributions classify them CLASSIFICATION "Security" (and rate them SEVERITY
// "Critical"…), Windows CLASSIFICATION "SecurityUpdates" (MSRC_SEVERITY "Critical"), Debian and
// Ubuntu only know PRIORITY ("Required", "Important"…), macOS has no security classification.
// A filter that is absent, or lists "*", lets everything through.
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { Read, at, readList, readString } from "../lib/values";

interface SecuritySelector {
  readonly key: string;
  /** The filter, when present, must include one of these values (or "*"). */
  readonly accepted: readonly string[];
}

const LINUX: readonly SecuritySelector[] = [
  { key: "CLASSIFICATION", accepted: ["security"] },
  { key: "SEVERITY", accepted: ["critical"] },
];
const WINDOWS: readonly SecuritySelector[] = [
  { key: "CLASSIFICATION", accepted: ["securityupdates"] },
  { key: "MSRC_SEVERITY", accepted: ["critical"] },
  { key: "PATCH_SET", accepted: ["os"] },
];
const DEBIAN_LIKE: readonly SecuritySelector[] = [{ key: "PRIORITY", accepted: ["required", "important"] }];

const DEBIAN_FAMILY = new Set(["DEBIAN", "UBUNTU", "RASPBIAN"]);

/** Debian and Ubuntu approve without approveAfterDays (AWS does not support it for them). */
export function usesDebianRules(os: string): boolean {
  return DEBIAN_FAMILY.has(os.toUpperCase());
}

function selectorsFor(os: string): readonly SecuritySelector[] {
  const name = os.toUpperCase();
  if (name === "WINDOWS") return WINDOWS;
  if (name === "MACOS") return [];
  if (DEBIAN_FAMILY.has(name)) return DEBIAN_LIKE;
  return LINUX;
}

/** Filter key (upper case) → its values (lower case); UNKNOWN when the list is unknown. */
export function readFilters(value: unknown): Read<Filters> {
  const list = readList(value);
  if (list === UNKNOWN) return UNKNOWN;
  const filters: Filters = new Map();
  for (const filter of list ?? []) {
    if (isUnknown(filter)) return UNKNOWN;
    const key = readString(at(filter, "key"));
    if (key === UNKNOWN) return UNKNOWN;
    if (typeof key !== "string") continue;
    const values = readList(at(filter, "values"));
    if (values === UNKNOWN || (values ?? []).some((v) => isUnknown(v))) {
      filters.set(key.toUpperCase(), UNKNOWN);
      continue;
    }
    filters.set(
      key.toUpperCase(),
      (values ?? []).filter((v): v is string => typeof v === "string").map((v) => v.trim().toLowerCase()),
    );
  }
  return filters;
}

export type Filters = Map<string, string[] | typeof UNKNOWN>;

export interface FilterSet {
  /** Where the filters are declared, for messages: "globalFilters", "approvalRules[0].patchFilters". */
  readonly label: string;
  readonly filters: Filters;
}

export type Selection =
  | { readonly passes: true }
  | { readonly passes: false; readonly key: string; readonly where: string }
  | { readonly passes: typeof UNKNOWN };

/** Whether every filter set given (global filters, the rule's own) lets security patches through. */
export function selectsSecurity(os: string, filterSets: readonly FilterSet[]): Selection {
  let unknown = false;
  for (const selector of selectorsFor(os)) {
    for (const { label, filters } of filterSets) {
      const values = filters.get(selector.key);
      if (values === undefined) continue;
      if (values === UNKNOWN) {
        unknown = true;
        continue;
      }
      if (!values.some((v) => v === "*" || selector.accepted.includes(v))) return { passes: false, key: selector.key, where: label };
    }
  }
  return unknown ? { passes: UNKNOWN } : { passes: true };
}
