// Where findings point, in every format that carries a location: the source line that declared
// the resource (from Pulumi's source positions), the user's call for a resource a component
// creates, Pulumi.yaml for the stack. From a program (TypeScript through ts-node, so the lines
// must be the .ts file's, not the compiled ones), a stack export and a preview. A pack that
// reports every resource and the stack (locating-pack) gives each resource a finding.
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIXTURES, ROOT, SAMPLES, checkJson, rampart } from "./run-rampart";

const PACK = path.join(FIXTURES, "locating-pack");
const PROGRAM = path.join(ROOT, "test", "fixtures", "programs", "component-call-sites");
const SARIF_SCHEMA = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

interface Location {
  file: string;
  line: number;
  column?: number;
}

/** A path as reports show it: from the repository root (this checkout), forward slashes. */
const shown = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** Where `new` stands on the first line of `file` that contains `text`. */
function declaration(file: string, text: string): Location {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const i = lines.findIndex((l) => l.includes(text));
  if (i < 0 || !lines[i].includes("new ")) throw new Error(`no declaration with ${text} in ${file}`);
  return { file: shown(file), line: i + 1, column: lines[i].indexOf("new ") + 1 };
}

const projectFile = (dir: string): Location => ({ file: shown(path.join(dir, "Pulumi.yaml")), line: 1 });

function sarifLocation(result: any): Location {
  const { artifactLocation, region } = result.locations[0].physicalLocation;
  return { file: artifactLocation.uri, line: region.startLine, ...(region.startColumn ? { column: region.startColumn } : {}) };
}

/** Each finding's location by policy and URN (the stack finding has the stack's URN). */
function locationsOf(findings: any[]): Map<string, Location> {
  return new Map(findings.map((f) => [`${f.policyName} ${f.urn}`, f.location]));
}

const nameOf = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);

describe("a program", () => {
  const INDEX = path.join(PROGRAM, "index.ts");
  const sarif = rampart(["check", PROGRAM, "--policy-pack", PACK, "--format", "sarif"]);
  const log = JSON.parse(sarif.stdout);
  const results: any[] = log.runs[0].results;
  const resultFor = (policy: string, name: string) => {
    const found = results.filter((r) => r.ruleId === `locating-pack/${policy}` && nameOf(r.locations[0].logicalLocations[0].fullyQualifiedName) === name);
    expect(found).toHaveLength(1);
    return found[0];
  };

  it("is valid SARIF with a result for every resource and one for the stack", () => {
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, "utf8")));
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(results.filter((r) => r.ruleId === "locating-pack/every-resource")).toHaveLength(6);
    expect(sarif.code).toBe(1);
  });

  it("points each resource declared in index.ts at its line and column there", () => {
    // index.ts has type-only lines above these: compiled JavaScript would put them elsewhere.
    for (const name of ["bastion-sg", "jump-sg", "ssh-from-anywhere-v6"]) {
      expect(sarifLocation(resultFor("every-resource", name))).toEqual(declaration(INDEX, `"${name}"`));
    }
  });

  it("points the component and the group it creates (in web-tier.ts) at the user's `new WebTier(...)`", () => {
    const call = declaration(INDEX, "new WebTier(");
    expect(sarifLocation(resultFor("every-resource", "web"))).toEqual(call);
    expect(sarifLocation(resultFor("every-resource", "web-admin-sg"))).toEqual(call);
    expect(results.map((r) => sarifLocation(r).file)).not.toContain(shown(path.join(PROGRAM, "web-tier.ts")));
  });

  it("points stack findings, from Analyze on the stack and from AnalyzeStack, at Pulumi.yaml", () => {
    const stack = "insecure-component-call-sites-dev";
    expect(sarifLocation(resultFor("every-resource", stack))).toEqual(projectFile(PROGRAM));
    expect(sarifLocation(resultFor("whole-stack", stack))).toEqual(projectFile(PROGRAM));
  });

  it("gives the same locations in JSON and JUnit", () => {
    const { report } = checkJson([PROGRAM, "--policy-pack", PACK]);
    expect(report.findings).toHaveLength(results.length);
    for (const r of results) {
      const f = report.findings.find((x: any) => `locating-pack/${x.policyName}` === r.ruleId && x.urn === r.locations[0].logicalLocations[0].fullyQualifiedName);
      expect(f.location).toEqual(sarifLocation(r));
    }

    const junit = rampart(["check", PROGRAM, "--policy-pack", PACK, "--format", "junit"]);
    const cases = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(junit.stdout).testsuites.testsuite.testcase;
    const failing = cases.find((c: any) => c["@name"] === "every-resource");
    const blocking = report.findings.filter((f: any) => f.policyName === "every-resource");
    // The case carries its first finding's place; the failure text names every finding's.
    expect({ file: failing["@file"], line: Number(failing["@line"]) }).toEqual({ file: blocking[0].location.file, line: blocking[0].location.line });
    for (const f of blocking) expect(failing.failure["#text"]).toContain(`${f.resourceName} (${f.location.file}:${f.location.line}): `);
    const stackCase = cases.find((c: any) => c["@name"] === "whole-stack");
    expect(stackCase["@file"]).toBe(projectFile(PROGRAM).file);
  });
});

describe("a stack export beside its Pulumi.yaml", () => {
  const DIR = path.join(FIXTURES, "located-export");
  const EXPORT = path.join(DIR, "stack.json");
  const resources: any[] = JSON.parse(fs.readFileSync(EXPORT, "utf8")).deployment.resources;
  const { code, report, stderr } = checkJson(["--stack-export", EXPORT, "--policy-pack", PACK]);
  const located = locationsOf(report.findings);

  it("points a resource at the line and column its sourcePosition records, in the project's index.ts", () => {
    const positioned = resources.filter((r) => r.sourcePosition?.startsWith("project:///index.ts#"));
    expect(positioned.map((r) => nameOf(r.urn)).sort()).toEqual(["instance", "web-secgrp"]);
    for (const r of positioned) {
      const [, line, column] = /#(\d+),(\d+)$/.exec(r.sourcePosition)!;
      const at = located.get(`every-resource ${r.urn}`);
      expect(at).toEqual({ file: shown(path.join(DIR, "index.ts")), line: Number(line), column: Number(column) });
      // The stand-in source agrees: the line declares that resource.
      expect(at).toEqual(declaration(path.join(DIR, "index.ts"), `"${nameOf(r.urn)}"`));
    }
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });

  it("points the rest (awsx children with no position, providers, the stack) at Pulumi.yaml", () => {
    const others = resources.filter((r) => !r.sourcePosition?.startsWith("project:///index.ts#"));
    expect(others.length).toBe(10);
    for (const r of others) expect(located.get(`every-resource ${r.urn}`)).toEqual(projectFile(DIR));
    expect(located.get(`whole-stack ${resources[0].urn}`)).toEqual(projectFile(DIR));
  });
});

describe("a preview whose resources a library declared (positions inside node_modules)", () => {
  const DIR = path.join(FIXTURES, "located-preview");
  const { report } = checkJson(["--preview-json", path.join(DIR, "preview.json"), "--policy-pack", PACK]);

  it("points them at their nearest ancestor declared in the project: the bucket's line", () => {
    const bucket = declaration(path.join(DIR, "index.ts"), `"docs"`);
    const findings = report.findings.filter((f: any) => f.policyName === "every-resource" && f.resourceType !== "pulumi:pulumi:Stack");
    expect(findings).toHaveLength(7);
    for (const f of findings) expect(f.location).toEqual(bucket);
    const stack = report.findings.filter((f: any) => f.resourceType === "pulumi:pulumi:Stack");
    expect(stack.map((f: any) => f.location)).toEqual([projectFile(DIR), projectFile(DIR)]);
  });
});

describe("source positions that cannot be used", () => {
  it("fall back to Pulumi.yaml with a warning each, and the check still runs", () => {
    // Outside any git repository: the paths are absolute (they are not under the working directory).
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "rampart-positions-")));
    for (const f of ["Pulumi.yaml", "index.ts"]) fs.copyFileSync(path.join(FIXTURES, "located-export", f), path.join(dir, f));
    const doc = JSON.parse(fs.readFileSync(path.join(FIXTURES, "located-export", "stack.json"), "utf8"));
    const bad: [string, unknown][] = [
      ["aws:ec2/securityGroup:SecurityGroup::web-secgrp", "index.ts:17:15"],
      ["awsx:ec2:Vpc::vpc", { uri: "project:///index.ts", line: 8 }],
      ["awsx:ec2:Vpc$aws:ec2/vpc:Vpc::vpc", "project:///index.ts#0,1"],
      ["Subnet::vpc-public-1", "project:///index.ts#seven"],
      ["ApplicationLoadBalancer$aws:ec2/securityGroup:SecurityGroup::lb", "project:///missing.ts#3,1"],
    ];
    const changed = bad.map(([suffix, position]) => {
      const r = doc.deployment.resources.find((x: any) => x.urn.endsWith(suffix));
      r.sourcePosition = position;
      return r;
    });
    const file = path.join(dir, "stack.json");
    fs.writeFileSync(file, JSON.stringify(doc));

    const { code, report, stderr } = checkJson(["--stack-export", file, "--policy-pack", PACK]);
    expect(code).toBe(1);
    const located = locationsOf(report.findings);
    const fallback = { file: path.join(dir, "Pulumi.yaml").split(path.sep).join("/"), line: 1 };
    for (const r of changed) expect(located.get(`every-resource ${r.urn}`)).toEqual(fallback);
    for (const [, position] of bad.slice(0, 4)) {
      const text = typeof position === "string" ? position : JSON.stringify(position);
      expect(stderr).toContain(`sourcePosition ${JSON.stringify(text)} is not Pulumi's "uri#line,column"`);
    }
    expect(stderr).toContain(`names ${path.join(dir, "missing.ts")}, which does not exist`);
    // The well-formed position beside them still counts.
    const instance = doc.deployment.resources.find((r: any) => nameOf(r.urn) === "instance");
    expect(located.get(`every-resource ${instance.urn}`)).toEqual({ file: path.join(dir, "index.ts").split(path.sep).join("/"), line: 33, column: 18 });
  });

  it("name a file the project folder does not have: the finding points at the input, with a warning", () => {
    const EXPORT = path.join(SAMPLES, "stack-export-awsx-lb-ec2-securitygroups.json");
    const { code, report, stderr } = checkJson(["--stack-export", EXPORT, "--policy-pack", PACK]);
    expect(code).toBe(1);
    expect(stderr).toContain(`names ${path.join(SAMPLES, "index.ts")}, which does not exist`);
    for (const f of report.findings) expect(f.location).toEqual({ file: shown(EXPORT), line: 1 });
  });
});
