// The machine-readable markers Rampart puts at the start of a finding's message when an exception
// changed it, and the parsers the checker uses to list those findings separately (SARIF
// suppressions). Free text (reason, ticket) is JSON-quoted so no reason can forge or break a marker.
//
//   [suppressed by exception: "<reason>"; expires <YYYY-MM-DD>; ticket "<ticket>"; via <source>] <original>
//   [exception expired on <YYYY-MM-DD>: "<reason>"; ticket "<ticket>"; via <source>] <original>
//   [invalid policy config] <what is wrong>
//   [invalid exception tag <tag key>] <what is wrong>
//
// <source> is `exceptions[<index>]` (the policy's config) or `tag rampart:exception:<policy-name>`;
// `; ticket ...` is present only when the exception names one. <original> is the finding exactly as
// it reads without the exception (the policy's description, a newline, the detail).

export type ExceptionSource = { readonly kind: "config"; readonly index: number } | { readonly kind: "tag"; readonly key: string };

export interface ExceptionNote {
  readonly reason: string;
  /** "YYYY-MM-DD": the last day the exception holds. */
  readonly expires: string;
  readonly ticket?: string;
  readonly source: ExceptionSource;
}

export interface MarkedFinding extends ExceptionNote {
  /** The finding as it would read without the exception. */
  readonly original: string;
}

export const SUPPRESSED_PREFIX = "[suppressed by exception: ";
export const EXPIRED_PREFIX = "[exception expired on ";
export const CONFIG_PROBLEM_PREFIX = "[invalid policy config] ";
export const TAG_PROBLEM_PREFIX = "[invalid exception tag ";

const QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
const DATE = String.raw`(\d{4}-\d{2}-\d{2})`;
const SOURCE = String.raw`(?:exceptions\[(\d+)\]|tag (rampart:exception:[^\]\s;]+))`;
const TICKET = String.raw`(?:; ticket (${QUOTED}))?`;
const SUPPRESSED_RE = new RegExp(String.raw`^\[suppressed by exception: (${QUOTED}); expires ${DATE}${TICKET}; via ${SOURCE}\] ([\s\S]*)$`);
const EXPIRED_RE = new RegExp(String.raw`^\[exception expired on ${DATE}: (${QUOTED})${TICKET}; via ${SOURCE}\] ([\s\S]*)$`);

export function describeSource(source: ExceptionSource): string {
  return source.kind === "config" ? `exceptions[${source.index}]` : `tag ${source.key}`;
}

function ticketPart(ticket: string | undefined): string {
  return ticket === undefined ? "" : `; ticket ${JSON.stringify(ticket)}`;
}

export function formatSuppressed(note: ExceptionNote, original: string): string {
  return `${SUPPRESSED_PREFIX}${JSON.stringify(note.reason)}; expires ${note.expires}${ticketPart(note.ticket)}; via ${describeSource(note.source)}] ${original}`;
}

export function formatExpired(note: ExceptionNote, original: string): string {
  return `${EXPIRED_PREFIX}${note.expires}: ${JSON.stringify(note.reason)}${ticketPart(note.ticket)}; via ${describeSource(note.source)}] ${original}`;
}

export function formatConfigProblem(text: string): string {
  return `${CONFIG_PROBLEM_PREFIX}${text}`;
}

export function formatTagProblem(key: string, text: string): string {
  return `${TAG_PROBLEM_PREFIX}${key}] ${text}`;
}

function unquote(quoted: string | undefined): string | undefined {
  if (quoted === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

function sourceOf(index: string | undefined, key: string | undefined): ExceptionSource {
  return index !== undefined ? { kind: "config", index: Number(index) } : { kind: "tag", key: key ?? "" };
}

function marked(reason: string | undefined, expires: string, ticket: string | undefined, rawTicket: string | undefined, source: ExceptionSource, original: string): MarkedFinding | undefined {
  if (reason === undefined || (rawTicket !== undefined && ticket === undefined)) return undefined;
  return ticket === undefined ? { reason, expires, source, original } : { reason, expires, ticket, source, original };
}

/** The exception that suppressed this finding, or undefined when the message carries no suppression marker. */
export function parseSuppressed(message: unknown): MarkedFinding | undefined {
  if (typeof message !== "string" || !message.startsWith(SUPPRESSED_PREFIX)) return undefined;
  const m = SUPPRESSED_RE.exec(message);
  if (!m) return undefined;
  return marked(unquote(m[1]), m[2], unquote(m[3]), m[3], sourceOf(m[4], m[5]), m[6]);
}

/** The expired exception this finding mentions (the finding is in force), or undefined. */
export function parseExpired(message: unknown): MarkedFinding | undefined {
  if (typeof message !== "string" || !message.startsWith(EXPIRED_PREFIX)) return undefined;
  const m = EXPIRED_RE.exec(message);
  if (!m) return undefined;
  return marked(unquote(m[2]), m[1], unquote(m[3]), m[3], sourceOf(m[4], m[5]), m[6]);
}

export type FindingKind = "suppressed" | "expired-exception" | "config-problem" | "tag-problem" | "finding";

/** Classifies a finding's message by its marker (a plain finding has none). */
export function findingKind(message: unknown): FindingKind {
  if (typeof message !== "string") return "finding";
  if (parseSuppressed(message)) return "suppressed";
  if (parseExpired(message)) return "expired-exception";
  if (message.startsWith(CONFIG_PROBLEM_PREFIX)) return "config-problem";
  if (message.startsWith(TAG_PROBLEM_PREFIX)) return "tag-problem";
  return "finding";
}
