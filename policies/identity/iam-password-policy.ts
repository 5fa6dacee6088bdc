// iam-password-policy: when a stack manages the account password policy, it must meet CIS 1.8/1.9
// and IAM.7. A stack without one is not judged: the policy is account-wide and usually lives in a
// single baseline stack.
import { stackPolicy } from "../lib/control";
import type { Judge } from "../lib/judge";
import type { StackResource } from "../lib/resource-view";
import { readBool, readNumber } from "../lib/values";
import { IAM } from "../aws/iam/types";

interface Config {
  minimumPasswordLength: number;
  passwordReusePrevention: number;
  maxPasswordAge: number;
  requireCharacterClasses: boolean;
}

const CHARACTER_CLASSES = ["requireSymbols", "requireNumbers", "requireUppercaseCharacters", "requireLowercaseCharacters"] as const;

function configNumber(value: unknown, fallback: number): number {
  const n = readNumber(value);
  return typeof n === "number" ? n : fallback;
}

/** Each weakness as "what is set, what is needed"; numbers and flags only, never other values. */
function weaknesses(policy: StackResource, config: Config, judge: Judge): string[] {
  const found: string[] = [];
  const atLeast = (prop: string, min: number) => {
    if (min <= 0) return;
    const value = readNumber(policy.props[prop]);
    if (typeof value === "number") {
      if (value < min) found.push(`${prop} is ${value} (needs at least ${min})`);
    } else if (value === undefined) found.push(`${prop} is not set (needs at least ${min})`);
    else judge.unknown(`${prop} of ${policy.name}`);
  };
  atLeast("minimumPasswordLength", configNumber(config.minimumPasswordLength, 14));
  atLeast("passwordReusePrevention", configNumber(config.passwordReusePrevention, 24));

  const maxAge = configNumber(config.maxPasswordAge, 90);
  if (maxAge > 0) {
    const age = readNumber(policy.props.maxPasswordAge);
    if (typeof age === "number") {
      if (age <= 0 || age > maxAge) found.push(`maxPasswordAge is ${age} (needs 1 to ${maxAge})`);
    } else if (age === undefined) found.push(`maxPasswordAge is not set, passwords never expire (needs 1 to ${maxAge})`);
    else judge.unknown(`maxPasswordAge of ${policy.name}`);
  }

  if (readBool(config.requireCharacterClasses) !== false) {
    for (const prop of CHARACTER_CLASSES) {
      const flag = readBool(policy.props[prop]);
      if (flag === true) continue;
      if (flag === false || flag === undefined) found.push(`${prop} is not true`);
      else judge.unknown(`${prop} of ${policy.name}`);
    }
  }
  return found;
}

export const iamPasswordPolicy = stackPolicy<Config>({
  name: "iam-password-policy",
  description:
    "An account password policy managed by the stack requires at least 14 characters, prevents reuse of the last 24 passwords, " +
    "requires symbols, numbers, upper- and lower-case letters, and expires passwords within 90 days. Stacks that do not manage it are not judged.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "identity",
  references: [
    { framework: "cis-aws", ids: ["1.8", "1.9"] },
    { framework: "aws-fsbp", ids: ["IAM.7", "IAM.15", "IAM.16"] },
  ],
  remediationSteps:
    "Set on aws.iam.AccountPasswordPolicy: minimumPasswordLength 14 or more, passwordReusePrevention 24, requireSymbols, " +
    "requireNumbers, requireUppercaseCharacters and requireLowercaseCharacters true, maxPasswordAge 90 or less. " +
    "Better still, federate people through IAM Identity Center so IAM user passwords are not needed.",
  config: {
    minimumPasswordLength: { type: "integer", minimum: 0, default: 14, description: "Minimum password length (CIS 1.8, IAM.15); 0 turns the check off." },
    passwordReusePrevention: { type: "integer", minimum: 0, default: 24, description: "Passwords remembered (CIS 1.9, IAM.16); 0 turns the check off." },
    maxPasswordAge: { type: "integer", minimum: 0, default: 90, description: "Maximum password age in days (IAM.7); 0 turns the check off." },
    requireCharacterClasses: { type: "boolean", default: true, description: "Require symbols, numbers, upper- and lower-case letters (IAM.7)." },
  },
  types: [IAM.accountPasswordPolicy],
  check(stack, config, judge) {
    for (const policy of stack.ofType(IAM.accountPasswordPolicy)) {
      const found = weaknesses(policy, config, judge);
      if (found.length === 0) continue;
      judge.violation(
        `Account password policy "${policy.name}" is weaker than the baseline: ${found.join("; ")}. ` +
          "Raise these settings on the AccountPasswordPolicy resource.",
        policy.urn,
      );
    }
  },
});
