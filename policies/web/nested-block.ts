// Nested blocks (a viewer certificate, a domain name configuration) arrive as an object from
// programs and as a list of one from some exports and older providers: one reader for both.
import { UNKNOWN, Unknown, isUnknown } from "../lib/unknown";
import { isRecord } from "../lib/values";

/** A nested block that some shapes spell as a list of one. */
export function blockOf(value: unknown): Record<string, unknown> | Unknown | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (isUnknown(first)) return UNKNOWN;
  return isRecord(first) ? first : undefined;
}
