import { rdsNotPublic } from "../../../policies/data/rds-not-public";
import { UNKNOWN_BOOL, runResourcePolicy, secret } from "../../helpers/policy-harness";

const RDS = { instance: "aws:rds/instance:Instance", clusterInstance: "aws:rds/clusterInstance:ClusterInstance", cluster: "aws:rds/cluster:Cluster" } as const;
const db = { engine: "postgres", instanceClass: "db.t4g.micro", allocatedStorage: 20, username: "app" };

interface Row {
  label: string;
  type: string;
  props: Record<string, unknown>;
}

describe("rds-not-public", () => {
  const bad: Row[] = [
    { label: "DB instance with publiclyAccessible true", type: RDS.instance, props: { ...db, publiclyAccessible: true } },
    { label: "DB instance with publiclyAccessible \"true\"", type: RDS.instance, props: { ...db, publiclyAccessible: "true" } },
    { label: "Aurora cluster instance with publiclyAccessible true", type: RDS.clusterInstance, props: { clusterIdentifier: "c", instanceClass: "db.r6g.large", engine: "aurora-postgresql", publiclyAccessible: true } },
    { label: "public and encrypted is still public", type: RDS.instance, props: { ...db, publiclyAccessible: true, storageEncrypted: true } },
    { label: "public flag held as a secret", type: RDS.instance, props: { ...db, publiclyAccessible: secret(true) } },
    { label: "public MySQL in a subnet group", type: RDS.instance, props: { ...db, engine: "mysql", dbSubnetGroupName: "public", publiclyAccessible: true } },
  ];

  it.each(bad)("flags: $label", async ({ type, props }) => {
    const outcome = await runResourcePolicy(rdsNotPublic, { type, props });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(/is publicly accessible/);
  });

  const good: Row[] = [
    { label: "flag missing (default false)", type: RDS.instance, props: { ...db } },
    { label: "flag false", type: RDS.instance, props: { ...db, publiclyAccessible: false } },
    { label: "flag \"false\"", type: RDS.instance, props: { ...db, publiclyAccessible: "false" } },
    { label: "cluster instance without the flag", type: RDS.clusterInstance, props: { clusterIdentifier: "c", instanceClass: "db.r6g.large", engine: "aurora-mysql" } },
    { label: "a DB cluster is not judged (no such flag)", type: RDS.cluster, props: { engine: "aurora-postgresql", publiclyAccessible: true } },
    { label: "flag of an unreadable shape", type: RDS.instance, props: { ...db, publiclyAccessible: { yes: true } } },
  ];

  it.each(good)("passes: $label", async ({ type, props }) => {
    const outcome = await runResourcePolicy(rdsNotPublic, { type, props });
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  it("does not guess when the flag is unknown", async () => {
    const outcome = await runResourcePolicy(rdsNotPublic, { type: RDS.instance, props: { ...db, publiclyAccessible: UNKNOWN_BOOL } });
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain("publiclyAccessible");
  });

  it("never prints the master password", async () => {
    const outcome = await runResourcePolicy(rdsNotPublic, { type: RDS.instance, props: { ...db, password: secret("hunter2-pw"), publiclyAccessible: true } });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toContain("hunter2");
  });
});
