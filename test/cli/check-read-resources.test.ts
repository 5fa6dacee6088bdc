// Resources a program only reads (`aws.rds.Snapshot.get(...)`, recorded as external) are not the
// stack's: the engine keeps them out of Analyze and AnalyzeStack, and so does `rampart check`.
// The fixtures hold one public snapshot the stack creates and three resources it only reads (a
// public snapshot, a public unencrypted warehouse, a VPC without flow logs).
import * as path from "path";
import { FIXTURES, ROOT, checkJson } from "./run-rampart";

const DIR = path.join(FIXTURES, "read-resources");
const STRICT = path.join(ROOT, "baselines", "strict.json");

describe.each([
  ["a stack export", "--stack-export", "stack-export.json"],
  ["a preview", "--preview-json", "preview.json"],
])("resources only read, in %s", (_label, flag, file) => {
  const { code, report } = checkJson([flag, path.join(DIR, file), "--policy-pack-config", STRICT]);

  it("are not judged: the only finding is the public snapshot the stack creates", () => {
    expect(report.findings.map((f: any) => `${f.policyName} ${f.resourceName}`)).toEqual(["rds-snapshot-not-public orders-export"]);
    expect(code).toBe(1);
  });

  it("are not counted among the stack's resources", () => {
    expect(report.resourceCount).toBe(3); // the stack, its provider and the snapshot it creates
    expect(report.resourceTypes["aws:redshift/cluster:Cluster"]).toBeUndefined();
    expect(report.resourceTypes["aws:ec2/vpc:Vpc"]).toBeUndefined();
  });
});
