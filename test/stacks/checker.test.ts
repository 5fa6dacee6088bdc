// The reference stacks and the insecure fixtures through the real `rampart check` (the compiled
// CLI, the policy pack over the Analyzer protocol): the reference passes the strict baseline with
// every policy evaluated (but those of data stores it does not run); each fixture yields exactly its expected findings under the
// recommended baseline (or the fixture's own baseline.json, when it ships one), at least one of
// them mandatory, and exits 1. breaks-every-control breaks every policy of the pack.
import * as fs from "fs";
import * as path from "path";
import { policies } from "../../policies/all";
import { ROOT, checkJson } from "../cli/run-rampart";

const STRICT = path.join(ROOT, "baselines", "strict.json");
const RECOMMENDED = path.join(ROOT, "baselines", "recommended.json");
const PROGRAMS = path.join(ROOT, "test", "fixtures", "programs");

interface Finding {
  policyName: string;
  resourceName: string;
  enforcementLevel: string;
}

const key = (f: Finding) => `${f.policyName} ${f.resourceName} ${f.enforcementLevel}`;
const notEvaluated = (report: any): string[] => report.policies.filter((p: any) => p.evaluated === 0).map((p: any) => p.policyName);

// Data stores and services the reference environment does not run (its database is one RDS
// instance; it runs no API Gateway stages, Step Functions, EKS, ElastiCache, Redshift, AppSync or
// Synthetics): their policies have nothing to judge there.
// breaks-every-control breaks each of them, and their examples show what passes. Any other policy left unevaluated fails the test.
const NOT_IN_REFERENCE = [
  "rds-cluster-storage-encrypted", "rds-snapshot-not-public", "ebs-snapshot-not-public", "redshift-not-public", "opensearch-in-vpc",
  "redshift-encrypted", "redshift-require-tls", "elasticache-encrypted-at-rest", "elasticache-encrypted-in-transit", "efs-encrypted",
  "kinesis-stream-encrypted", "sqs-encrypted", "sns-topic-kms-encrypted", "dynamodb-pitr-enabled", "rds-cluster-deletion-protection",
  "eks-supported-version", "elasticache-auto-minor-version-upgrade", "synthetics-supported-runtime",
  "apigateway-access-logging", "sfn-logging-enabled", "eks-audit-logging",
  "redshift-audit-logging", "appsync-field-logging",
  // The reference environment runs no API Gateway API.
  "apigateway-waf-attached", "apigateway-domain-tls-minimum",
  // Kubernetes, builds, Glue and Secrets Manager secrets: the reference runs none.
  "eks-endpoint-not-public", "codebuild-env-no-secrets", "glue-connection-no-plaintext-password", "secretsmanager-rotation-enabled",
  // Identity resources the reference environment does not create (IAM users and their keys, REST
  // APIs, AppSync): breaks-every-control breaks each of them.
  "iam-no-user-policies", "iam-no-access-keys", "apigateway-method-authorization", "appsync-no-api-key-auth",
  // Its one task definition declares Linux containers, which the Windows control does not judge.
  "ecs-windows-containers-non-admin",
];

// During a preview of a new stack these verdicts hang on ids and ARNs the deploy creates (the web
// ACL's ARN in webAclId, the origin access control's id, bucket policies built from the bucket's
// ARN): the policies say unknown rather than guess, so they evaluate nothing there.
const UNKNOWN_IN_PREVIEW = ["cloudfront-waf-attached", "cloudfront-s3-origin-access-control", "s3-deny-insecure-transport"];

describe("reference environment (Pulumi.yaml at the root) under the strict baseline", () => {
  test("no findings, exit 0, every policy of the pack evaluated but those of data stores it does not run", () => {
    const { code, report, stderr } = checkJson([".", "--policy-pack-config", STRICT]);
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toEqual([]);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/Undefined value/); // every output the program exports has a value (ECR and CloudFront ones included)
    expect(report.policies.length).toBeGreaterThanOrEqual(40);
    expect(notEvaluated(report).sort()).toEqual([...NOT_IN_REFERENCE].sort());
  });

  test("during preview, with unknown ids and ARNs: no findings, exit 0", () => {
    const { code, report } = checkJson([".", "--preview", "--policy-pack-config", STRICT]);
    expect(report.preview).toBe(true);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(notEvaluated(report).sort()).toEqual([...NOT_IN_REFERENCE, ...UNKNOWN_IN_PREVIEW].sort());
  });

  test("the network-only reference stack passes too", () => {
    const { code, report } = checkJson([path.join("stacks", "network-only"), "--policy-pack-config", STRICT]);
    expect(report.findings).toEqual([]);
    expect(report.resourceTypes["aws:ec2/securityGroup:SecurityGroup"]).toBe(3);
    expect(code).toBe(0);
  });
});

const fixtures = fs.readdirSync(PROGRAMS).filter((d) => fs.existsSync(path.join(PROGRAMS, d, "Pulumi.yaml"))).sort();

test("every fixture program has its expected findings", () => {
  expect(fixtures).toEqual(expect.arrayContaining([
    "admin-role-on-instances", "any-any-ingress", "breaks-every-control", "imdsv1", "no-patching", "no-waf", "ssh-open-to-world", "unencrypted-disks",
  ]));
  for (const f of fixtures) expect(fs.existsSync(path.join(PROGRAMS, f, "expected-findings.json"))).toBe(true);
});

/** The fixture's own baseline.json when it has one (e.g. to switch on ec2-approved-images), else recommended.json. */
function baselineOf(name: string): string {
  const own = path.join(PROGRAMS, name, "baseline.json");
  return fs.existsSync(own) ? own : RECOMMENDED;
}

const expectedOf = (name: string): Finding[] => JSON.parse(fs.readFileSync(path.join(PROGRAMS, name, "expected-findings.json"), "utf8"));

describe.each(fixtures)("insecure fixture %s under the recommended baseline (or its own)", (name) => {
  test("yields exactly its expected findings and exits 1", () => {
    const expected = expectedOf(name);
    const { code, report } = checkJson([path.join(PROGRAMS, name), "--policy-pack-config", baselineOf(name)]);
    expect(report.findings.map(key).sort()).toEqual(expected.map(key).sort());
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((f) => f.enforcementLevel === "mandatory")).toBe(true);
    expect(code).toBe(1);
  });
});

test("breaks-every-control's expected findings name every policy of the pack", () => {
  const named = new Set(expectedOf("breaks-every-control").map((f) => f.policyName));
  const missing = policies.map((p) => p.name).filter((n) => !named.has(n));
  expect(policies.length).toBeGreaterThanOrEqual(40);
  expect(missing).toEqual([]);
});
