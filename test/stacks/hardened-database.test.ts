// HardenedDatabase under Pulumi's mock runtime.
import { installMocks, one, ofType, settle } from "./mock-aws";
import { HardenedDatabase } from "../../stacks";

const registered = installMocks();
const mine = (prefix: string) => registered.filter((r) => r.name.startsWith(prefix));
const base = { vpcId: "vpc-1", subnetIds: ["subnet-a", "subnet-b"], clientSecurityGroupIds: ["sg-app"] };

beforeAll(async () => {
  new HardenedDatabase("orders", base);
  new HardenedDatabase("lean", { ...base, identifier: "lean-db", addClientEgressRules: false, multiAz: false, performanceInsights: true, kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/k", engineVersion: "15.4" });
  await settle(registered);
});

test("private, encrypted with a rotated customer key, password kept by RDS, protected and backed up", () => {
  const db = one(mine("orders"), "aws:rds/instance:Instance");
  const key = one(mine("orders"), "aws:kms/key:Key", "orders-key");
  expect(key.inputs.enableKeyRotation).toBe(true);
  expect(db.inputs).toMatchObject({
    identifier: "test-orders",
    engine: "postgres",
    publiclyAccessible: false,
    storageEncrypted: true,
    manageMasterUserPassword: true,
    iamDatabaseAuthenticationEnabled: true,
    multiAz: true,
    backupRetentionPeriod: 7,
    deletionProtection: true,
    skipFinalSnapshot: false,
    finalSnapshotIdentifier: "test-orders-final",
    autoMinorVersionUpgrade: true,
    enabledCloudwatchLogsExports: ["postgresql", "upgrade"],
  });
  expect(db.inputs.kmsKeyId).toContain(key.name);
  expect(db.inputs.masterUserSecretKmsKeyId).toContain(key.name);
  expect(db.inputs.password).toBeUndefined();
  const params = one(mine("orders"), "aws:rds/parameterGroup:ParameterGroup");
  expect(params.inputs.family).toBe("postgres16");
  expect(params.inputs.parameters).toContainEqual({ name: "rds.force_ssl", value: "1" });
});

test("exported logs land in encrypted groups kept a year, created before the database", () => {
  const groups = ofType(mine("orders"), "aws:cloudwatch/logGroup:LogGroup");
  expect(groups.map((g) => g.inputs.name)).toEqual(["/aws/rds/instance/test-orders/postgresql", "/aws/rds/instance/test-orders/upgrade"]);
  for (const g of groups) {
    expect(g.inputs.retentionInDays).toBe(365);
    expect(g.inputs.kmsKeyId).toEqual(expect.stringContaining("arn:"));
  }
  expect(ofType(mine("orders"), "aws:kms/key:Key")).toHaveLength(2); // the database's, and one for both log groups
});

test("the database admits only its client groups; the clients get a matching egress rule", () => {
  const sg = one(mine("orders"), "aws:ec2/securityGroup:SecurityGroup");
  expect(sg.inputs.ingress ?? []).toEqual([]);
  expect(sg.inputs.egress ?? []).toEqual([]);
  const ingress = one(mine("orders"), "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule");
  expect(ingress.inputs).toMatchObject({ securityGroupId: sg.id, ipProtocol: "tcp", fromPort: 5432, toPort: 5432, referencedSecurityGroupId: "sg-app" });
  expect(ingress.inputs.cidrIpv4).toBeUndefined();
  const egress = one(mine("orders"), "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule");
  expect(egress.inputs).toMatchObject({ securityGroupId: "sg-app", fromPort: 5432, referencedSecurityGroupId: sg.id });
  for (const r of [ingress, egress]) expect(r.inputs.description).toEqual(expect.any(String));
});

test("options: own identifier and key, no client egress, single zone, Performance Insights encrypted", () => {
  const r = mine("lean");
  const db = one(r, "aws:rds/instance:Instance");
  expect(db.inputs).toMatchObject({ identifier: "lean-db", multiAz: false, performanceInsightsEnabled: true, kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/k" });
  expect(db.inputs.performanceInsightsKmsKeyId).toBe("arn:aws:kms:eu-west-1:123456789012:key/k");
  expect(ofType(r, "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule")).toHaveLength(0);
  expect(one(r, "aws:rds/parameterGroup:ParameterGroup").inputs.family).toBe("postgres15");
});

test.each([0, 36, 2.5])("rejects backupRetentionDays %p", (days) => {
  expect(() => new HardenedDatabase(`bad-${String(days).replace(".", "-")}`, { ...base, backupRetentionDays: days })).toThrow(/backupRetentionDays/);
});
