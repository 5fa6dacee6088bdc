// Findings an exception turned into advisory notes carry a marker in their message; the
// checker lists them apart (and as SARIF suppressions).
import type { Finding } from "../report/finding";

const MARKER = /\[suppressed by exception: ([^\]]*)\]/;

export function markSuppressions(findings: Finding[]): void {
  for (const f of findings) {
    const m = MARKER.exec(f.message);
    if (!m) continue;
    const fields = m[1].split(";").map((s) => s.trim());
    const expires = fields.find((s) => s.startsWith("expires "))?.slice(8);
    const ticket = fields.find((s) => s.startsWith("ticket "))?.slice(7);
    f.suppression = { reason: fields[0] ?? "", expires, ticket, source: "exception" };
  }
}
