import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const SECRET = "aws:secretsmanager/secret:Secret";
const ROTATION = "aws:secretsmanager/secretRotation:SecretRotation";
const ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders-db-AbCdEf";
const FN = "arn:aws:lambda:eu-west-1:123456789012:function:SecretsManagerRDSPostgreSQLRotationSingleUser";
const secret = (name: string, arn: string) => ({ type: SECRET, name, props: { name, kmsKeyId: "alias/secrets" }, outputs: { name, kmsKeyId: "alias/secrets", arn, id: arn } });

export const examples = policyExamples({
  policy: "secretsmanager-rotation-enabled",
  good: [
    {
      title: "a database secret rotated every 30 days by the RDS rotation function",
      resources: [
        secret("prod/orders-db", ARN),
        { type: ROTATION, name: "orders-db-rotation", props: { secretId: ARN, rotationLambdaArn: FN, rotationRules: { automaticallyAfterDays: 30 } } },
      ],
    },
    {
      title: "during preview, the rotation is linked to its secret through propertyDependencies",
      resources: [
        { type: SECRET, name: "prod/orders-db", props: { name: "prod/orders-db" } },
        { type: ROTATION, name: "orders-db-rotation", props: { secretId: UNKNOWN_SENTINELS.string, rotationLambdaArn: FN, rotationRules: { scheduleExpression: "rate(30 days)" } }, propertyDependencies: { secretId: ["prod/orders-db"] } },
      ],
    },
  ],
  bad: [
    {
      title: "a secret without any rotation",
      resources: [secret("prod/api-key", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api-key-GhIjKl")],
      violations: ["prod/api-key"],
      message: /Secrets Manager secret "prod\/api-key" is never rotated/,
    },
    {
      title: "a rotation resource that turns rotation off, beside one secret that is rotated",
      resources: [
        secret("prod/orders-db", ARN),
        secret("prod/legacy", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/legacy-MnOpQr"),
        { type: ROTATION, name: "orders-db-rotation", props: { secretId: ARN, rotationLambdaArn: FN, rotationRules: { automaticallyAfterDays: 30 } } },
        { type: ROTATION, name: "legacy-rotation", props: { secretId: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/legacy-MnOpQr", rotationEnabled: false } },
      ],
      violations: ["prod/legacy"],
      message: /"prod\/legacy" is never rotated/,
    },
  ],
  unknown: [
    {
      title: "a rotation whose secret is not known yet may rotate this one",
      resources: [
        { type: SECRET, name: "prod/orders-db", props: { name: "prod/orders-db" } },
        { type: ROTATION, name: "rotation", props: { secretId: UNKNOWN_SENTINELS.string, rotationLambdaArn: FN } },
      ],
    },
    {
      title: "rotationEnabled computed during preview",
      resources: [
        secret("prod/orders-db", ARN),
        { type: ROTATION, name: "rotation", props: { secretId: ARN, rotationEnabled: UNKNOWN_SENTINELS.boolean, rotationLambdaArn: FN } },
      ],
    },
  ],
});
