// Values the engine cannot know yet during a preview arrive as these sentinel strings
// (one per kind). Rampart reads raw props, so it recognises them itself instead of letting
// the SDK's proxy throw.
import { UNKNOWN_SENTINELS } from "./codec";
const SENTINELS = new Set<unknown>(Object.values(UNKNOWN_SENTINELS));

/** The marker a reader returns for a value unknown at preview time. */
export const UNKNOWN: unique symbol = Symbol("unknown at preview");
export type Unknown = typeof UNKNOWN;

export function isUnknown(value: unknown): boolean {
  return value === UNKNOWN || (typeof value === "string" && SENTINELS.has(value));
}

/** True when the value, or anything nested in it, is unknown. */
export function containsUnknown(value: unknown, depth = 0): boolean {
  if (isUnknown(value)) return true;
  if (depth > 32 || value === null || typeof value !== "object") return false;
  const items = Array.isArray(value) ? value : Object.values(value as object);
  return items.some((item) => containsUnknown(item, depth + 1));
}
