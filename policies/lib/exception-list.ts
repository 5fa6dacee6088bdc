// Reads a policy's `exceptions` list: what the JSON Schema cannot say about it (real calendar
// dates, expiry no further ahead than maxExceptionDays, globs that parse, already expired), and
// the matchers for the entries that are sound. Shared by the policies at run time and by the
// baseline validator, so both judge an exception the same way.
import { dayOf, isoOfDay } from "./dates";
import { DEFAULT_MAX_EXCEPTION_DAYS } from "./exception-config";
import { ResourceMatcher, compileResourcePattern } from "./exception-glob";
import { isRecord } from "./values";

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export interface ExceptionIssue {
  /** Path inside the policy's config, e.g. ["exceptions", 0, "expires"]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** An expired exception is only a warning: its finding is simply back in force. */
  readonly severity: "error" | "warning";
}

export interface ConfigException {
  readonly index: number;
  readonly reason: string;
  /** "YYYY-MM-DD", the last day it holds. */
  readonly expires: string;
  readonly expiresDay: number;
  readonly ticket?: string;
  readonly matches: ResourceMatcher;
}

/** maxExceptionDays as configured when it is usable, else the default. */
export function maxDaysOf(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : DEFAULT_MAX_EXCEPTION_DAYS;
}

/** Problems with an expiry date, whatever grants the exception (config entry or tag). */
export function expiryProblem(expires: string, todayDay: number, maxDays: number): string | undefined {
  const day = dayOf(expires);
  if (day === undefined) return `${JSON.stringify(expires)} is not a calendar date in the form YYYY-MM-DD`;
  if (day - todayDay > maxDays) {
    return `${expires} is more than maxExceptionDays (${maxDays}) days after today (${isoOfDay(todayDay)}); the latest allowed expiry is ${isoOfDay(todayDay + maxDays)}`;
  }
  return undefined;
}

export function checkExceptionList(list: unknown, todayDay: number, maxDays: number): { exceptions: ConfigException[]; issues: ExceptionIssue[] } {
  const exceptions: ConfigException[] = [];
  const issues: ExceptionIssue[] = [];
  if (!Array.isArray(list)) return { exceptions, issues };
  list.forEach((entry, index) => {
    // Shape errors (missing reason, wrong types) are the schema's to report; only sound entries count.
    if (!isRecord(entry)) return;
    const { resource, reason, expires, ticket } = entry;
    let sound = typeof reason === "string" && reason.trim() !== "" && (ticket === undefined || typeof ticket === "string");
    let matches: ResourceMatcher | undefined;
    if (typeof resource === "string") {
      const compiled = compileResourcePattern(resource);
      if ("error" in compiled) {
        issues.push({ path: ["exceptions", index, "resource"], message: `${JSON.stringify(resource)} ${compiled.error}`, severity: "error" });
      } else matches = compiled.matcher;
    }
    const expiresDay = dayOf(expires);
    // A string not shaped YYYY-MM-DD is the schema's to report (its pattern); only a well-shaped one is judged here.
    if (typeof expires === "string" && DATE_SHAPE.test(expires)) {
      const problem = expiryProblem(expires, todayDay, maxDays);
      if (problem) {
        issues.push({ path: ["exceptions", index, "expires"], message: problem, severity: "error" });
        sound = false;
      } else if (expiresDay !== undefined && expiresDay < todayDay) {
        issues.push({ path: ["exceptions", index, "expires"], message: `the exception expired on ${expires}: its finding is back in force`, severity: "warning" });
      }
    }
    if (expiresDay === undefined) sound = false;
    if (sound && matches && expiresDay !== undefined && typeof expires === "string") {
      exceptions.push({ index, reason: reason as string, expires, expiresDay, ...(typeof ticket === "string" ? { ticket } : {}), matches });
    }
  });
  return { exceptions, issues };
}
