// No credentials in Lambda environment variables. Lambda encrypts them at rest, but anyone allowed
// lambda:GetFunctionConfiguration (or the console) reads them in clear text, and so does the stack
// state (Lambda Developer Guide, "Securing Lambda environment variables": store secrets in
// Secrets Manager and fetch them at run time, e.g. with the Parameters and Secrets extension).
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { at, readRecord } from "../lib/values";
import { COMPUTE_T, LAMBDA_FUNCTION_PROPS as P } from "./types";
import { Setting, describeFindings, settingFindings } from "./variable-secrets";

const PATH = `${P.environment}.variables`;

export const lambdaEnvNoSecrets = resourcePolicy<Record<string, never>>({
  name: "lambda-env-no-secrets",
  description:
    "Lambda functions hold no credentials in plain-text environment variables (AWS keys, passwords, tokens, private keys), found by the detectors ec2-user-data-no-secrets uses; findings name the variable and the kind, never the value.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [{ framework: "owasp", ids: ["A07:2021"] }],
  remediationSteps:
    "Move the credential to AWS Secrets Manager (or an SSM SecureString parameter), pass only its name or ARN in the environment, grant the function's role secretsmanager:GetSecretValue on it and read it at run time (the AWS Parameters and Secrets Lambda Extension caches it); rotate the exposed credential.",
  types: [COMPUTE_T.lambdaFunction],
  check(fn, _config, judge) {
    const variables = readRecord(at(fn.props, P.environment, "variables"));
    if (variables === UNKNOWN) return judge.unknown(PATH);
    if (variables === undefined) return;
    const settings: Setting[] = Object.entries(variables).map(([name, value]) => ({ name, value, path: `${PATH}.${name}` }));
    const findings = settingFindings(settings, judge);
    if (findings.length === 0) return;
    judge.violation(
      `Lambda function "${fn.name}" holds what looks like credentials in plain-text environment variables: ${describeFindings(findings)}. Anyone allowed lambda:GetFunctionConfiguration, and the stack state, can read them. Keep the secret in Secrets Manager, pass its ARN instead and read it at run time; rotate the exposed one.`,
    );
  },
});
