import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

// A credential-shaped value assembled at load time; it is not real.
const password = ["Zq7v", "X9kL", "p2Wm"].join("");
const CONNECTION = "aws:glue/connection:Connection";
const SECRET = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };
const JDBC = "jdbc:postgresql://orders.cluster-abc.eu-west-1.rds.amazonaws.com:5432/orders";

export const examples = policyExamples({
  policy: "glue-connection-no-plaintext-password",
  good: [
    {
      title: "a JDBC connection that reads its credentials from Secrets Manager",
      resources: [{ type: CONNECTION, name: "orders-db", props: { connectionType: "JDBC", connectionProperties: { ...SECRET, value: { JDBC_CONNECTION_URL: JDBC, SECRET_ID: "prod/orders-db" } } } }],
    },
    {
      title: "a network connection with no credentials at all",
      resources: [{ type: CONNECTION, name: "vpc", props: { connectionType: "NETWORK", connectionProperties: {} } }],
    },
  ],
  bad: [
    {
      title: "a JDBC connection with a user name and a PASSWORD (the provider marks the map secret; the finding never echoes it)",
      resources: [{ type: CONNECTION, name: "orders-db", props: { connectionType: "JDBC", connectionProperties: { ...SECRET, value: { JDBC_CONNECTION_URL: JDBC, USERNAME: "etl", PASSWORD: password } } } }],
      violations: ["orders-db"],
      message: new RegExp(`^(?![\\s\\S]*${password})[\\s\\S]*connectionProperties\\.PASSWORD \\(a password\\)`),
    },
    {
      title: "credentials inside the JDBC URL",
      resources: [{ type: CONNECTION, name: "legacy", props: { connectionType: "JDBC", connectionProperties: { JDBC_CONNECTION_URL: `jdbc:mysql://etl:${password}@legacy.example.com:3306/sales` } } }],
      violations: ["legacy"],
      message: /connectionProperties\.JDBC_CONNECTION_URL \(a password\)/,
    },
  ],
  unknown: [
    {
      title: "a password taken from another resource's output during preview",
      resources: [{ type: CONNECTION, name: "orders-db", props: { connectionType: "JDBC", connectionProperties: { JDBC_CONNECTION_URL: JDBC, USERNAME: "etl", PASSWORD: UNKNOWN_SENTINELS.string } } }],
    },
  ],
});
