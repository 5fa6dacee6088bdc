// What a CloudTrail trail records, read with the provider's defaults: isMultiRegionTrail false,
// includeGlobalServiceEvents true, enableLogging true, and every read and write management event
// unless event selectors narrow it. Each answer is yes / no / maybe (unknown during preview).
import { isUnknown } from "../lib/unknown";
import { isRecord, readBool, readString } from "../lib/values";

export type Tri = "yes" | "no" | "maybe";

export function flag(value: unknown, whenMissing: boolean): Tri {
  const b = readBool(value);
  if (b === undefined) return whenMissing ? "yes" : "no";
  if (typeof b === "boolean") return b ? "yes" : "no";
  return "maybe";
}

function some(list: readonly Tri[]): Tri {
  if (list.includes("yes")) return "yes";
  return list.includes("maybe") ? "maybe" : "no";
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/** A basic event selector that records read and write management events without exclusions. */
function basicSelectorCovers(selector: unknown): Tri {
  if (isUnknown(selector)) return "maybe";
  if (!isRecord(selector)) return "no";
  const include = flag(selector.includeManagementEvents, true);
  const rw = readString(selector.readWriteType);
  const readWrite: Tri = rw === undefined || rw === "All" ? "yes" : typeof rw === "string" ? "no" : "maybe";
  const excluded = selector.excludeManagementEventSources;
  const exclusions: Tri = isUnknown(excluded) ? "maybe" : hasItems(excluded) ? "no" : "yes";
  const parts = [include, readWrite, exclusions];
  return parts.includes("no") ? "no" : parts.includes("maybe") ? "maybe" : "yes";
}

/** An advanced selector for eventCategory Management that does not narrow to read-only or write-only events. */
function advancedSelectorCovers(selector: unknown): Tri {
  if (isUnknown(selector)) return "maybe";
  if (!isRecord(selector)) return "no";
  const fields = selector.fieldSelectors;
  if (isUnknown(fields)) return "maybe";
  let management: Tri = "no";
  let narrowed: Tri = "no";
  for (const f of listOf(fields)) {
    if (isUnknown(f)) {
      management = management === "yes" ? "yes" : "maybe";
      narrowed = narrowed === "yes" ? "yes" : "maybe";
      continue;
    }
    if (!isRecord(f)) continue;
    const field = readString(f.field);
    if (field === "eventCategory") {
      const equals = f.equals;
      if (isUnknown(equals)) management = management === "yes" ? "yes" : "maybe";
      else if (listOf(equals).includes("Management")) management = "yes";
    } else if (field === "readOnly" || field === "eventSource" || field === "eventName") narrowed = "yes";
    else if (isUnknown(field)) narrowed = narrowed === "yes" ? "yes" : "maybe";
  }
  if (management === "no" || narrowed === "yes") return "no";
  return management === "maybe" || narrowed === "maybe" ? "maybe" : "yes";
}

/** Whether the trail records every read and write management event (CloudTrail.1). */
export function recordsAllManagementEvents(props: Record<string, unknown>): Tri {
  const advanced = props.advancedEventSelectors;
  if (isUnknown(advanced)) return "maybe";
  if (hasItems(advanced)) return some(listOf(advanced).map(advancedSelectorCovers));
  const basic = props.eventSelectors;
  if (isUnknown(basic)) return "maybe";
  if (hasItems(basic)) return some(listOf(basic).map(basicSelectorCovers));
  return "yes";
}
