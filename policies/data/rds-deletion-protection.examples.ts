import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const INSTANCE = "aws:rds/instance:Instance";
const POSTGRES = { engine: "postgres", engineVersion: "16.4", instanceClass: "db.t4g.medium", allocatedStorage: 50, storageEncrypted: true, username: "app", manageMasterUserPassword: true };

export const examples = policyExamples({
  policy: "rds-deletion-protection",
  good: [
    {
      title: "an instance with deletion protection",
      resources: [{ type: INSTANCE, name: "orders-db", props: { ...POSTGRES, deletionProtection: true } }],
    },
    {
      title: "a read replica with deletion protection, the flag as a string",
      resources: [{ type: INSTANCE, name: "orders-replica", props: { instanceClass: "db.t4g.medium", replicateSourceDb: "orders-db", deletionProtection: "true" } }],
    },
  ],
  bad: [
    {
      title: "an instance that leaves deletion protection at its default (off)",
      resources: [{ type: INSTANCE, name: "orders-db", props: POSTGRES }],
      violations: ["orders-db"],
      message: /RDS DB instance "orders-db" can be deleted by a single call \(deletionProtection is not set\)/,
    },
    {
      title: "an instance with deletionProtection false",
      resources: [{ type: INSTANCE, name: "orders-db", props: { ...POSTGRES, deletionProtection: false } }],
      violations: ["orders-db"],
    },
  ],
  unknown: [
    {
      title: "deletionProtection read from stack config during preview",
      resources: [{ type: INSTANCE, name: "orders-db", props: { ...POSTGRES, deletionProtection: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
