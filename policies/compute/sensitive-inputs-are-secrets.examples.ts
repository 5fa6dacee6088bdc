import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

// A credential-shaped value assembled at load time; it is not real.
const password = ["Zq7v", "X9kL", "p2Wm"].join("");
const secret = (value: unknown) => ({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value });
const DB = "aws:rds/instance:Instance";
const BROKER = "aws:mq/broker:Broker";
const VERSION = "aws:secretsmanager/secretVersion:SecretVersion";
const db = (extra: Record<string, unknown>) => ({ engine: "postgres", engineVersion: "17.4", instanceClass: "db.t4g.micro", allocatedStorage: 20, username: "app", storageEncrypted: true, ...extra });
const broker = (users: unknown) => ({ brokerName: "orders", engineType: "RabbitMQ", engineVersion: "3.13", hostInstanceType: "mq.m7g.medium", users });

export const examples = policyExamples({
  policy: "sensitive-inputs-are-secrets",
  good: [
    {
      title: "an RDS password from config.requireSecret arrives as a secret",
      resources: [{ type: DB, name: "orders", props: db({ password: secret(password) }) }],
    },
    {
      title: "an RDS instance whose master password RDS manages in Secrets Manager",
      resources: [{ type: DB, name: "orders", props: db({ manageMasterUserPassword: true }) }],
    },
    {
      title: "a broker whose whole users list is secret",
      resources: [{ type: BROKER, name: "orders", props: broker(secret([{ username: "app", password }])) }],
    },
  ],
  bad: [
    {
      title: "an RDS master password in plain text (the finding never repeats it)",
      resources: [{ type: DB, name: "orders", props: db({ password }) }],
      violations: ["orders"],
      message: new RegExp(`^(?![\\s\\S]*${password})aws:rds/instance:Instance "orders" receives password as a plain value, not a Pulumi secret`),
    },
    {
      title: "a broker with one user's password secret and another's plain",
      resources: [{ type: BROKER, name: "orders", props: broker([{ username: "app", password: secret(password) }, { username: "ops", password }]) }],
      violations: ["orders"],
      message: /receives users\[1\]\.password as a plain value/,
    },
    {
      title: "a Secrets Manager secret value written in plain text",
      resources: [{ type: VERSION, name: "api-key", props: { secretId: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api-key-AbCdEf", secretString: JSON.stringify({ apiKey: password }) } }],
      violations: ["api-key"],
      message: /receives secretString as a plain value/,
    },
  ],
  unknown: [
    {
      title: "a password computed during preview, not marked secret",
      resources: [{ type: DB, name: "orders", props: db({ password: UNKNOWN_SENTINELS.string }) }],
    },
  ],
});
