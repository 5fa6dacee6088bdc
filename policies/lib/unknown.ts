// Values the engine cannot know yet during a preview arrive as these sentinel strings
// (one per kind). Rampart reads raw props, so it recognises them itself instead of letting
// the SDK's proxy throw.
const SENTINELS = new Set<unknown>([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string (also the plain "unknown" of preview JSON)
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bad9-02848725956a", // archive
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

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
