// Exceptions end to end through the real Analyzer protocol: applied, expired, governed by
// allowTagExceptions, and malformed tags, as `rampart check` reports them.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIXTURES, checkJson, rampart } from "./run-rampart";

const EXPORT = path.join(FIXTURES, "exceptions-export.json");
const TODAY = { RAMPART_TODAY: "2026-11-23" };

function config(policy: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-exc-"));
  const file = path.join(dir, "baseline.json");
  // Only the policy under test is on, so exit codes speak of it alone.
  fs.writeFileSync(file, JSON.stringify({ all: "disabled", "no-any-any-ingress": { enforcementLevel: "mandatory", ...policy } }));
  return file;
}

const byName = (list: any[], name: string) => list.filter((f) => f.resourceName === name);

describe("exceptions in the baseline", () => {
  it("an unexpired exception turns the violation into a suppressed advisory note naming it", () => {
    const cfg = config({ exceptions: [{ resource: "plain", reason: "vendor appliance, isolated VPC", expires: "2027-02-01", ticket: "SEC-7" }], allowTagExceptions: false });
    const { report } = checkJson(["--stack-export", EXPORT, "--policy-pack-config", cfg], TODAY);
    expect(byName(report.findings, "plain")).toEqual([]);
    const [suppressed] = byName(report.suppressed, "plain");
    expect(suppressed.enforcementLevel).toBe("advisory");
    expect(suppressed.suppression).toMatchObject({ reason: "vendor appliance, isolated VPC", expires: "2027-02-01", ticket: "SEC-7" });
    expect(report.summary.suppressed).toBeGreaterThanOrEqual(1);
  });

  it("a glob on the URN matches too, and SARIF carries the suppression", () => {
    const cfg = config({ exceptions: [{ resource: "urn:pulumi:dev::exceptions::*::plain", reason: "lab", expires: "2027-01-01" }], allowTagExceptions: false });
    const r = rampart(["check", "--stack-export", EXPORT, "--policy-pack-config", cfg, "--format", "sarif"], TODAY);
    const results = JSON.parse(r.stdout).runs[0].results;
    const plain = results.filter((x: any) => x.locations[0].logicalLocations[0].name === "plain");
    expect(plain).toHaveLength(1);
    expect(plain[0].suppressions[0]).toMatchObject({ kind: "external", status: "accepted" });
    expect(plain[0].suppressions[0].justification).toMatch(/lab/);
  });

  it("an expired exception is a validator warning and its finding is back in force, saying when it expired", () => {
    const cfg = config({ exceptions: [{ resource: "plain", reason: "old waiver", expires: "2026-10-31" }], allowTagExceptions: false });
    const { code, report, stderr } = checkJson(["--stack-export", EXPORT, "--policy-pack-config", cfg], TODAY);
    expect(stderr).toMatch(/warning: .*expired/i);
    const [finding] = byName(report.findings, "plain");
    expect(finding.enforcementLevel).toBe("mandatory");
    expect(finding.message).toMatch(/expired on 2026-10-31/);
    expect(code).toBe(1);
  });

  it("an expiry beyond maxExceptionDays is refused before anything runs (exit 2)", () => {
    const cfg = config({ exceptions: [{ resource: "plain", reason: "forever", expires: "2031-01-01" }] });
    const r = rampart(["check", "--stack-export", EXPORT, "--policy-pack-config", cfg], TODAY);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-any-any-ingress\/exceptions\/0\/expires/);
  });
});

describe("exceptions in resource tags", () => {
  it("a well-formed tag suppresses its resource; a malformed tag is a finding of its own", () => {
    const cfg = config({ allowTagExceptions: true });
    const { code, report } = checkJson(["--stack-export", EXPORT, "--policy-pack-config", cfg], TODAY);
    expect(byName(report.findings, "tagged-ok")).toEqual([]);
    expect(byName(report.suppressed, "tagged-ok")[0].suppression.source).toMatch(/^tag rampart:exception:no-any-any-ingress/);
    const bad = byName(report.findings, "tagged-bad");
    expect(bad.some((f: any) => /invalid exception tag/.test(f.message))).toBe(true);
    expect(byName(report.findings, "plain")).toHaveLength(1);
    expect(code).toBe(1);
  });

  it("allowTagExceptions: false (as in strict) ignores the tag", () => {
    const cfg = config({ allowTagExceptions: false });
    const { report } = checkJson(["--stack-export", EXPORT, "--policy-pack-config", cfg], TODAY);
    expect(byName(report.findings, "tagged-ok").length).toBeGreaterThanOrEqual(1);
    expect(byName(report.suppressed, "tagged-ok")).toEqual([]);
  });
});
