import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

// Credential-shaped values assembled at load time; none of them is real.
const fake = {
  password: ["Zq7v", "X9kL", "p2Wm"].join(""),
  accessKeyId: ["AKIA", "Q".repeat(8), "7".repeat(8)].join(""),
  secretKey: ["wJal", "rXUt", "nFEM", "I/K7", "MDEN", "G/bP", "xRfi", "CYEX", "AMPL", "EKEY"].join(""),
};
const TD = "aws:ecs/taskDefinition:TaskDefinition";
const task = (containers: unknown[]) => ({ family: "api", requiresCompatibilities: ["FARGATE"], networkMode: "awsvpc", cpu: "256", memory: "512", containerDefinitions: JSON.stringify(containers) });
const container = (extra: Record<string, unknown>) => ({ name: "app", image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2", essential: true, ...extra });

export const examples = policyExamples({
  policy: "ecs-task-env-no-secrets",
  good: [
    {
      title: "a container that receives its database password through secrets (valueFrom)",
      resources: [{ type: TD, name: "api", props: task([container({
        environment: [{ name: "DB_HOST", value: "orders.cluster-abc.eu-west-1.rds.amazonaws.com" }, { name: "PASSWORD_MIN_LENGTH", value: "14" }],
        secrets: [{ name: "DB_PASSWORD", valueFrom: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders-db-AbCdEf:password::" }],
      })]) }],
    },
    {
      title: "a task definition whose containers set no environment",
      resources: [{ type: TD, name: "worker", props: task([container({}), container({ name: "sidecar", image: "public.ecr.aws/aws-observability/aws-otel-collector:v0.43.1" })]) }],
    },
  ],
  bad: [
    {
      title: "a container given a literal password, another AWS access keys",
      resources: [{ type: TD, name: "api", props: task([
        container({ environment: [{ name: "DB_HOST", value: "db.internal" }, { name: "DB_PASSWORD", value: fake.password }] }),
        container({ name: "uploader", environment: [{ name: "AWS_ACCESS_KEY_ID", value: fake.accessKeyId }, { name: "AWS_SECRET_ACCESS_KEY", value: fake.secretKey }] }),
      ]) }],
      violations: ["api"],
      message: new RegExp(`^(?![\\s\\S]*(?:${fake.password}|${fake.accessKeyId}))[\\s\\S]*container "app" DB_PASSWORD \\(a password\\), container "uploader" AWS_ACCESS_KEY_ID \\(an AWS access key ID\\), container "uploader" AWS_SECRET_ACCESS_KEY`),
    },
    {
      title: "private registry credentials in ECS_ENGINE_AUTH_DATA",
      resources: [{ type: TD, name: "agent", props: task([container({ environment: [{ name: "ECS_ENGINE_AUTH_DATA", value: `{"registry.example.com":{"username":"ci","password":"${fake.password}"}}` }] })]) }],
      violations: ["agent"],
      message: /container "app" ECS_ENGINE_AUTH_DATA \(/,
    },
  ],
  unknown: [
    {
      title: "container definitions rendered from other resources' outputs during preview",
      resources: [{ type: TD, name: "api", props: { family: "api", containerDefinitions: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
