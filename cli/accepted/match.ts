// Matches accepted-findings entries to a run's findings. An entry matches a finding of the same
// policy pack, policy and URN whose message has the entry's fingerprint, and accepts one finding
// only: a second identical finding on the same resource is new.
import { dayOf } from "../../policies/lib/dates";
import { findingKind } from "../../policies/lib/exception-marker";
import { Finding, isBlocking } from "../report/finding";
import type { AcceptedEntry } from "./accepted-file";
import { fingerprintOf, summaryOf } from "./fingerprint";

export interface AcceptedMatch {
  /** Pairs whose entry still holds: the finding is accepted. */
  readonly accepted: readonly { readonly entry: AcceptedEntry; readonly finding: Finding }[];
  /** Pairs whose entry expired before today: the finding counts again. */
  readonly expired: readonly { readonly entry: AcceptedEntry; readonly finding: Finding }[];
  /** Entries no finding matched. */
  readonly stale: readonly AcceptedEntry[];
}

/**
 * Findings an entry may accept: those that would block. Not advisory ones (they never fail a
 * run), not those an exception suppressed, and not a broken exception or policy config, which
 * is Rampart's own configuration to fix rather than a finding about the estate.
 */
export function isAcceptable(f: Finding): boolean {
  if (!isBlocking(f)) return false;
  const kind = findingKind(f.message);
  return kind !== "config-problem" && kind !== "tag-problem";
}

const keyOf = (pack: string, policy: string, urn: string, fingerprint: string): string => JSON.stringify([pack, policy, urn, fingerprint]);

/** The entry that would record this finding today (no reason, no expiry). */
export function entryFor(f: Finding): AcceptedEntry {
  return { policyPackName: f.policyPackName, policyName: f.policyName, urn: f.urn, fingerprint: fingerprintOf(f.message), message: summaryOf(f.message) };
}

/** Pairs entries with acceptable findings; `todayDay` is a day number (policies/lib/dates). */
export function matchAccepted(entries: readonly AcceptedEntry[], findings: readonly Finding[], todayDay: number): AcceptedMatch {
  const waiting = new Map<string, AcceptedEntry[]>();
  for (const e of entries) {
    const key = keyOf(e.policyPackName, e.policyName, e.urn, e.fingerprint);
    const list = waiting.get(key);
    if (list) list.push(e);
    else waiting.set(key, [e]);
  }
  const accepted: { entry: AcceptedEntry; finding: Finding }[] = [];
  const expired: { entry: AcceptedEntry; finding: Finding }[] = [];
  for (const finding of findings) {
    if (!isAcceptable(finding)) continue;
    const entry = waiting.get(keyOf(finding.policyPackName, finding.policyName, finding.urn, fingerprintOf(finding.message)))?.shift();
    if (!entry) continue;
    const until = entry.expires === undefined ? undefined : dayOf(entry.expires);
    (until !== undefined && until < todayDay ? expired : accepted).push({ entry, finding });
  }
  return { accepted, expired, stale: [...waiting.values()].flat() };
}
