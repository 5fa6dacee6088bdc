// The metadata every policy carries, for the pack, the docs, the baselines and selectPolicies:
// one set of rules for all of them (policies added later are held to it), then what the former
// per-domain metadata tests pinned.
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import { APPLIES_TO_TAG } from "../../policies/lib/codec";
import { FRAMEWORKS, FrameworkId } from "../../policies/lib/frameworks";
import { policies } from "../../policies/public";
import { ELB17_POLICIES, TLS12_PLUS_POLICIES, TLS13_ONLY_POLICIES } from "../../policies/web/alb-tls-policy";

const POLICIES_DIR = path.resolve(__dirname, "..", "..", "policies");

/** Control id shapes per framework, so a typo ("IAM-1", "3.1.", "A3:2021") fails. */
const ID_SHAPES: Record<FrameworkId, RegExp> = {
  "aws-fsbp": /^[A-Za-z0-9]+\.\d+$/,
  "cis-aws": /^\d+(\.\d+)+$/,
  "aws-ct": /^CT\.[A-Z0-9]+\.PR\.\d+$/,
  devsec: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  owasp: /^A(0[1-9]|10):2021$/,
  checkov: /^CKV2?_AWS_\d+$/,
};

const byName = policies.map((p) => [p.name, p] as const);

describe("every policy's metadata", () => {
  it("names are unique", () => {
    const names = policies.map((p) => p.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it.each(byName)("%s: a kebab-case name, a one-sentence description, remediation steps", (name, p) => {
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(p.description).toMatch(/^[A-Z].{40,}[.]$/s);
    expect(p.description).toBe(p.description.trim());
    expect(p.remediationSteps?.trim().length ?? 0).toBeGreaterThan(40);
  });

  it.each(byName)("%s: lives in policies/<domain>/<name>.ts and is tagged with its domain", (name, p) => {
    const file = path.join(POLICIES_DIR, p.rampart.domain, `${name}.ts`);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file, "utf8")).toContain(`"${name}"`);
    expect(p.tags?.[0]).toBe(p.rampart.domain);
  });

  it.each(byName)("%s: a valid severity, and a default level of advisory or mandatory", (_name, p) => {
    expect(["low", "medium", "high", "critical"]).toContain(p.severity);
    // Not disabled (the control would ship off) nor remediate (it would change resources by default).
    expect(["advisory", "mandatory"]).toContain(p.enforcementLevel);
  });

  // Mandatory only for an exposure or a path to compromise; hygiene is advisory.
  it.each(byName)("%s: a critical finding blocks by default, a low one only advises", (_name, p) => {
    if (p.severity === "critical") expect(p.enforcementLevel).toBe("mandatory");
    if (p.severity === "low") expect(p.enforcementLevel).toBe("advisory");
  });

  it.each(byName)("%s: references name known frameworks and well-formed control ids, and travel in the SDK metadata", (_name, p) => {
    for (const ref of p.rampart.references) {
      expect(Object.keys(FRAMEWORKS)).toContain(ref.framework);
      expect(ref.ids.length).toBeGreaterThan(0);
      for (const id of ref.ids) {
        expect(id).toMatch(ID_SHAPES[ref.framework]);
        expect(p.tags).toContain(`${ref.framework}:${id}`);
      }
    }
    const first = p.rampart.references[0];
    if (first) expect(p.framework).toEqual({ ...FRAMEWORKS[first.framework], specification: first.ids.join(", ") });
    else expect(p.framework).toBeUndefined();
  });

  it.each(byName)("%s: judges well-formed type tokens (a resource policy at least one), each in its tags", (_name, p) => {
    if (p.rampart.kind === "resource") expect(p.rampart.types.length).toBeGreaterThan(0);
    for (const type of p.rampart.types) {
      expect(type).toMatch(/^aws:[a-z0-9]+\/[a-zA-Z0-9]+:[A-Z][A-Za-z0-9]*$/);
      if (p.rampart.kind === "resource") expect(p.tags).toContain(APPLIES_TO_TAG + type);
    }
  });

  it.each(byName)("%s: every config property has a description and a default its schema accepts", (_name, p) => {
    const properties = p.configSchema?.properties ?? {};
    for (const [key, prop] of Object.entries(properties)) {
      expect({ key, description: typeof prop.description === "string" && prop.description.trim().length > 0 }).toEqual({ key, description: true });
      expect(prop).toHaveProperty("default");
      expect(p.rampart.defaults).toHaveProperty(key, (prop as { default: unknown }).default);
    }
    expect(Object.keys(p.rampart.defaults).sort()).toEqual(Object.keys(properties).sort());
    const validate = new Ajv({ strict: false }).compile({ type: "object", properties });
    expect(validate(p.rampart.defaults)).toBe(true);
  });
});

// What the identity, monitoring, web and data metadata tests pinned, kept as they were.
describe("what the per-domain metadata tests pinned", () => {
  const of = (domain: string) => policies.filter((p) => p.rampart.domain === domain);
  const field = <T>(names: readonly string[], get: (p: (typeof policies)[number]) => T) =>
    Object.fromEntries(names.map((n) => [n, get(policies.find((p) => p.name === n)!)]));

  it("each domain lists the controls its issue named, in documentation order", () => {
    expect(of("identity").map((p) => p.name)).toEqual([
      "iam-no-wildcard-admin", "iam-no-admin-on-workloads", "iam-no-full-access-on-workloads", "iam-password-policy",
      "iam-no-permissions-management-on-all-resources", "iam-no-write-on-all-resources", "iam-no-user-policies", "iam-no-access-keys",
      "apigateway-v2-route-authorization", "apigateway-method-authorization", "appsync-no-api-key-auth",
    ]);
    expect(of("monitoring").map((p) => p.name)).toEqual(["cloudtrail-multi-region", "cloudtrail-logging-enabled", "cloudtrail-global-service-events", "cloudtrail-log-file-validation", "cloudtrail-kms-encrypted", "guardduty-enabled", "vpc-flow-logs-enabled", "log-retention-minimum",
      "config-recorder-enabled", "securityhub-enabled",
      "alb-access-logs-enabled", "apigateway-execution-logging", "apigateway-access-logging", "cloudfront-access-logging", "rds-log-exports",
      "sfn-logging-enabled", "ecs-container-insights", "eks-audit-logging", "redshift-audit-logging", "appsync-field-logging", "s3-access-logging",
      "kms-key-rotation", "log-group-kms-encrypted",
    ]);
    expect(of("web").map((p) => p.name)).toEqual([
      "alb-waf-attached", "waf-owasp-managed-rules", "alb-https-only", "alb-tls-policy", "alb-drop-invalid-headers",
      "cloudfront-waf-attached", "cloudfront-viewer-https-only", "cloudfront-viewer-tls-minimum", "cloudfront-s3-origin-access-control",
      "apigateway-waf-attached", "apigateway-domain-tls-minimum", "s3-deny-insecure-transport",
    ]);
    expect(of("data").map((p) => p.name)).toEqual([
      "s3-public-access-blocked", "s3-account-public-access-blocked", "s3-bucket-policy-not-public", "s3-acl-not-public",
      "s3-encryption", "rds-not-public", "rds-storage-encrypted", "rds-cluster-storage-encrypted",
      "rds-snapshot-not-public", "ebs-snapshot-not-public", "redshift-not-public", "opensearch-in-vpc",
      "redshift-encrypted", "redshift-require-tls", "elasticache-encrypted-at-rest", "elasticache-encrypted-in-transit", "efs-encrypted",
      "kinesis-stream-encrypted", "sqs-encrypted", "sns-topic-kms-encrypted", "ebs-encryption-by-default",
      "dynamodb-pitr-enabled", "rds-deletion-protection", "rds-cluster-deletion-protection",
    ]);
  });

  it("compute lists the EC2 controls, then the container, serverless, build and secret controls; only monitoring, subnet defaults, container hygiene and rotation advise", () => {
    expect(of("compute").map((p) => p.name)).toEqual([
      "ec2-imdsv2-required", "ec2-imds-hop-limit", "ebs-encryption-required", "ec2-no-public-ip", "subnet-no-auto-public-ip",
      "ec2-approved-images", "ec2-user-data-no-secrets", "ec2-detailed-monitoring",
      "ecs-no-public-ip", "eks-endpoint-not-public", "lambda-function-url-auth", "lambda-env-no-secrets", "ecs-task-env-no-secrets",
      "ecs-task-no-host-pid", "ecs-containers-not-privileged", "ecs-containers-read-only-root", "ecs-task-no-host-network",
      "ecs-containers-non-root-user", "ecs-windows-containers-non-admin",
      "codebuild-env-no-secrets", "glue-connection-no-plaintext-password", "sensitive-inputs-are-secrets", "secretsmanager-rotation-enabled",
    ]);
    expect(of("compute").filter((p) => p.enforcementLevel === "advisory").map((p) => p.name)).toEqual(["subnet-no-auto-public-ip", "ec2-detailed-monitoring", "ecs-containers-read-only-root", "ecs-containers-non-root-user", "ecs-windows-containers-non-admin", "secretsmanager-rotation-enabled"]);
    expect(field(["secretsmanager-rotation-enabled", "sensitive-inputs-are-secrets"], (p) => p.rampart.kind)).toEqual({ "secretsmanager-rotation-enabled": "stack", "sensitive-inputs-are-secrets": "resource" });
  });

  it("least privilege and data exposure block; the password policy and explicit S3 encryption advise", () => {
    const names = ["iam-no-wildcard-admin", "iam-no-admin-on-workloads", "iam-password-policy", "s3-public-access-blocked", "s3-account-public-access-blocked", "s3-bucket-policy-not-public", "s3-acl-not-public", "s3-encryption", "rds-not-public", "rds-storage-encrypted"];
    expect(field(names, (p) => p.enforcementLevel)).toEqual({
      "iam-no-wildcard-admin": "mandatory",
      "iam-no-admin-on-workloads": "mandatory",
      "iam-password-policy": "advisory",
      "s3-public-access-blocked": "mandatory",
      "s3-account-public-access-blocked": "mandatory",
      "s3-bucket-policy-not-public": "mandatory",
      "s3-acl-not-public": "mandatory",
      "s3-encryption": "advisory",
      "rds-not-public": "mandatory",
      "rds-storage-encrypted": "mandatory",
    });
  });

  it("identity: admin, full access, permissions management and static keys block; hygiene and API authorization advise", () => {
    const identity = of("identity").map((p) => p.name);
    const advisory = identity.filter((n) => policies.find((p) => p.name === n)!.enforcementLevel === "advisory");
    expect(advisory).toEqual(["iam-password-policy", "iam-no-write-on-all-resources", "iam-no-user-policies", "apigateway-v2-route-authorization", "apigateway-method-authorization", "appsync-no-api-key-auth"]);
  });

  it("data exposure and stores left unencrypted block; backups, deletion protection and account defaults advise", () => {
    const data = of("data").map((p) => p.name);
    const advisory = data.filter((n) => policies.find((p) => p.name === n)!.enforcementLevel === "advisory");
    expect(advisory).toEqual(["s3-encryption", "sns-topic-kms-encrypted", "ebs-encryption-by-default", "dynamodb-pitr-enabled", "rds-deletion-protection", "rds-cluster-deletion-protection"]);
  });

  it("patching lists its controls in documentation order; support dates past block, upgrade and scanning hygiene advise", () => {
    const patching = of("patching").map((p) => p.name);
    expect(patching).toEqual([
      "ssm-managed-instances", "patch-baseline-auto-approval", "patching-coverage",
      "lambda-supported-runtime", "rds-auto-minor-version-upgrade", "rds-supported-engine-version", "ecr-scan-on-push", "ecr-immutable-tags",
      "eks-supported-version", "elasticache-auto-minor-version-upgrade", "ecs-fargate-latest-platform", "synthetics-supported-runtime",
    ]);
    const advisory = patching.filter((n) => policies.find((p) => p.name === n)!.enforcementLevel === "advisory");
    expect(advisory).toEqual(expect.arrayContaining(["rds-auto-minor-version-upgrade", "ecr-scan-on-push", "ecr-immutable-tags", "elasticache-auto-minor-version-upgrade", "ecs-fargate-latest-platform"]));
    for (const dated of ["lambda-supported-runtime", "rds-supported-engine-version", "eks-supported-version", "synthetics-supported-runtime"]) {
      expect(field([dated], (p) => p.enforcementLevel)).toEqual({ [dated]: "mandatory" });
      expect(field([dated], (p) => p.rampart.defaults.evaluationDate)).toEqual({ [dated]: "today" });
    }
  });

  it("monitoring judges trails' integrity and log groups per resource, the rest across the stack", () => {
    expect(field(of("monitoring").map((p) => p.name), (p) => p.rampart.kind)).toEqual({
      "cloudtrail-multi-region": "stack",
      "cloudtrail-logging-enabled": "resource",
      "cloudtrail-global-service-events": "stack",
      "cloudtrail-log-file-validation": "resource",
      "cloudtrail-kms-encrypted": "resource",
      "guardduty-enabled": "stack",
      "vpc-flow-logs-enabled": "stack",
      "log-retention-minimum": "resource",
      "config-recorder-enabled": "stack",
      "securityhub-enabled": "stack",
      "alb-access-logs-enabled": "resource",
      "apigateway-execution-logging": "stack",
      "apigateway-access-logging": "resource",
      "cloudfront-access-logging": "stack",
      "rds-log-exports": "resource",
      "sfn-logging-enabled": "resource",
      "ecs-container-insights": "resource",
      "eks-audit-logging": "resource",
      "redshift-audit-logging": "stack",
      "appsync-field-logging": "resource",
      "s3-access-logging": "stack",
      "kms-key-rotation": "resource",
      "log-group-kms-encrypted": "resource",
    });
  });

  it("the issue-11 monitoring controls are hygiene: advisory by default (strict.json makes them mandatory)", () => {
    const added = of("monitoring").map((p) => p.name).slice(8);
    expect(added).toHaveLength(15);
    expect(Object.values(field(added, (p) => p.enforcementLevel))).toEqual(added.map(() => "advisory"));
  });

  it("the account-level monitoring controls require their singleton only where a stack asks (the account baseline)", () => {
    const defaults = field(["guardduty-enabled", "config-recorder-enabled", "securityhub-enabled"], (p) => p.rampart.defaults);
    expect(defaults["guardduty-enabled"]).toMatchObject({ requireDetector: false });
    expect(defaults["config-recorder-enabled"]).toMatchObject({ requireRecorder: false, requireServiceLinkedRole: true });
    expect(defaults["securityhub-enabled"]).toMatchObject({ requireHub: false });
  });

  it("the web edge blocks exposures (no WAF, plain HTTP, old TLS, a public origin); header hygiene and the S3 TLS-only deny advise", () => {
    const web = of("web").map((p) => p.name);
    expect(web.filter((n) => policies.find((p) => p.name === n)!.enforcementLevel === "advisory")).toEqual(["alb-drop-invalid-headers", "s3-deny-insecure-transport"]);
    expect(field(["s3-deny-insecure-transport", "cloudfront-waf-attached", "apigateway-waf-attached", "alb-waf-attached"], (p) => p.enforcementLevel)).toEqual({
      "s3-deny-insecure-transport": "advisory",
      "cloudfront-waf-attached": "mandatory",
      "apigateway-waf-attached": "mandatory",
      "alb-waf-attached": "mandatory",
    });
  });

  it("among web and monitoring, only alb-drop-invalid-headers and log-retention-minimum remediate", () => {
    expect([...of("web"), ...of("monitoring")].filter((p) => p.rampart.remediable).map((p) => p.name)).toEqual(["alb-drop-invalid-headers", "log-retention-minimum"]);
  });

  it("the load-balancer controls match both token families, aws:lb and aws:alb", () => {
    const types = field(["alb-waf-attached", "alb-drop-invalid-headers", "alb-https-only", "alb-tls-policy"], (p) => p.rampart.types);
    for (const name of ["alb-waf-attached", "alb-drop-invalid-headers"]) expect(types[name]).toEqual(expect.arrayContaining(["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"]));
    for (const name of ["alb-https-only", "alb-tls-policy"]) expect(types[name]).toEqual(expect.arrayContaining(["aws:lb/listener:Listener", "aws:alb/listener:Listener"]));
  });

  it("the TLS allowlist defaults to every predefined TLS 1.2+ policy of AWS's table, ELB.17's eight among them", () => {
    expect(policies.find((p) => p.name === "alb-tls-policy")?.rampart.defaults.allowedSslPolicies).toEqual(TLS12_PLUS_POLICIES);
    expect(TLS12_PLUS_POLICIES).toEqual(expect.arrayContaining([...ELB17_POLICIES, "ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"]));
    expect(TLS12_PLUS_POLICIES.filter((p) => /-1-[01]-|2016-08|2015-05|FS-2018-06|TLS-1-1-/.test(p))).toEqual([]);
    expect(TLS13_ONLY_POLICIES.every((p) => p.includes("TLS13-1-3"))).toBe(true);
    expect(ELB17_POLICIES).toHaveLength(8);
  });

  it("the data controls document their own defaults", () => {
    const defaults = field(["s3-encryption", "s3-public-access-blocked", "rds-storage-encrypted", "rds-cluster-storage-encrypted", "ebs-encryption-by-default"], (p) => p.rampart.defaults);
    expect(defaults["s3-encryption"]).toMatchObject({ requireExplicit: true, allowedAlgorithms: ["AES256", "aws:kms", "aws:kms:dsse"] });
    expect(defaults["s3-public-access-blocked"]).toMatchObject({ acceptAccountBlock: true });
    expect(defaults["rds-storage-encrypted"]).toMatchObject({ requireKmsKey: false });
    expect(defaults["rds-cluster-storage-encrypted"]).toMatchObject({ requireKmsKey: false });
    expect(defaults["ebs-encryption-by-default"]).toMatchObject({ requireEncryptionByDefault: false });
  });
});
