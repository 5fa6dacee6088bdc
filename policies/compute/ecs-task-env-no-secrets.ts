// No credentials in ECS container definitions' environment. Environment values are part of the
// task definition, which anyone allowed ecs:DescribeTaskDefinition reads in clear text; secrets
// belong in the container definition's `secrets` list, whose valueFrom names a Secrets Manager
// secret or SSM parameter that the agent injects at start (ECS Developer Guide, "Pass sensitive
// data to an Amazon ECS container"). containerDefinitions is a JSON string in the provider.
import { resourcePolicy } from "../lib/control";
import { valuesAtPath } from "../lib/secret-paths";
import { wireFormOf } from "../lib/secret-tracking";
import { isUnknown } from "../lib/unknown";
import { isRecord, readList } from "../lib/values";
import { COMPUTE_T, TASK_DEFINITION_PROPS as P } from "./types";
import { Setting, describeFindings, settingFindings } from "./variable-secrets";

type Containers = { readonly list: unknown[] } | "unknown" | "invalid" | undefined;

function containersOf(value: unknown): Containers {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return "unknown";
  let doc: unknown = value;
  if (typeof value === "string") {
    try {
      doc = JSON.parse(value);
    } catch {
      return "invalid";
    }
  }
  const list = readList(doc);
  return Array.isArray(list) ? { list } : "invalid";
}

function* environmentOf(containers: unknown[]): Generator<Setting> {
  for (const [i, container] of containers.entries()) {
    if (!isRecord(container)) continue;
    const owner = typeof container.name === "string" ? `container "${container.name}"` : `${P.containerDefinitions}[${i}]`;
    const environment = Array.isArray(container.environment) ? container.environment : [];
    for (const [j, entry] of environment.entries()) {
      if (!isRecord(entry) || typeof entry.name !== "string") continue;
      yield { name: entry.name, value: entry.value, path: `${P.containerDefinitions}[${i}].environment[${j}]`, label: `${owner} ${entry.name}` };
    }
  }
}

/** Whether the container definitions arrived as a secret (then the names inside them are secret too). */
function arrivedSecret(props: object): boolean {
  const wire = wireFormOf(props);
  return wire === undefined || valuesAtPath(wire, P.containerDefinitions).some((v) => v.state === "secret");
}

export const ecsTaskEnvNoSecrets = resourcePolicy<Record<string, never>>({
  name: "ecs-task-env-no-secrets",
  description:
    "ECS task definitions pass no credentials through containers' plain-text environment (AWS keys, ECS_ENGINE_AUTH_DATA, passwords, tokens); secrets go in the container's secrets list (valueFrom). Findings name the container and variable, never the value.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [{ framework: "aws-fsbp", ids: ["ECS.8"] }],
  remediationSteps:
    "Store the credential in AWS Secrets Manager or an SSM SecureString parameter and reference it from the container definition's secrets list ({ name, valueFrom: <ARN> }); grant the task execution role secretsmanager:GetSecretValue (or ssm:GetParameters) on it; give the task a task role instead of AWS access keys; rotate the exposed credential.",
  types: [COMPUTE_T.ecsTaskDefinition],
  check(task, _config, judge) {
    const containers = containersOf(task.props[P.containerDefinitions]);
    if (containers === undefined) return;
    if (containers === "unknown") return judge.unknown(P.containerDefinitions);
    if (containers === "invalid") return judge.notApplicable(`${P.containerDefinitions} is not a JSON list of container definitions`);
    const findings = settingFindings(environmentOf(containers.list), judge);
    if (findings.length === 0) return;
    judge.violation(
      `ECS task definition "${task.name}" passes what looks like credentials in plain-text container environment: ${describeFindings(findings, !arrivedSecret(task.props))}. Anyone allowed ecs:DescribeTaskDefinition can read them. Move them to the container's secrets list (valueFrom a Secrets Manager or SSM ARN) and rotate them.`,
    );
  },
});
