// Findings an exception turned into advisory notes carry a marker at the start of their
// message (policies/lib/exception-marker.ts); the checker lists them apart, and as SARIF
// suppressions.
import { describeSource, parseSuppressed } from "../../policies/lib/exception-marker";
import type { Finding } from "../report/finding";

export function markSuppressions(findings: Finding[]): void {
  for (const f of findings) {
    const note = parseSuppressed(f.message);
    if (!note) continue;
    f.suppression = { reason: note.reason, expires: note.expires, ticket: note.ticket, source: describeSource(note.source) };
  }
}
