// Accepted findings end to end (`rampart check --write-accepted` / `--accepted`), through the real
// CLI and pack on stack exports: recorded findings stop failing the run but stay in every report,
// a new violation on the same resource still fails, fixed ones go stale, expired ones count again,
// and a malformed file is refused before anything runs.
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkJson, rampart } from "./run-rampart";

interface Rule {
  readonly port: number;
  readonly description?: string;
}

const SARIF_SCHEMA = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const SG = "aws:ec2/securityGroup:SecurityGroup";
const urnOf = (name: string) => `urn:pulumi:dev::estate::${SG}::${name}`;

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "rampart-accepted-"));
}

/** A stack export of security groups, each admitting the given TCP ports from the internet. */
function estate(dir: string, groups: Record<string, Rule[]>): string {
  const stack = { urn: "urn:pulumi:dev::estate::pulumi:pulumi:Stack::estate-dev", custom: false, type: "pulumi:pulumi:Stack" };
  const resources = Object.entries(groups).map(([name, rules]) => {
    const props = {
      name,
      description: "estate",
      vpcId: "vpc-0abc",
      ingress: rules.map((r) => ({ protocol: "tcp", fromPort: r.port, toPort: r.port, cidrBlocks: ["0.0.0.0/0"], description: r.description ?? `port ${r.port}` })),
      egress: [],
      tags: {},
    };
    return { urn: urnOf(name), custom: true, id: `sg-${name}`, type: SG, inputs: props, outputs: { ...props, id: `sg-${name}` }, parent: stack.urn };
  });
  const file = path.join(dir, `export-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify({ version: 3, deployment: { manifest: { time: "2026-11-01T00:00:00Z", magic: "x", version: "v3.200.0" }, resources: [stack, ...resources] } }));
  return file;
}

const RESTRICTED = "no-internet-ingress-to-restricted-ports";
const blocking = (report: any) => report.findings.filter((f: any) => f.enforcementLevel === "mandatory");
const readEntries = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")).findings;

describe("write, then accept", () => {
  const dir = tmpDir();
  const input = estate(dir, { web: [{ port: 22 }], db: [{ port: 5432 }] });
  const file = path.join(dir, "accepted.json");
  const written = checkJson(["--stack-export", input, "--write-accepted", file]);
  const text = fs.readFileSync(file, "utf8");

  it("records every blocking finding, sorted, with a version and a trailing newline, and passes the run it recorded", () => {
    expect(blocking(written.report)).toEqual([]);
    expect(written.code).toBe(0);
    const doc = JSON.parse(text);
    expect(doc.version).toBe(1);
    expect(text.endsWith("}\n")).toBe(true);
    const keys = doc.findings.map((e: any) => `${e.policyName} ${e.urn}`);
    expect(keys).toEqual([...keys].sort());
    expect(doc.findings.filter((e: any) => e.policyName === RESTRICTED).map((e: any) => e.urn)).toEqual([urnOf("db"), urnOf("web")]);
    for (const e of doc.findings) {
      expect(Object.keys(e)).toEqual(["policyPackName", "policyName", "urn", "fingerprint", "message"]);
      expect(e.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(written.stderr).toMatch(/wrote \d+ accepted finding\(s\) to .*accepted\.json/);
  });

  it("keeps a short, readable message for reviewers: the finding's first sentence", () => {
    const web = readEntries(file).find((e: any) => e.policyName === RESTRICTED && e.urn === urnOf("web"));
    expect(web.message).toMatch(/^Security group "web" ingress\[0\] allows tcp port 22 from 0\.0\.0\.0\/0 .*exposing restricted port 22 to the internet\.$/);
  });

  it("--accepted exits 0 and lists the findings as accepted, apart from exception suppressions", () => {
    const { code, report } = checkJson(["--stack-export", input, "--accepted", file]);
    expect(code).toBe(0);
    expect(blocking(report)).toEqual([]);
    expect(report.suppressed).toEqual([]);
    const web = report.accepted.find((f: any) => f.policyName === RESTRICTED && f.resourceName === "web");
    expect(web.enforcementLevel).toBe("mandatory");
    expect(web.suppression.source).toBe(`accepted:${file}`);
    expect(report.summary.accepted).toBe(report.accepted.length);
    expect(report.acceptedFile).toMatchObject({ file, written: false, accepted: report.accepted.length, expired: [], stale: [] });
  });

  it("the same input, written again, gives the same bytes", () => {
    const again = path.join(dir, "again.json");
    rampart(["check", "--stack-export", input, "--write-accepted", again]);
    expect(fs.readFileSync(again, "utf8")).toBe(text);
  });

  it("text, SARIF and JUnit show accepted findings too, marked as accepted", () => {
    const txt = rampart(["check", "--stack-export", input, "--accepted", file]);
    expect(txt.stdout).toMatch(new RegExp(`Accepted in ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\d+\\):`));
    expect(txt.stdout).toMatch(/accepted \[high\] rampart-aws\/no-internet-ingress-to-restricted-ports \(2 findings\)/);
    expect(txt.stdout).toMatch(/Result: passed/);

    const sarif = JSON.parse(rampart(["check", "--stack-export", input, "--accepted", file, "--format", "sarif"]).stdout);
    const results = sarif.runs[0].results.filter((r: any) => r.ruleId === `rampart-aws/${RESTRICTED}`);
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(r.level).toBe("note");
      expect(r.suppressions[0]).toMatchObject({ kind: "external", status: "accepted", properties: { rampartSuppression: "accepted-finding" } });
      expect(r.suppressions[0].location.physicalLocation.artifactLocation.uri).toMatch(/accepted\.json$/);
    }

    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(rampart(["check", "--stack-export", input, "--accepted", file, "--format", "junit"]).stdout);
    const suites = [junit.testsuites.testsuite].flat();
    const restricted = suites[0].testcase.find((c: any) => c["@name"] === RESTRICTED);
    expect(restricted.failure).toBeUndefined();
    expect(restricted.skipped["@message"]).toMatch(/^2 accepted finding\(s\) in /);
    expect(restricted["system-out"]).toMatch(/^accepted: /);
    expect(suites.find((s: any) => s["@name"] === "accepted findings")).toBeDefined();
  });
});

describe("a new violation on an accepted resource", () => {
  const dir = tmpDir();
  const file = path.join(dir, "accepted.json");
  rampart(["check", "--stack-export", estate(dir, { web: [{ port: 22 }] }), "--write-accepted", file]);

  it("fails the run with only the new finding, even though the old one moved in the rule list", () => {
    // The new rule comes first, so the accepted port-22 rule is now ingress[1].
    const input = estate(dir, { web: [{ port: 3389 }, { port: 22 }] });
    const { code, report } = checkJson(["--stack-export", input, "--accepted", file]);
    expect(code).toBe(1);
    const restricted = blocking(report).filter((f: any) => f.policyName === RESTRICTED);
    expect(restricted).toHaveLength(1);
    expect(restricted[0].message).toMatch(/port 3389/);
    expect(report.accepted.filter((f: any) => f.policyName === RESTRICTED).map((f: any) => f.message)).toEqual([expect.stringMatching(/ingress\[1\] allows tcp port 22 /)]);
  });

  it("a second rule identical to the accepted one is new too: an entry accepts one finding", () => {
    const input = estate(dir, { web: [{ port: 22 }, { port: 22, description: "again" }] });
    const { code, report } = checkJson(["--stack-export", input, "--accepted", file]);
    expect(code).toBe(1);
    expect(blocking(report).filter((f: any) => f.policyName === RESTRICTED)).toHaveLength(1);
    expect(report.accepted.filter((f: any) => f.policyName === RESTRICTED)).toHaveLength(1);
  });
});

describe("fixed findings go stale", () => {
  const dir = tmpDir();
  const file = path.join(dir, "accepted.json");
  rampart(["check", "--stack-export", estate(dir, { web: [{ port: 22 }], db: [{ port: 5432 }] }), "--write-accepted", file]);
  const fixed = estate(dir, { web: [{ port: 22 }], db: [] });

  it("reports the entry no finding matches, without failing by default", () => {
    const { code, report, stderr } = checkJson(["--stack-export", fixed, "--accepted", file]);
    expect(code).toBe(0);
    expect(report.acceptedFile.stale.map((e: any) => [e.policyName, e.urn])).toContainEqual([RESTRICTED, urnOf("db")]);
    expect(report.acceptedFile.stale.every((e: any) => e.urn === urnOf("db"))).toBe(true);
    expect(stderr).toMatch(/accepted\.json: \d+ accepted finding\(s\) no longer occur \(stale\)/);
    const txt = rampart(["check", "--stack-export", fixed, "--accepted", file]).stdout;
    expect(txt).toMatch(/Stale accepted findings, no longer found \(\d+; in .*accepted\.json; remove them/);
  });

  it("SARIF lists stale entries as tool notifications and still validates against the official schema", () => {
    const log = JSON.parse(rampart(["check", "--stack-export", fixed, "--accepted", file, "--format", "sarif"]).stdout);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes.map((n: any) => n.descriptor.id)).toContain("rampart/accepted-stale");
    expect(notes.every((n: any) => n.level === "warning")).toBe(true);
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, "utf8")));
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("--fail-on-stale-accepted makes a stale entry fail the run", () => {
    const r = rampart(["check", "--stack-export", fixed, "--accepted", file, "--fail-on-stale-accepted"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Result: FAILED \(stale accepted findings\)/);
  });

  it("rewriting the file in place drops stale entries and keeps the reason and expiry of those that still match", () => {
    const doc = JSON.parse(fs.readFileSync(file, "utf8"));
    const web = doc.findings.find((e: any) => e.policyName === RESTRICTED && e.urn === urnOf("web"));
    Object.assign(web, { reason: "bastion until the SSM rollout", expires: "2027-03-31" });
    fs.writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
    const { code, report } = checkJson(["--stack-export", fixed, "--accepted", file, "--write-accepted", file, "--fail-on-stale-accepted"]);
    expect(code).toBe(0);
    expect(report.acceptedFile).toMatchObject({ written: true });
    const entries = readEntries(file);
    expect(entries.some((e: any) => e.urn === urnOf("db"))).toBe(false);
    expect(entries.find((e: any) => e.policyName === RESTRICTED && e.urn === urnOf("web"))).toMatchObject({ reason: "bastion until the SSM rollout", expires: "2027-03-31" });
    const accepted = report.accepted.find((f: any) => f.policyName === RESTRICTED);
    expect(accepted.suppression).toMatchObject({ reason: "bastion until the SSM rollout", expires: "2027-03-31" });
  });
});

describe("expiry", () => {
  const dir = tmpDir();
  const file = path.join(dir, "accepted.json");
  const input = estate(dir, { web: [{ port: 22 }] });
  rampart(["check", "--stack-export", input, "--write-accepted", file]);
  const withExpiry = (expires: string) => {
    const doc = JSON.parse(fs.readFileSync(file, "utf8"));
    for (const e of doc.findings) Object.assign(e, { reason: "legacy", expires });
    const out = path.join(dir, `accepted-${expires}.json`);
    fs.writeFileSync(out, JSON.stringify(doc));
    return out;
  };

  it("an entry holds through its expiry day", () => {
    // run-rampart pins today to 2026-11-23.
    expect(rampart(["check", "--stack-export", input, "--accepted", withExpiry("2026-11-23")]).code).toBe(0);
  });

  it("an expired entry no longer accepts its finding, which blocks again, and is reported as expired", () => {
    const expired = withExpiry("2026-11-22");
    const { code, report, stderr } = checkJson(["--stack-export", input, "--accepted", expired]);
    expect(code).toBe(1);
    expect(blocking(report).map((f: any) => f.policyName)).toContain(RESTRICTED);
    expect(report.accepted).toEqual([]);
    expect(report.acceptedFile.expired.map((e: any) => e.expires)).toContain("2026-11-22");
    expect(report.acceptedFile.stale).toEqual([]);
    expect(stderr).toMatch(/accepted until 2026-11-22, so it counts again: rampart-aws\/no-internet-ingress-to-restricted-ports on urn:/);
  });

  it("rewriting keeps an expired entry's date: a rewrite does not renew an acceptance", () => {
    const expired = withExpiry("2026-11-22");
    const r = rampart(["check", "--stack-export", input, "--accepted", expired, "--write-accepted", expired]);
    expect(r.code).toBe(1);
    expect(readEntries(expired).every((e: any) => e.expires === "2026-11-22")).toBe(true);
  });
});

describe("a bad accepted-findings file is refused before the run (exit 2), naming the file, the field and the cause", () => {
  const dir = tmpDir();
  const input = estate(dir, { web: [{ port: 22 }] });
  const entry = { policyPackName: "rampart-aws", policyName: RESTRICTED, urn: urnOf("web"), fingerprint: "0123456789abcdef" };
  const cases: [string, string, RegExp][] = [
    ["an expiry that is not a date", JSON.stringify({ version: 1, findings: [{ ...entry, expires: "soon" }] }), /\/findings\/0\/expires: must be a date in the form YYYY-MM-DD/],
    ["an expiry that is not a calendar date", JSON.stringify({ version: 1, findings: [{ ...entry, expires: "2027-02-30" }] }), /\/findings\/0\/expires: "2027-02-30" is not a calendar date/],
    ["a missing fingerprint", JSON.stringify({ version: 1, findings: [{ ...entry, fingerprint: undefined }] }), /\/findings\/0\/fingerprint: is required but missing/],
    ["an unknown property", JSON.stringify({ version: 1, findings: [{ ...entry, resource: "web" }] }), /\/findings\/0\/resource: is not a known property/],
    ["an empty reason", JSON.stringify({ version: 1, findings: [{ ...entry, reason: " " }] }), /\/findings\/0\/reason: must be a non-empty reason/],
    ["another version", JSON.stringify({ version: 2, findings: [] }), /\/version: must be 1/],
    ["no version", JSON.stringify({ findings: [] }), /\/version: is required but missing/],
    ["not JSON", "{ version: 1 }", /not valid JSON: .* at line 1, column 3/],
    ["an empty file", "", /the file is empty/],
  ];

  it.each(cases)("%s", (_label, content, cause) => {
    const file = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, content);
    const r = rampart(["check", "--stack-export", input, "--accepted", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(cause);
    expect(r.stdout).toBe("");
  });

  it("a missing --accepted file says how to write one", () => {
    const r = rampart(["check", "--stack-export", input, "--accepted", path.join(dir, "nope.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: cannot read the accepted-findings file \(ENOENT\); write one with --write-accepted/);
  });

  it("a --write-accepted file that cannot be written, and --fail-on-stale-accepted without --accepted", () => {
    const r = rampart(["check", "--stack-export", input, "--write-accepted", path.join(dir, "no-such-folder", "a.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.json: --write-accepted: the folder .*no-such-folder does not exist/);
    const s = rampart(["check", "--stack-export", input, "--fail-on-stale-accepted"]);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/--fail-on-stale-accepted: needs --accepted FILE/);
  });
});
