// Calendar dates as exceptions use them: "YYYY-MM-DD", compared as whole UTC days. "Today" comes
// from the clock unless RAMPART_TODAY pins it, so tests and CI runs are reproducible.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a real calendar date "YYYY-MM-DD", else undefined (2025-02-30 is not one). */
export function dayOf(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 02-30 over to 03-02; a real date survives the round trip unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

/** "YYYY-MM-DD" of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's day number: RAMPART_TODAY when it holds a valid date, else the clock's UTC date. */
export function today(): number {
  const pinned = dayOf(process.env.RAMPART_TODAY);
  return pinned ?? Math.floor(Date.now() / MS_PER_DAY);
}
