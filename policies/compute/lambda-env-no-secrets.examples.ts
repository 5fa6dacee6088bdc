import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

// Credential-shaped values assembled at load time, so the repository holds no string a secret
// scanner would take for a real credential. None of them is real.
const fake = {
  password: ["Zq7v", "X9kL", "p2Wm"].join(""),
  accessKeyId: ["AKIA", "Q".repeat(8), "7".repeat(8)].join(""),
  stripe: ["sk", "_live_", "4eC3".repeat(6)].join(""),
};
const FN = "aws:lambda/function:Function";
const SECRET = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };
const base = { runtime: "nodejs22.x", handler: "index.handler", role: "arn:aws:iam::123456789012:role/orders-fn", s3Bucket: "artifacts", s3Key: "orders.zip" };
const withEnv = (variables: Record<string, unknown>) => ({ ...base, environment: { variables } });
// Matches a message that names the variable and kind, and never repeats the value.
const namesWithoutValue = new RegExp(`^(?![\\s\\S]*${fake.password})[\\s\\S]*environment\\.variables\\.DB_PASSWORD \\(a password\\)`);

export const examples = policyExamples({
  policy: "lambda-env-no-secrets",
  good: [
    {
      title: "a function that gets the ARN of its secret and settings that are no secrets",
      resources: [{ type: FN, name: "orders", props: withEnv({ DB_SECRET_ARN: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders-db-AbCdEf", TABLE_NAME: "orders", LOG_LEVEL: "info", TOKEN_TTL_SECONDS: "900" }) }],
    },
    {
      title: "a function without environment variables",
      resources: [{ type: FN, name: "orders", props: base }],
    },
  ],
  bad: [
    {
      title: "a database password in plain text, even when marked secret in the program, is never echoed",
      resources: [{ type: FN, name: "orders", props: withEnv({ TABLE_NAME: "orders", DB_PASSWORD: { ...SECRET, value: fake.password } }) }],
      violations: ["orders"],
      message: namesWithoutValue,
    },
    {
      title: "AWS access keys and a Stripe key handed to a function",
      resources: [{ type: FN, name: "billing", props: withEnv({ AWS_ACCESS_KEY_ID: fake.accessKeyId, PAYMENTS: fake.stripe }) }],
      violations: ["billing"],
      message: /environment\.variables\.AWS_ACCESS_KEY_ID \(an AWS access key ID\), environment\.variables\.PAYMENTS \(a Stripe secret key\)/,
    },
  ],
  unknown: [
    {
      title: "a password-named variable whose value is another resource's output during preview",
      resources: [{ type: FN, name: "orders", props: withEnv({ DB_PASSWORD: UNKNOWN_SENTINELS.string }) }],
    },
    {
      title: "the whole environment computed during preview",
      resources: [{ type: FN, name: "orders", props: { ...base, environment: { variables: UNKNOWN_SENTINELS.object } } }],
    },
  ],
});
