// JUnit XML for CI test reports: a suite per pack, a test case per policy; mandatory findings
// fail the case, advisory ones are listed in its output, disabled policies are skipped, and so is
// a policy whose only violations an accepted-findings file accepted. With --accepted, one more
// suite says which of the file's entries expired or went stale. A case with findings carries the
// first one's file and line, as CI annotators read them.
import { AcceptedOutcome, describeEntry, isAccepted, staleFails } from "../accepted/outcome";
import { CheckReport, Finding, isBlocking, sortFindings } from "./finding";

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!).replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD]/g, "");
}

function describe(f: Finding): string {
  const at = f.location ? ` (${f.location.file}:${f.location.line})` : "";
  return `${f.resourceType || "stack"} ${f.resourceName || f.urn || ""}${at}: ${f.message.trim()}`;
}

function fileAttributes(findings: Finding[]): string {
  const at = sortFindings(findings).find((f) => f.location)?.location;
  return at ? ` file="${xml(at.file)}" line="${at.line}"` : "";
}

function noteKind(f: Finding): string {
  return isAccepted(f) ? "accepted" : f.suppression ? "suppressed" : "advisory";
}

/** One case for the accepted-findings file: it fails on stale entries under --fail-on-stale-accepted. */
function acceptedSuite(outcome: AcceptedOutcome): { xml: string; failures: number } {
  const failing = staleFails(outcome);
  const lines = [
    ...outcome.expired.map((e) => `expired after ${e.expires}, counted again: ${describeEntry(e)}`),
    ...outcome.stale.map((e) => `stale (no longer found${outcome.written ? "; left out of the rewritten file" : ""}): ${describeEntry(e)}`),
  ];
  const head = `    <testcase classname="accepted-findings" name="${xml(outcome.file)}">`;
  const body: string[] = [];
  if (failing) body.push(`      <failure message="${xml(`${outcome.stale.length} stale accepted finding(s)`)}" type="stale">${xml(lines.join("\n"))}</failure>`);
  else if (lines.length) body.push(`      <system-out>${xml(lines.join("\n"))}</system-out>`);
  const testcase = body.length ? `${head}\n${body.join("\n")}\n    </testcase>` : `${head}</testcase>`;
  const failures = failing ? 1 : 0;
  return { xml: `  <testsuite name="accepted findings" tests="1" failures="${failures}" errors="0" skipped="0">\n${testcase}\n  </testsuite>`, failures };
}

export function renderJunit(report: CheckReport): string {
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const pack of report.packs) {
    const cases: string[] = [];
    let failures = 0;
    let skipped = 0;
    for (const stats of report.policies.filter((p) => p.policyPackName === pack.name)) {
      const findings = report.findings.filter((f) => f.policyPackName === pack.name && f.policyName === stats.policyName);
      const blocking = findings.filter(isBlocking);
      const notes = findings.filter((f) => !isBlocking(f));
      const head = `    <testcase classname="${xml(pack.name)}" name="${xml(stats.policyName)}"${fileAttributes(findings)}>`;
      const body: string[] = [];
      if (stats.level === "disabled") {
        body.push(`      <skipped message="disabled by configuration"/>`);
        skipped++;
      } else if (blocking.length) {
        failures++;
        body.push(`      <failure message="${xml(`${blocking.length} mandatory violation(s)`)}" type="mandatory">${xml(blocking.map(describe).join("\n\n"))}</failure>`);
      } else if (notes.some(isAccepted)) {
        skipped++;
        body.push(`      <skipped message="${xml(`${notes.filter(isAccepted).length} accepted finding(s) in ${report.acceptedFile?.file ?? "the accepted-findings file"}`)}"/>`);
      }
      if (notes.length) body.push(`      <system-out>${xml(notes.map((f) => `${noteKind(f)}: ${describe(f)}`).join("\n\n"))}</system-out>`);
      cases.push(body.length ? `${head}\n${body.join("\n")}\n    </testcase>` : `${head}</testcase>`);
    }
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(`  <testsuite name="${xml(`${pack.name}@${pack.version}`)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join("\n")}\n  </testsuite>`);
  }
  if (report.acceptedFile) {
    const suite = acceptedSuite(report.acceptedFile);
    totalTests += 1;
    totalFailures += suite.failures;
    suites.push(suite.xml);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rampart check" tests="${totalTests}" failures="${totalFailures}">\n${suites.join("\n")}\n</testsuites>\n`;
}
