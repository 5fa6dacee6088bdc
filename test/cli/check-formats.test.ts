// Each output format of `rampart check`, from the same real run: SARIF validated against the
// official SARIF 2.1.0 schema, JUnit parsed as XML, text and JSON read for their contract.
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SAMPLES, rampart } from "./run-rampart";

const EXPORT = path.join(SAMPLES, "stack-export-awsx-lb-ec2-securitygroups.json");
const SARIF_SCHEMA = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

const run = (format: string) => rampart(["check", "--stack-export", EXPORT, "--format", format]);
const json = JSON.parse(run("json").stdout);

describe("sarif", () => {
  const r = run("sarif");
  const log = JSON.parse(r.stdout);

  it("validates against the official SARIF 2.1.0 schema", () => {
    // The official schema has a language pattern that is invalid under the "u" flag.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    // Formats too (uri, uri-reference, date-time): GitHub rejects malformed URIs.
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, "utf8")));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("has one result per finding, each pointing at a rule and at the resource, with the exit code of the check", () => {
    const results = log.runs[0].results;
    expect(results).toHaveLength(json.findings.length + json.suppressed.length);
    const rules = log.runs[0].tool.driver.rules;
    for (const res of results) {
      expect(rules[res.ruleIndex].id).toBe(res.ruleId);
      // No project beside the sample for its sourcePosition values: every result points at the file.
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe("test/fixtures/samples/stack-export-awsx-lb-ec2-securitygroups.json");
      expect(res.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^urn:pulumi:|^stack$/);
      expect(res.partialFingerprints.rampartFinding).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(results.filter((x: any) => x.level === "error")).toHaveLength(json.summary.mandatory);
    expect(r.code).toBe(1);
  });

  it("gives GitHub a numeric security severity for every rule", () => {
    for (const rule of log.runs[0].tool.driver.rules) expect(Number(rule.properties["security-severity"])).toBeGreaterThan(0);
  });
});

describe("junit", () => {
  const r = run("junit");
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(r.stdout);

  it("is XML with a suite per pack and a case per policy", () => {
    const suite = doc.testsuites.testsuite;
    expect(suite["@name"]).toMatch(/^rampart-aws@/);
    const cases = Array.isArray(suite.testcase) ? suite.testcase : [suite.testcase];
    expect(cases).toHaveLength(json.policies.length);
    expect(Number(suite["@tests"])).toBe(cases.length);
  });

  it("fails exactly the policies with mandatory findings", () => {
    const suite = doc.testsuites.testsuite;
    const failed = suite.testcase.filter((c: any) => c.failure).map((c: any) => c["@name"]).sort();
    const mandatory = [...new Set(json.findings.filter((f: any) => f.enforcementLevel === "mandatory").map((f: any) => f.policyName))].sort();
    expect(failed).toEqual(mandatory);
    expect(Number(suite["@failures"])).toBe(mandatory.length);
  });
});

describe("text", () => {
  it("groups findings by policy, prints its description once, then one line per resource, and ends with the verdict", () => {
    const r = run("text");
    expect(r.code).toBe(1);
    const sections = r.stdout.split(/\n(?=(?:MANDATORY|advisory) \[)/);
    for (const f of json.findings) {
      const section = sections.find((s) => s.includes(`rampart-aws/${f.policyName} (`));
      expect(section).toBeDefined();
      // The description once, at the head of its policy's section, and never in front of a finding.
      expect(section!.split(f.description).length - 1).toBe(1);
      expect(section).toContain(`  - ${f.resourceType} "${f.resourceName}" (${f.location.file}:${f.location.line}): ${f.message.split("\n")[0]}`);
    }
    expect(r.stdout).toMatch(/Summary: \d+ mandatory, \d+ advisory, \d+ suppressed; \d+ of \d+ policies evaluated on 29 resources\./);
    expect(r.stdout).toMatch(/Result: FAILED/);
  });
});

describe("--output", () => {
  it("writes the report to the file and nothing to stdout", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rampart-out-")), "report.sarif");
    const r = rampart(["check", "--stack-export", EXPORT, "--format", "sarif", "--output", file]);
    expect(r.stdout).toBe("");
    expect(JSON.parse(fs.readFileSync(file, "utf8")).version).toBe("2.1.0");
    expect(r.code).toBe(1);
  });
});
