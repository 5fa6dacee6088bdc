// Support-date tables (Lambda and Synthetics runtimes, EKS and RDS versions) are data: JSON files
// under data/, each naming its source and the day it was read. This loader checks their shape once,
// when the pack loads, and answers "when does support for X end?" as a day number.
import { dayOf, isoOfDay } from "../lib/dates";
import { isRecord } from "../lib/values";

export interface SupportTable {
  /** The AWS page the dates come from. */
  readonly source: string;
  /** The day the dates were read from it ("YYYY-MM-DD"). */
  readonly retrieved: string;
  /** The id's last supported day + 1 (the day support ends), null when no date is announced. */
  readonly ends: ReadonlyMap<string, number | null>;
}

/** Reads a table; a malformed one is a packaging bug, so it fails loudly when the pack loads. */
export function loadSupportTable(raw: unknown, file: string): SupportTable {
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (!isRecord(raw)) return fail("not an object");
  const { source, retrieved, entries } = raw;
  if (typeof source !== "string" || !/^https:\/\//.test(source)) fail("source must be an https URL");
  if (dayOf(retrieved) === undefined) fail("retrieved must be a date YYYY-MM-DD");
  if (!Array.isArray(entries) || entries.length === 0) return fail("entries must be a non-empty list");
  const ends = new Map<string, number | null>();
  for (const [i, entry] of entries.entries()) {
    if (!isRecord(entry) || typeof entry.id !== "string" || entry.id === "") return fail(`entries[${i}] needs an id`);
    if (ends.has(entry.id)) fail(`entries[${i}]: ${entry.id} is listed twice`);
    const day = entry.ends === null ? null : dayOf(entry.ends);
    if (day === undefined) fail(`entries[${i}].ends must be a date YYYY-MM-DD or null`);
    ends.set(entry.id, day as number | null);
  }
  return { source: source as string, retrieved: retrieved as string, ends };
}

export type SupportVerdict =
  | { readonly listed: false }
  | { readonly listed: true; readonly ended: false }
  | { readonly listed: true; readonly ended: true; readonly since: string };

/** Whether support for `id` has ended on day `onDay` (support ends on the listed date itself). */
export function supportOf(table: SupportTable, id: string, onDay: number): SupportVerdict {
  if (!table.ends.has(id)) return { listed: false };
  const end = table.ends.get(id);
  if (end === null || end === undefined || onDay < end) return { listed: true, ended: false };
  return { listed: true, ended: true, since: isoOfDay(end) };
}
