// `rampart check` end to end through the real Analyzer gRPC protocol: each input kind, the
// reports' shared contract, and exit codes.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateStackExport } from "../../bench/generate-stack";
import { FIXTURES, ROOT, SAMPLES, checkJson, rampart } from "./run-rampart";

const AWSX_EXPORT = path.join(SAMPLES, "stack-export-awsx-lb-ec2-securitygroups.json");
const SECRETS_EXPORT = path.join(SAMPLES, "stack-export-aws-apigateway-secrets-assets.json");
const PREVIEW_CREATES = path.join(SAMPLES, "preview-json-aws-s3-lambda-creates.json");
const PREVIEW_UPDATE = path.join(SAMPLES, "preview-json-aws-s3-lambda-update.json");

const FINDING_KEYS = ["policyName", "policyPackName", "enforcementLevel", "severity", "urn", "message"];

describe("stack export input", () => {
  const { code, report } = checkJson(["--stack-export", AWSX_EXPORT]);

  it("reads every live resource of the export", () => {
    const doc = JSON.parse(fs.readFileSync(AWSX_EXPORT, "utf8"));
    expect(report.resourceCount).toBe(doc.deployment.resources.length);
    expect(report.resourceTypes["aws:ec2/securityGroup:SecurityGroup"]).toBe(2);
    expect(report.inputKind).toBe("stack-export");
  });

  it("flags the load balancer group that admits all traffic from 0.0.0.0/0 and ::/0, and exits 1", () => {
    const anyAny = report.findings.filter((f: any) => f.policyName === "no-any-any-ingress");
    expect(anyAny.length).toBeGreaterThanOrEqual(1);
    expect(anyAny.every((f: any) => f.resourceType === "aws:ec2/securityGroup:SecurityGroup")).toBe(true);
    expect(anyAny.map((f: any) => f.resourceName)).not.toContain("web-secgrp");
    expect(code).toBe(1);
  });

  it("gives every finding the documented fields", () => {
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) for (const key of FINDING_KEYS) expect(f).toHaveProperty(key);
    expect(report.findings.every((f: any) => f.policyPackName === "rampart-aws")).toBe(true);
  });

  it("reports which policies judged how many resources", () => {
    const byName = new Map(report.policies.map((p: any) => [p.policyName, p]));
    expect((byName.get("no-any-any-ingress") as any).evaluated).toBeGreaterThan(0);
    expect(report.summary.policies).toBe(report.policies.length);
  });
});

describe("stack export with secrets, assets and resource references", () => {
  it("analyses it without printing ciphertext or failing on the special values", () => {
    const r = rampart(["check", "--stack-export", SECRETS_EXPORT, "--format", "json"]);
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout);
    expect(report.resourceCount).toBeGreaterThan(10);
    const doc = fs.readFileSync(SECRETS_EXPORT, "utf8");
    for (const m of doc.matchAll(/"ciphertext":\s*"([^"]+)"/g)) expect(r.stdout).not.toContain(m[1]);
  });
});

describe("preview JSON input", () => {
  it("reads a creates-only preview (unknown outputs) without a finding on an unknown value", () => {
    const { code, report } = checkJson(["--preview-json", PREVIEW_CREATES]);
    expect(report.inputKind).toBe("preview-json");
    expect(report.preview).toBe(true);
    expect(report.resourceCount).toBe(16);
    expect([0, 1]).toContain(code);
    for (const f of report.findings) expect(f.message).not.toMatch(/04da6b54-80e4-46f7-96ec-b56ff0331ba9/);
  });

  it("keeps one planned state per resource in an update preview", () => {
    const { report } = checkJson(["--preview-json", PREVIEW_UPDATE]);
    const doc = JSON.parse(fs.readFileSync(PREVIEW_UPDATE, "utf8"));
    const urns = new Set(doc.steps.map((s: any) => s.urn));
    expect(report.resourceCount).toBe(urns.size);
  });
});

describe("program input (mock runtime)", () => {
  const dir = path.join(FIXTURES, "program-any-any");

  it("records the program's resources and flags the all-traffic rule, exit 1", () => {
    const { code, report } = checkJson([dir]);
    expect(report.inputKind).toBe("program");
    expect(report.resourceTypes["pulumi:pulumi:Stack"]).toBe(1);
    expect(report.resourceTypes["aws:ec2/securityGroup:SecurityGroup"]).toBe(1);
    const f = report.findings.find((x: any) => x.policyName === "no-any-any-ingress");
    expect(f).toBeDefined();
    expect(f.urn).toBe("urn:pulumi:dev::checker-any-any::aws:ec2/securityGroup:SecurityGroup::web");
    expect(f.message).toMatch(/0\.0\.0\.0\/0/);
    expect(code).toBe(1);
  });

  it("never prints the program's secret", () => {
    const r = rampart(["check", dir, "--format", "json"]);
    expect(r.stdout + r.stderr).not.toContain("tok-9f8e7d6c5b4a");
  });

  it("runs as a preview with --preview and still flags what is known", () => {
    const { code, report } = checkJson([dir, "--preview"]);
    expect(report.preview).toBe(true);
    expect(report.findings.some((x: any) => x.policyName === "no-any-any-ingress")).toBe(true);
    expect(code).toBe(1);
  });
});

describe("exit code 2: the check could not run", () => {
  it.each([
    ["not-json.json", /not valid JSON/],
    ["missing-urn.json", /deployment\.resources\[0\]\.urn/],
    ["bad-version.json", /version/],
  ])("a malformed export (%s) names the file and the field", (file, why) => {
    const r = rampart(["check", "--stack-export", path.join(FIXTURES, "malformed", file)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(why);
    expect(r.stdout).toBe("");
  });

  it("a preview step without an op names the step", () => {
    const r = rampart(["check", "--preview-json", path.join(FIXTURES, "malformed", "preview-no-op.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/steps\[0\]\.op/);
  });

  it("a missing input file is named", () => {
    const r = rampart(["check", "--stack-export", "no/such/export.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/export\.json.*cannot read/);
  });

  it("a pack that fails to start names the pack and shows its error", () => {
    const r = rampart(["check", "--stack-export", AWSX_EXPORT, "--policy-pack", path.join(FIXTURES, "broken-pack")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken-pack/);
    expect(r.stderr).toMatch(/missing credentials file/);
  });

  it("a folder that is not a pack is refused", () => {
    const r = rampart(["check", "--stack-export", AWSX_EXPORT, "--policy-pack", path.join(ROOT, "cli")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PulumiPolicy\.yaml/);
  });

  it("a policy that throws names the policy and the call", () => {
    const r = rampart(["check", "--stack-export", AWSX_EXPORT, "--policy-pack", path.join(FIXTURES, "throwing-pack")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/always-throws/);
    expect(r.stderr).toMatch(/Analyze/);
  });

  it("a folder without Pulumi.yaml is refused in program mode", () => {
    const r = rampart(["check", path.join(ROOT, "cli")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Pulumi\.yaml/);
  });

  it("an unknown format is a usage error", () => {
    const r = rampart(["check", "--stack-export", AWSX_EXPORT, "--format", "yaml"]);
    expect(r.code).toBe(2);
  });
});

describe("packs and their config", () => {
  it("checks a third-party pack the same way (the no-op floor pack finds nothing)", () => {
    const { code, report } = checkJson(["--stack-export", AWSX_EXPORT, "--policy-pack", path.join(ROOT, "bench", "floor-pack")]);
    expect(code).toBe(0);
    expect(report.packs.map((p: any) => p.name)).toEqual(["protocol-floor"]);
    expect(report.findings).toEqual([]);
    expect(report.policies[0].evaluated).toBe(report.resourceCount);
  });

  it("runs several packs, each with its own config in order", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-cfg-"));
    const cfg = path.join(dir, "off.json");
    fs.writeFileSync(cfg, JSON.stringify({ "no-any-any-ingress": "disabled" }));
    const { report } = checkJson(["--stack-export", AWSX_EXPORT, "--policy-pack", path.join(ROOT, "policies"), "--policy-pack-config", cfg, "--policy-pack", path.join(ROOT, "bench", "floor-pack")]);
    expect(report.packs.map((p: any) => p.name)).toEqual(["rampart-aws", "protocol-floor"]);
    expect(report.findings.some((f: any) => f.policyName === "no-any-any-ingress")).toBe(false);
    const stats = report.policies.find((p: any) => p.policyName === "no-any-any-ingress");
    expect(stats.level).toBe("disabled");
    expect(stats.evaluated).toBe(0);
  });

  it("a config that lowers the policy to advisory turns exit 1 into exit 0 when it was the only mandatory one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-cfg-"));
    const cfg = path.join(dir, "all-advisory.json");
    fs.writeFileSync(cfg, JSON.stringify({ all: "advisory" }));
    const { code, report } = checkJson(["--stack-export", AWSX_EXPORT, "--policy-pack-config", cfg]);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f: any) => f.enforcementLevel === "advisory")).toBe(true);
    expect(code).toBe(0);
  });

  it("more config files than packs is refused before anything runs", () => {
    const r = rampart(["check", "--stack-export", AWSX_EXPORT, "--policy-pack-config", path.join(ROOT, "baselines", "recommended.json"), "--policy-pack-config", path.join(ROOT, "baselines", "strict.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/configs pair with packs/);
  });
});

describe("large reports on a pipe", () => {
  it("arrive whole: a multi-megabyte JSON report is not cut off when the CLI exits", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-big-"));
    const file = path.join(dir, "stack-3000.json");
    // The generated stack is compliant; open each unit's database rule to the world for findings.
    const doc = generateStackExport(3000);
    for (const r of doc.deployment.resources) {
      if (r.inputs.fromPort === 5432) r.inputs.cidrIpv4 = r.outputs.cidrIpv4 = "0.0.0.0/0";
    }
    fs.writeFileSync(file, JSON.stringify(doc));
    const r = rampart(["check", "--stack-export", file, "--format", "json"]);
    expect(r.stdout.length).toBeGreaterThan(256 * 1024);
    const report = JSON.parse(r.stdout);
    expect(report.resourceCount).toBe(3000);
    expect(report.findings.length).toBeGreaterThan(100);
  });
});

describe("progress on large stacks", () => {
  it("reports progress on stderr above a few hundred resources", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-big-"));
    const file = path.join(dir, "stack-600.json");
    fs.writeFileSync(file, JSON.stringify(generateStackExport(600)));
    const r = rampart(["check", "--stack-export", file, "--policy-pack", path.join(ROOT, "bench", "floor-pack"), "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/analysed 600\/600 resources/);
    expect(JSON.parse(r.stdout).resourceCount).toBe(600);
  });
});
