// ACME's pack through the real Analyzer protocol (rampart check), on its good and bad examples.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { selectPolicies } from "rampart/policies";

const PACK = path.resolve(__dirname, "..");
const RAMPART = path.join(path.dirname(require.resolve("rampart/package.json")), "bin", "rampart.js");
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "acme-pack-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function group(name: string, cidr: string, tags?: Record<string, string>) {
  const props = { description: name, ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: [cidr], description: "https" }], ...(tags ? { tags } : {}) };
  return { urn: `urn:pulumi:dev::acme::aws:ec2/securityGroup:SecurityGroup::${name}`, custom: true, id: `sg-${name}`, type: "aws:ec2/securityGroup:SecurityGroup", inputs: props, outputs: props };
}

/** Checks one stack export with the pack (and an optional config) and returns the JSON report. */
function check(resources: object[], config?: object) {
  const file = path.join(tmp, `stack-${Math.random().toString(36).slice(2)}.json`);
  const stack = { urn: "urn:pulumi:dev::acme::pulumi:pulumi:Stack::acme-dev", custom: false, type: "pulumi:pulumi:Stack" };
  fs.writeFileSync(file, JSON.stringify({ version: 3, deployment: { manifest: { time: "2026-11-01T00:00:00Z", magic: "x", version: "v3.200.0" }, resources: [stack, ...resources] } }));
  const args = [RAMPART, "check", "--stack-export", file, "--policy-pack", PACK, "--format", "json"];
  if (config) {
    fs.writeFileSync(`${file}.config.json`, JSON.stringify(config));
    args.push("--policy-pack-config", `${file}.config.json`);
  }
  const r = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, RAMPART_TODAY: "2026-11-23" }, timeout: 120_000 });
  expect(r.stderr).toBe("");
  return { code: r.status, report: JSON.parse(r.stdout) };
}

const ticketFindings = (report: { findings: { policyName: string; resourceName: string }[] }) =>
  report.findings.filter((f) => f.policyName === "internet-rules-carry-change-ticket").map((f) => f.resourceName);

describe("internet-rules-carry-change-ticket", () => {
  it("bad: a group open to the internet without a change ticket is a mandatory finding", () => {
    const { code, report } = check([group("public-web", "0.0.0.0/0")]);
    expect(ticketFindings(report)).toEqual(["public-web"]);
    expect(report.findings.find((f: { policyName: string }) => f.policyName === "internet-rules-carry-change-ticket").message).toBe(
      'Security group "public-web" admits traffic from the internet but has no `change-ticket` tag; tag it with the change ticket that approved the exposure.',
    );
    expect(code).toBe(1);
  });

  it("good: the same group carrying its ticket", () => {
    expect(ticketFindings(check([group("public-web", "0.0.0.0/0", { "change-ticket": "CHG-1042" })]).report)).toEqual([]);
  });

  it("good: a group open only to the private network needs no ticket", () => {
    expect(ticketFindings(check([group("internal", "10.0.0.0/8")]).report)).toEqual([]);
  });

  it("a source unknown during preview is not a violation", () => {
    expect(ticketFindings(check([group("pending", UNKNOWN)]).report)).toEqual([]);
  });

  it("takes Rampart's config machinery for free: another tag key, and time-boxed exceptions", () => {
    const renamed = check([group("public-web", "0.0.0.0/0", { "change-ticket": "CHG-1" })], { "internet-rules-carry-change-ticket": { tagKey: "chg" } });
    expect(ticketFindings(renamed.report)).toEqual(["public-web"]);
    const excepted = check([group("public-web", "0.0.0.0/0")], {
      "internet-rules-carry-change-ticket": { exceptions: [{ resource: "public-web", reason: "migration window", expires: "2026-12-31" }] },
    });
    expect(ticketFindings(excepted.report)).toEqual([]);
    expect(excepted.report.suppressed.map((f: { resourceName: string }) => f.resourceName)).toEqual(["public-web"]);
  });
});

describe("the pack", () => {
  it("holds Rampart's CIS AWS Foundations policies and ACME's own, and no others", () => {
    const { report } = check([group("internal", "10.0.0.0/8")]);
    const names = report.policies.map((p: { policyName: string }) => p.policyName).sort();
    expect(names).toEqual([...selectPolicies({ frameworks: ["cis-aws"] }).map((p) => p.name), "internet-rules-carry-change-ticket"].sort());
  });
});
