// No credentials in CodeBuild PLAINTEXT environment variables. Their values are stored in the
// project and shown to anyone allowed codebuild:BatchGetProjects and in the console; PARAMETER_STORE
// and SECRETS_MANAGER variables hold only a reference that CodeBuild resolves at build time
// (CodeBuild User Guide, "EnvironmentVariable"; type defaults to PLAINTEXT).
import { resourcePolicy } from "../lib/control";
import { valuesAtPath } from "../lib/secret-paths";
import { wireFormOf } from "../lib/secret-tracking";
import { UNKNOWN } from "../lib/unknown";
import { at, isRecord, readList, readString } from "../lib/values";
import { CODEBUILD_PROJECT_PROPS as P, COMPUTE_T } from "./types";
import { Setting, describeFindings, settingFindings } from "./variable-secrets";

const PATH = `${P.environment}.environmentVariables`;

/** Whether any variable's name arrived as a secret: then variables are named by index only. */
function namesSecret(props: object): boolean {
  const wire = wireFormOf(props);
  return wire === undefined || valuesAtPath(wire, `${PATH}[].name`).some((v) => v.state === "secret");
}

export const codebuildEnvNoSecrets = resourcePolicy<Record<string, never>>({
  name: "codebuild-env-no-secrets",
  description:
    "CodeBuild projects hold no credentials in PLAINTEXT environment variables (the default type): AWS keys, passwords and tokens go in PARAMETER_STORE or SECRETS_MANAGER variables. Findings name the variable, never the value.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [{ framework: "aws-fsbp", ids: ["CodeBuild.2"] }],
  remediationSteps:
    "Store the credential in AWS Secrets Manager or an SSM SecureString parameter and declare the variable with type SECRETS_MANAGER or PARAMETER_STORE and the secret's name as value; give the project's service role access to it instead of AWS access keys; rotate the exposed credential.",
  types: [COMPUTE_T.codebuildProject],
  check(project, _config, judge) {
    const variables = readList(at(project.props, P.environment, "environmentVariables"));
    if (variables === UNKNOWN) return judge.unknown(PATH);
    if (variables === undefined) return;
    const settings: Setting[] = [];
    for (const [i, v] of variables.entries()) {
      if (!isRecord(v)) continue;
      const name = readString(v.name);
      const type = readString(v.type);
      if (name === UNKNOWN || type === UNKNOWN) {
        judge.unknown(`${PATH}[${i}]`);
        continue;
      }
      if (name === undefined || (type !== undefined && type.trim().toUpperCase() !== "PLAINTEXT")) continue;
      settings.push({ name, value: v.value, path: `${PATH}[${i}]`, label: `${PATH}[${i}] ${name}` });
    }
    const findings = settingFindings(settings, judge);
    if (findings.length === 0) return;
    judge.violation(
      `CodeBuild project "${project.name}" holds what looks like credentials in PLAINTEXT environment variables: ${describeFindings(findings, !namesSecret(project.props))}. Use type SECRETS_MANAGER or PARAMETER_STORE with the secret's name, and rotate the exposed credentials.`,
    );
  },
});
