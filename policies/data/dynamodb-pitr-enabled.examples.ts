import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const TABLE = "aws:dynamodb/table:Table";
const ORDERS = { billingMode: "PAY_PER_REQUEST", hashKey: "orderId", attributes: [{ name: "orderId", type: "S" }] };

export const examples = policyExamples({
  policy: "dynamodb-pitr-enabled",
  good: [
    {
      title: "a table with point-in-time recovery",
      resources: [{ type: TABLE, name: "orders", props: { ...ORDERS, pointInTimeRecovery: { enabled: true } } }],
    },
    {
      title: "a table keeping 7 days of recovery, the block spelled as a list of one",
      resources: [{ type: TABLE, name: "sessions", props: { ...ORDERS, pointInTimeRecovery: [{ enabled: true, recoveryPeriodInDays: 7 }] } }],
    },
  ],
  bad: [
    {
      title: "a table without a pointInTimeRecovery block",
      resources: [{ type: TABLE, name: "orders", props: ORDERS }],
      violations: ["orders"],
      message: /DynamoDB table "orders" has no point-in-time recovery \(pointInTimeRecovery.enabled is not set\)/,
    },
    {
      title: "a table that turns point-in-time recovery off",
      resources: [{ type: TABLE, name: "orders", props: { ...ORDERS, pointInTimeRecovery: { enabled: false } } }],
      violations: ["orders"],
      message: /enabled is false/,
    },
  ],
  unknown: [
    {
      title: "enabled read from config during preview",
      resources: [{ type: TABLE, name: "orders", props: { ...ORDERS, pointInTimeRecovery: { enabled: UNKNOWN_SENTINELS.boolean } } }],
    },
  ],
});
