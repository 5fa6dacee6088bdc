// No credentials in user data: anyone allowed ec2:DescribeInstanceAttribute, every process on the
// instance (through IMDS) and the stack state can read it in clear text.
import { resourcePolicy } from "../lib/control";
import { isUnknown } from "../lib/unknown";
import { SecretFinding, scanForSecrets } from "./secret-scan";
import { LAUNCH_TYPES, launchKindOf } from "../aws/ec2/launch-kinds";
import { userDataSources, userDataTexts } from "./user-data";

const LISTED = 8;

function describe(findings: SecretFinding[]): string {
  const shown = findings.slice(0, LISTED).map((f) => `${f.kind} (line ${f.line})`);
  const more = findings.length > LISTED ? `, and ${findings.length - LISTED} more` : "";
  return shown.join(", ") + more;
}

export const ec2UserDataNoSecrets = resourcePolicy<Record<string, never>>({
  name: "ec2-user-data-no-secrets",
  description:
    "User data of instances, launch templates and launch configurations holds no credentials: AWS access keys, AWS secret keys, private keys, passwords (password=…, PASSWORD: …, --password …, user:password@ URLs, chpasswd) or tokens (GitHub, GitLab, Slack, Stripe, Google, npm, bearer, api_key=…). Base64 (launch template userData, userDataBase64) and gzip are decoded first. Findings name the kind and line, never the value.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [{ framework: "owasp", ids: ["A07:2021"] }],
  remediationSteps:
    "Remove the credential from user data and rotate it: it has been exposed. At boot, fetch secrets with the instance role from AWS Secrets Manager (aws secretsmanager get-secret-value) or SSM Parameter Store SecureString parameters; never pass AWS access keys to an instance, give it an instance profile instead.",
  types: LAUNCH_TYPES,
  check(resource, _config, judge) {
    const kind = launchKindOf(resource.type) ?? "instance";
    for (const source of userDataSources(resource)) {
      if (isUnknown(source.value)) {
        judge.unknown(source.path);
        continue;
      }
      for (const { label, text } of userDataTexts(source)) {
        const findings = scanForSecrets(text);
        if (findings.length === 0) continue;
        judge.violation(
          `The ${kind}'s ${label} holds what looks like credentials: ${describe(findings)}. User data is readable by anyone allowed to describe the ${kind}, by every process on it through IMDS, and from the stack state. Fetch secrets at boot from Secrets Manager or SSM Parameter Store with the instance role, and rotate the exposed ones.`,
        );
      }
    }
  },
});
