// Credentials passed to resources arrive as Pulumi secrets. A secret is encrypted in the stack
// state and masked in the CLI's output and logs; a plain value is stored and shown in clear text
// (Pulumi docs, "Secrets handling"). The engine carries secret-ness with each value, so the policy
// reads the wire form of the inputs. Which inputs are credentials is data: sensitive-inputs.json.
import { resourcePolicy } from "../lib/control";
import { valuesAtPath } from "../lib/secret-paths";
import { wireFormOf } from "../lib/secret-tracking";
import { SENSITIVE_INPUTS } from "./sensitive-inputs";

const LISTED = 8;

export const sensitiveInputsAreSecrets = resourcePolicy<Record<string, never>>({
  name: "sensitive-inputs-are-secrets",
  description:
    "Credential inputs (database master passwords, ElastiCache auth tokens, Secrets Manager secret values, broker and directory passwords, private keys, API keys: the pairs listed in policies/compute/sensitive-inputs.json) arrive as Pulumi secrets, never as plain values stored in clear text in the stack state.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [{ framework: "owasp", ids: ["A02:2021"] }],
  remediationSteps:
    "Pass the value as a secret: pulumi config set --secret <key> and config.requireSecret(), pulumi.secret(value), or a generated random.RandomPassword's result; better, let the service manage it (manageMasterUserPassword: true on RDS, Redshift and DocumentDB) or keep it in Secrets Manager. Rotate a credential that was stored in plain text.",
  types: [...SENSITIVE_INPUTS.keys()],
  check(resource, _config, judge) {
    const wire = wireFormOf(resource.props);
    if (wire === undefined) return judge.notApplicable("which inputs arrived as Pulumi secrets is not known");
    const plain: string[] = [];
    for (const property of SENSITIVE_INPUTS.get(resource.type) ?? []) {
      for (const value of valuesAtPath(wire, property)) {
        if (value.state === "plain") plain.push(value.path);
        else if (value.state === "unknown") judge.unknown(value.path);
      }
    }
    if (plain.length === 0) return;
    const shown = plain.slice(0, LISTED).join(", ") + (plain.length > LISTED ? `, and ${plain.length - LISTED} more` : "");
    judge.violation(`${resource.type} "${resource.name}" receives ${shown} as a plain value, not a Pulumi secret: it is stored in clear text in the stack state and may show in previews and logs. Pass it as a secret (config.requireSecret, pulumi.secret) and rotate it.`);
  },
});
