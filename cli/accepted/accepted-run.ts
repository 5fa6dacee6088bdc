// `rampart check --accepted FILE` / `--write-accepted FILE`: the file is read and validated before
// the run (a bad file is a run wasted), then matched to the run's findings, rewritten if asked,
// and the accepted findings marked so they no longer block.
import * as fs from "fs";
import { today } from "../../policies/lib/dates";
import { InputError } from "../inputs/input-error";
import type { Finding } from "../report/finding";
import { AcceptedEntry, readAcceptedFile, writeAcceptedFile } from "./accepted-file";
import { entryFor, isAcceptable, matchAccepted } from "./match";
import { ACCEPTED_SOURCE_PREFIX, AcceptedOutcome, describeEntry } from "./outcome";

export interface AcceptedOptions {
  /** --accepted: the findings to report without failing on. */
  readonly accepted?: string;
  /** --write-accepted: record the run's findings here (may be the --accepted file). */
  readonly writeAccepted?: string;
  /** --fail-on-stale-accepted. */
  readonly failOnStale?: boolean;
}

export interface AcceptedPlan {
  readonly options: AcceptedOptions;
  /** The entries read before the run: --accepted's, else those of the file being rewritten. */
  readonly prior: readonly AcceptedEntry[];
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Reads and validates the files before the run; undefined when neither flag is given. */
export function planAccepted(options: AcceptedOptions): AcceptedPlan | undefined {
  if (options.failOnStale && !options.accepted) throw new InputError("", "--fail-on-stale-accepted", "needs --accepted FILE");
  if (!options.accepted && !options.writeAccepted) return undefined;
  // A rewrite keeps the reason and expiry of entries that still match, so the old file is read too.
  const source = options.accepted ?? (isFile(options.writeAccepted!) ? options.writeAccepted : undefined);
  return { options, prior: source ? readAcceptedFile(source) : [] };
}

/** Today's entries: one per acceptable finding, keeping the reason and expiry of the entry it matched. */
function rewrite(findings: readonly Finding[], matched: ReadonlyMap<Finding, AcceptedEntry>): AcceptedEntry[] {
  return findings.filter(isAcceptable).map((f) => {
    const old = matched.get(f);
    return { ...entryFor(f), ...(old?.reason !== undefined ? { reason: old.reason } : {}), ...(old?.expires !== undefined ? { expires: old.expires } : {}) };
  });
}

/** Matches (and with --write-accepted, rewrites) the file, marks accepted findings and says what happened on `note`. */
export function applyAccepted(plan: AcceptedPlan, findings: readonly Finding[], note: (line: string) => void): AcceptedOutcome {
  const day = today();
  const before = matchAccepted(plan.prior, findings, day);
  const target = plan.options.writeAccepted;
  let file = plan.options.accepted ?? target!;
  let match = before;
  if (target) {
    const entries = rewrite(findings, new Map([...before.accepted, ...before.expired].map((p) => [p.finding, p.entry])));
    writeAcceptedFile(target, entries);
    file = target;
    match = matchAccepted(entries, findings, day);
    note(`rampart: wrote ${entries.length} accepted finding(s) to ${target} (${entries.length - before.accepted.length - before.expired.length} new, ${before.stale.length} stale left out)`);
  }
  for (const { entry, finding } of match.accepted) {
    finding.suppression = { reason: entry.reason ?? "", ...(entry.expires ? { expires: entry.expires } : {}), source: `${ACCEPTED_SOURCE_PREFIX}${file}` };
  }
  for (const { entry } of match.expired) note(`rampart: warning: ${file}: accepted until ${entry.expires}, so it counts again: ${describeEntry(entry)}`);
  if (before.stale.length && !target) {
    note(`rampart: warning: ${file}: ${before.stale.length} accepted finding(s) no longer occur (stale); remove them, or rewrite the file with --write-accepted`);
  }
  return { file, written: !!target, accepted: match.accepted.length, expired: match.expired.map((p) => p.entry), stale: before.stale, failOnStale: !!plan.options.failOnStale };
}
