// What a CloudTrail trail records, read with the provider's defaults: isMultiRegionTrail false,
// includeGlobalServiceEvents true, enableLogging true, and every read and write management event
// unless event selectors narrow it. Each answer is yes / no / maybe (unknown during preview).
import { Tri, allOf, not, some, triOf } from "../lib/tri";
import { isUnknown } from "../lib/unknown";
import { isRecord, readBool, readString } from "../lib/values";

/** A boolean trail flag, `whenMissing` being the provider's default. */
export function flag(value: unknown, whenMissing: boolean): Tri {
  return triOf(readBool(value), whenMissing);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/** Whether `value` is `wanted`: "maybe" while it is unknown. */
function is(value: unknown, wanted: string): Tri {
  if (isUnknown(value)) return "maybe";
  return value === wanted ? "yes" : "no";
}

/** A basic event selector that records read and write management events without exclusions. */
function basicSelectorCovers(selector: unknown): Tri {
  if (isUnknown(selector)) return "maybe";
  if (!isRecord(selector)) return "no";
  const rw = readString(selector.readWriteType);
  const excluded = selector.excludeManagementEventSources;
  return allOf([
    flag(selector.includeManagementEvents, true),
    rw === undefined ? "yes" : is(rw, "All"),
    isUnknown(excluded) ? "maybe" : hasItems(excluded) ? "no" : "yes",
  ]);
}

/** A field selector `eventCategory equals Management`. */
function selectsManagement(field: unknown): Tri {
  if (isUnknown(field)) return "maybe";
  if (!isRecord(field)) return "no";
  const equals = field.equals;
  return allOf([is(field.field, "eventCategory"), isUnknown(equals) ? "maybe" : some(listOf(equals), (v) => is(v, "Management"))]);
}

/** A field selector that keeps only some management events (read-only, write-only, some sources or names). */
function narrows(field: unknown): Tri {
  if (isUnknown(field)) return "maybe";
  if (!isRecord(field)) return "no";
  return some(["readOnly", "eventSource", "eventName"], (name) => is(field.field, name));
}

/** An advanced selector for eventCategory Management that does not narrow to read-only or write-only events. */
function advancedSelectorCovers(selector: unknown): Tri {
  if (isUnknown(selector)) return "maybe";
  if (!isRecord(selector)) return "no";
  const fields = selector.fieldSelectors;
  if (isUnknown(fields)) return "maybe";
  return allOf([some(listOf(fields), selectsManagement), not(some(listOf(fields), narrows))]);
}

/** Whether the trail records every read and write management event (CloudTrail.1). */
export function recordsAllManagementEvents(props: Record<string, unknown>): Tri {
  const advanced = props.advancedEventSelectors;
  if (isUnknown(advanced)) return "maybe";
  if (hasItems(advanced)) return some(listOf(advanced), advancedSelectorCovers);
  const basic = props.eventSelectors;
  if (isUnknown(basic)) return "maybe";
  if (hasItems(basic)) return some(listOf(basic), basicSelectorCovers);
  return "yes";
}
