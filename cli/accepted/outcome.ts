// What an accepted-findings file did to a run, as every report shows it. An accepted finding
// carries a suppression whose source is `accepted:<file>`, so it never blocks (isBlocking) and
// stays apart from exception suppressions, whose source names an exception.
import type { Finding } from "../report/finding";
import type { AcceptedEntry } from "./accepted-file";

export const ACCEPTED_SOURCE_PREFIX = "accepted:";

export interface AcceptedOutcome {
  /** The file the run was judged against: --accepted's, or the one --write-accepted wrote. */
  readonly file: string;
  /** True when --write-accepted wrote `file` in this run. */
  readonly written: boolean;
  /** How many findings the file accepted. */
  readonly accepted: number;
  /** Entries that matched a finding but expired: the finding counts again. */
  readonly expired: readonly AcceptedEntry[];
  /** Entries that matched no finding; a rewrite (--write-accepted) leaves them out. */
  readonly stale: readonly AcceptedEntry[];
  /** --fail-on-stale-accepted: stale entries fail the run. */
  readonly failOnStale: boolean;
}

/** True for a finding an accepted-findings file accepted (not an exception). */
export function isAccepted(f: Finding): boolean {
  return f.suppression?.source.startsWith(ACCEPTED_SOURCE_PREFIX) ?? false;
}

/** True for a finding an exception suppressed. */
export function isExcepted(f: Finding): boolean {
  return !!f.suppression && !isAccepted(f);
}

/** True when stale entries fail this run: asked for, and the file was not just rewritten without them. */
export function staleFails(outcome: AcceptedOutcome | undefined): boolean {
  return !!outcome && outcome.failOnStale && !outcome.written && outcome.stale.length > 0;
}

/** `rampart-aws/no-any-any-ingress on urn:…` (or `on the stack`), for report lines. */
export function describeEntry(e: AcceptedEntry): string {
  const where = e.urn ? `on ${e.urn}` : "on the stack";
  const what = e.message ? `: ${e.message}` : ` (fingerprint ${e.fingerprint})`;
  return `${e.policyPackName}/${e.policyName} ${where}${what}`;
}
