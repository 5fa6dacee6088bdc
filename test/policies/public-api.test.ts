// `rampart/policies` as a user gets it: from the packed package (npm pack), imported without side
// effects, selecting by framework, composing a pack that runs through the real protocol with
// exactly the selected policies. And the selection and composition rules themselves.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PackCompositionError, SelectionError, createPolicyPack, policies, selectPolicies } from "../../policies/public";
import { FIXTURES, ROOT, checkJson } from "../cli/run-rampart";

describe("selectPolicies", () => {
  it("selects a framework: every policy mapped to it, and only those", () => {
    const cis = selectPolicies({ frameworks: ["cis-aws"] });
    expect(cis.length).toBeGreaterThan(5);
    expect(cis.length).toBeLessThan(policies.length);
    for (const p of policies) expect(cis.includes(p)).toBe(p.rampart.references.some((r) => r.framework === "cis-aws"));
  });

  it("selects one control of a framework", () => {
    const names = selectPolicies({ frameworks: ["aws-fsbp:EC2.19"] }).map((p) => p.name);
    expect(names).toContain("no-any-any-ingress");
    for (const p of selectPolicies({ frameworks: ["aws-fsbp:EC2.19"] })) expect(p.rampart.references.some((r) => r.framework === "aws-fsbp" && r.ids.includes("EC2.19"))).toBe(true);
  });

  it("combines criteria with AND and values with OR, keeping the catalog's order", () => {
    const picked = selectPolicies({ domains: ["network", "compute"], severities: ["critical"] });
    expect(picked.length).toBeGreaterThan(0);
    for (const p of picked) {
      expect(["network", "compute"]).toContain(p.rampart.domain);
      expect(p.severity).toBe("critical");
    }
    expect(picked).toEqual(policies.filter((p) => picked.includes(p)));
    expect(selectPolicies()).toEqual([...policies]);
  });

  it.each([
    [{ names: ["no-any-any-ingres"] }, /names: unknown value "no-any-any-ingres" \(did you mean "no-any-any-ingress"\?\)/],
    [{ domains: ["netwrok"] }, /domains: unknown value "netwrok" \(did you mean "network"\?\)/],
    [{ frameworks: ["cis"] }, /frameworks: unknown value "cis"/],
    [{ frameworks: ["aws-fsbp:EC2.999"] }, /no policy maps to "aws-fsbp:EC2.999"/],
    [{ severities: ["severe" as never] }, /severities: unknown value "severe"/],
  ])("refuses a selection that names nothing real: %j", (selection, message) => {
    expect(() => selectPolicies(selection)).toThrow(SelectionError);
    expect(() => selectPolicies(selection)).toThrow(message);
  });
});

describe("createPolicyPack", () => {
  it("refuses two policies of one name, and a nameless one", () => {
    const [a] = policies;
    expect(() => createPolicyPack("dup", { policies: [a, a] })).toThrow(PackCompositionError);
    expect(() => createPolicyPack("dup", { policies: [a, a] })).toThrow(`two policies are named "${a.name}"`);
    expect(() => createPolicyPack("anon", { policies: [{} as never] })).toThrow("policies[0] has no name");
  });
});

describe("the packed package", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-packed-"));
  const project = path.join(tmp, "project");
  const installed = path.join(project, "node_modules", "rampart");
  // The packed package's dependencies come from this checkout's install, as npm would provide them.
  const env = { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") };
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  beforeAll(() => {
    const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], { cwd: ROOT, encoding: "utf8" });
    const tarball = path.join(tmp, JSON.parse(out)[0].filename);
    fs.mkdirSync(installed, { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  });

  it("imports rampart/policies without starting anything", () => {
    const r = spawnSync(process.execPath, ["-e", 'const p = require("rampart/policies"); console.log(p.policies.length, typeof p.createPolicyPack, typeof p.resourcePolicy)'], { cwd: project, env, encoding: "utf8", timeout: 30_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`${policies.length} function function`);
  });

  it("imports rampart/testing without starting anything", () => {
    const script = 'const t = require("rampart/testing"); console.log(typeof t.openPack, typeof t.openPolicies, typeof t.secret, t.unknown("number"))';
    const r = spawnSync(process.execPath, ["-e", script], { cwd: project, env, encoding: "utf8", timeout: 30_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe("function function function 3eeb2bf0-c639-47a8-9e75-3b44932eb421");
  });

  it("composes a pack by framework that runs through the protocol with exactly the selected policies", () => {
    const pack = path.join(project, "cis-pack");
    fs.mkdirSync(pack);
    fs.writeFileSync(path.join(pack, "PulumiPolicy.yaml"), "runtime: nodejs\ndescription: CIS only\n");
    fs.writeFileSync(path.join(pack, "package.json"), JSON.stringify({ name: "cis-pack", version: "1.2.3", main: "index.js" }));
    fs.writeFileSync(
      path.join(pack, "index.js"),
      'const { createPolicyPack, selectPolicies } = require("rampart/policies");\ncreatePolicyPack("cis-only", { policies: selectPolicies({ frameworks: ["cis-aws"] }) });\n',
    );
    const { code, report, stderr } = checkJson(["--stack-export", path.join(FIXTURES, "exceptions-export.json"), "--policy-pack", pack], env);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(report.packs).toEqual([expect.objectContaining({ name: "cis-only", version: "1.2.3", policyCount: selectPolicies({ frameworks: ["cis-aws"] }).length })]);
    const evaluated = new Set(report.policies.map((p: { policyName: string }) => p.policyName));
    expect(evaluated).toEqual(new Set(selectPolicies({ frameworks: ["cis-aws"] }).map((p) => p.name)));
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(evaluated.has(f.policyName)).toBe(true);
  });
});
