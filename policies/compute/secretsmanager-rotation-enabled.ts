// Every Secrets Manager secret the stack creates is rotated: an aws.secretsmanager.SecretRotation
// names it (secretId) and does not turn rotation off (rotationEnabled false). A secret never
// rotates by itself; rotation needs a rotation function or managed rotation configured on it
// (Secrets Manager User Guide, "Rotate AWS Secrets Manager secrets"). A stack policy: the rotation
// is another resource. Advisory (rotation is hygiene); strict.json makes it mandatory.
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { readBool } from "../lib/values";
import { COMPUTE_T, SECRET_ROTATION_PROPS as P } from "./types";

export const secretsmanagerRotationEnabled = stackPolicy<Record<string, never>>({
  name: "secretsmanager-rotation-enabled",
  description:
    "Every Secrets Manager secret the stack creates has automatic rotation: an aws.secretsmanager.SecretRotation names it through secretId and does not set rotationEnabled to false.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "compute",
  references: [{ framework: "aws-fsbp", ids: ["SecretsManager.1"] }],
  remediationSteps:
    "Add an aws.secretsmanager.SecretRotation with secretId: secret.id, a rotationLambdaArn (for database credentials, one of the AWS rotation function templates from the Serverless Application Repository) and rotationRules { automaticallyAfterDays: 30 } or a scheduleExpression; for RDS, Redshift and DocumentDB master passwords prefer manageMasterUserPassword, which AWS rotates itself.",
  types: [COMPUTE_T.secret],
  check(stack, _config, judge) {
    const rotated = new Set<string>();
    const uncertain = new Map<string, string>();
    const unattributed: StackResource[] = [];
    for (const rotation of stack.ofType(COMPUTE_T.secretRotation)) {
      const enabled = readBool(rotation.props[P.rotationEnabled]);
      const secrets = stack.referenced(rotation, P.secretId, [COMPUTE_T.secret]);
      if (secrets.length === 0 && isUnknown(rotation.props[P.secretId])) unattributed.push(rotation);
      for (const secret of secrets) {
        if (enabled === UNKNOWN) uncertain.set(secret.urn, `${P.rotationEnabled} of ${rotation.name}`);
        else if (enabled !== false) rotated.add(secret.urn);
      }
    }
    for (const secret of stack.ofType(COMPUTE_T.secret)) {
      if (rotated.has(secret.urn)) continue;
      const why = uncertain.get(secret.urn);
      if (why !== undefined || unattributed.length > 0) {
        // A rotation whose target or switch is not known yet may still rotate this secret.
        if (why !== undefined) judge.unknown(why);
        unattributed.forEach((r) => judge.unknown(`${P.secretId} of ${r.name}`));
        continue;
      }
      judge.violation(
        `Secrets Manager secret "${secret.name}" is never rotated: no SecretRotation with rotation enabled names it. Add an aws.secretsmanager.SecretRotation with secretId set to this secret, a rotation function and a schedule.`,
        secret.urn,
      );
    }
  },
});
