// What users read and what remediation does, through the real protocol: the SSH finding names
// resource, rule, port and source; a policy at "remediate" fixes the inputs before Analyze and
// the report says what it changed.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT, checkJson, rampart } from "./run-rampart";

const PROGRAMS = path.join(ROOT, "test", "fixtures", "programs");

describe("a program that exposes SSH to the world", () => {
  const { code, report } = checkJson([path.join(PROGRAMS, "ssh-open-to-world")]);

  it("names the resource, the rule, the port and the source, and exits 1 under the default configuration", () => {
    const ssh = report.findings.find((f: any) => f.policyName === "no-internet-ingress-to-restricted-ports" && f.resourceName === "web-sg");
    expect(ssh.enforcementLevel).toBe("mandatory");
    expect(ssh.urn).toMatch(/aws:ec2\/securityGroup:SecurityGroup::web-sg$/);
    expect(ssh.message).toMatch(/ingress\[1\]/);
    expect(ssh.message).toMatch(/tcp port 22/);
    expect(ssh.message).toMatch(/0\.0\.0\.0\/0/);
    expect(ssh.message).toMatch(/Session Manager/);
    expect(code).toBe(1);
  });

  it("does not blame the legitimate HTTPS rule", () => {
    for (const f of report.findings) expect(f.message).not.toMatch(/ingress\[0\]/);
  });
});

describe("remediation", () => {
  function baseline(levels: Record<string, unknown>): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rampart-rem-")), "remediate.json");
    fs.writeFileSync(file, JSON.stringify(levels));
    return file;
  }

  it("fixes IMDSv1 before Analyze, reports what changed, and the violation is gone", () => {
    const cfg = baseline({ "ec2-imdsv2-required": "remediate" });
    const { report } = checkJson([path.join(PROGRAMS, "imdsv1"), "--policy-pack-config", cfg]);
    const fixed = report.remediations.filter((r: any) => r.policyName === "ec2-imdsv2-required");
    expect(fixed.map((r: any) => r.urn.split("::").pop()).sort()).toEqual(["app-server", "workers"]);
    for (const r of fixed) expect(r.changed).toEqual(["metadataOptions"]);
    expect(report.findings.filter((f: any) => f.policyName === "ec2-imdsv2-required")).toEqual([]);
  });

  it("without remediation the same program violates the policy", () => {
    const { report } = checkJson([path.join(PROGRAMS, "imdsv1")]);
    expect(report.remediations).toEqual([]);
    expect(report.findings.filter((f: any) => f.policyName === "ec2-imdsv2-required").length).toBe(2);
  });

  it("the text report lists the remediations", () => {
    const cfg = baseline({ "ec2-imdsv2-required": "remediate" });
    const r = rampart(["check", path.join(PROGRAMS, "imdsv1"), "--policy-pack-config", cfg]);
    expect(r.stdout).toMatch(/remediated by rampart-aws\/ec2-imdsv2-required: .*app-server \(changed: metadataOptions\)/);
  });
});
