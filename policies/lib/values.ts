// Tolerant readers for resource properties. Programs, stack exports and provider versions
// spell the same value many ways ("true" or true, 443 or "443"); a reader returns the value,
// UNKNOWN when it cannot be known at preview, or undefined when it is absent or unusable.
// None of them throws.
import { UNKNOWN, Unknown, isUnknown } from "./unknown";

export type Read<T> = T | Unknown | undefined;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Reads a boolean, accepting the strings "true"/"false" (some v7 launch-template flags are strings). */
export function readBool(value: unknown): Read<boolean> {
  if (isUnknown(value)) return UNKNOWN;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (text === "true") return true;
    if (text === "false") return false;
  }
  return undefined;
}

/** Reads an integer or a numeric string. */
export function readNumber(value: unknown): Read<number> {
  if (isUnknown(value)) return UNKNOWN;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

export function readString(value: unknown): Read<string> {
  if (isUnknown(value)) return UNKNOWN;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** Reads a list; a single value stands for a list of one. */
export function readList(value: unknown): Read<unknown[]> {
  if (isUnknown(value)) return UNKNOWN;
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null) return undefined;
  return [value];
}

export function readRecord(value: unknown): Read<Record<string, unknown>> {
  if (isUnknown(value)) return UNKNOWN;
  return isRecord(value) ? value : undefined;
}

/** Follows a path of property names through records and returns what is there (UNKNOWN if a step is unknown). */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current: unknown = value;
  for (const step of path) {
    if (isUnknown(current)) return UNKNOWN;
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return isUnknown(current) ? UNKNOWN : current;
}
