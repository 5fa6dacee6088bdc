import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const POSTGRES = { engine: "postgres", engineVersion: "16.4", instanceClass: "db.t4g.medium", allocatedStorage: 50, dbSubnetGroupName: "private-db", storageEncrypted: true };
const AURORA_INSTANCE = { clusterIdentifier: "orders", engine: "aurora-postgresql", instanceClass: "db.r6g.large" };

export const examples = policyExamples({
  policy: "rds-not-public",
  good: [
    {
      title: "a Postgres instance in private subnets that leaves publiclyAccessible at its default (false)",
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-db", props: POSTGRES }],
    },
    {
      title: "an Aurora cluster instance with publiclyAccessible false",
      resources: [{ type: "aws:rds/clusterInstance:ClusterInstance", name: "orders-1", props: { ...AURORA_INSTANCE, publiclyAccessible: false } }],
    },
  ],
  bad: [
    {
      title: "a DB instance with publiclyAccessible true gets a public address",
      resources: [{ type: "aws:rds/instance:Instance", name: "reporting-db", props: { ...POSTGRES, publiclyAccessible: true } }],
      violations: ["reporting-db"],
      message: /RDS DB instance "reporting-db" is publicly accessible/,
    },
    {
      title: "an Aurora cluster instance with publiclyAccessible true, beside a private one",
      resources: [
        { type: "aws:rds/clusterInstance:ClusterInstance", name: "orders-1", props: AURORA_INSTANCE },
        { type: "aws:rds/clusterInstance:ClusterInstance", name: "orders-2", props: { ...AURORA_INSTANCE, publiclyAccessible: true } },
      ],
      violations: ["orders-2"],
      message: /RDS cluster instance "orders-2" is publicly accessible/,
    },
  ],
  unknown: [
    {
      title: "publiclyAccessible computed from a config value during preview",
      resources: [{ type: "aws:rds/instance:Instance", name: "orders-db", props: { ...POSTGRES, publiclyAccessible: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
