// No credentials in ECS container definitions' environment. Environment values are part of the
// task definition, which anyone allowed ecs:DescribeTaskDefinition reads in clear text; secrets
// belong in the container definition's `secrets` list, whose valueFrom names a Secrets Manager
// secret or SSM parameter that the agent injects at start (ECS Developer Guide, "Pass sensitive
// data to an Amazon ECS container"). containerDefinitions is a JSON string in the provider.
import { Container, containerDefinitionsArrivedSecret, containersOf, readContainerDefinitions } from "../aws/ecs/container-definitions";
import { resourcePolicy } from "../lib/control";
import { isRecord } from "../lib/values";
import { COMPUTE_T, TASK_DEFINITION_PROPS as P } from "./types";
import { Setting, describeFindings, settingFindings } from "./variable-secrets";

function* environmentOf(containers: readonly Container[]): Generator<Setting> {
  for (const container of containers) {
    if (!isRecord(container.definition)) continue;
    const environment = Array.isArray(container.definition.environment) ? container.definition.environment : [];
    for (const [j, entry] of environment.entries()) {
      if (!isRecord(entry) || typeof entry.name !== "string") continue;
      yield { name: entry.name, value: entry.value, path: `${container.path}.environment[${j}]`, label: `${container.label} ${entry.name}` };
    }
  }
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
    const containers = readContainerDefinitions(task.props[P.containerDefinitions]);
    if (containers === undefined) return;
    if (containers === "unknown") return judge.unknown(P.containerDefinitions);
    if (containers === "invalid") return judge.notApplicable(`${P.containerDefinitions} is not a JSON list of container definitions`);
    // Labels name containers and variables; describeFindings shows them only when no name is secret.
    const findings = settingFindings(environmentOf(containersOf(containers.list, true)), judge);
    if (findings.length === 0) return;
    judge.violation(
      `ECS task definition "${task.name}" passes what looks like credentials in plain-text container environment: ${describeFindings(findings, !containerDefinitionsArrivedSecret(task.props))}. Anyone allowed ecs:DescribeTaskDefinition can read them. Move them to the container's secrets list (valueFrom a Secrets Manager or SSM ARN) and rotate them.`,
    );
  },
});
