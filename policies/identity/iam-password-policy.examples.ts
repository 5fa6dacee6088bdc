import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const PASSWORD_POLICY = "aws:iam/accountPasswordPolicy:AccountPasswordPolicy";

/** CIS 1.8/1.9 and IAM.7: 14 characters, 24 remembered, all four character classes, 90-day expiry. */
const CIS = {
  minimumPasswordLength: 14,
  passwordReusePrevention: 24,
  maxPasswordAge: 90,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
  allowUsersToChangePassword: true,
};

/** The CIS settings without the given ones (the engine sends no key for an unset input). */
function cisWithout(...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(CIS).filter(([key]) => !keys.includes(key)));
}

export const examples = policyExamples({
  policy: "iam-password-policy",
  good: [
    {
      title: "an account password policy at the CIS baseline",
      resources: [{ type: PASSWORD_POLICY, name: "account", props: CIS }],
    },
    {
      title: "a stack that does not manage the account password policy is not judged",
      resources: [{ type: "aws:iam/user:User", name: "ci-bot", props: { name: "ci-bot" } }],
    },
    {
      title: "passwords that never expire, when maxPasswordAge is 0 (NIST SP 800-63B advice)",
      config: { maxPasswordAge: 0 },
      resources: [{ type: PASSWORD_POLICY, name: "account", props: { ...cisWithout("maxPasswordAge"), minimumPasswordLength: 16 } }],
    },
    {
      title: "a long passphrase policy without character classes, when requireCharacterClasses is false",
      config: { requireCharacterClasses: false },
      resources: [{ type: PASSWORD_POLICY, name: "account", props: { minimumPasswordLength: 20, passwordReusePrevention: 24, maxPasswordAge: 90 } }],
    },
  ],
  bad: [
    {
      title: "an 8-character minimum that remembers only 5 passwords",
      resources: [{ type: PASSWORD_POLICY, name: "account", props: { ...CIS, minimumPasswordLength: 8, passwordReusePrevention: 5 } }],
      violations: ["account"],
      message: /minimumPasswordLength is 8 \(needs at least 14\); passwordReusePrevention is 5 \(needs at least 24\)/,
    },
    {
      title: "a password policy resource that sets nothing, so every setting is at AWS's weak default",
      resources: [{ type: PASSWORD_POLICY, name: "account", props: {} }],
      violations: ["account"],
      message: /minimumPasswordLength is not set.*maxPasswordAge is not set, passwords never expire.*requireSymbols is not true/,
    },
    {
      title: "passwords that expire only after 180 days and need no symbols",
      resources: [{ type: PASSWORD_POLICY, name: "account", props: { ...CIS, maxPasswordAge: 180, requireSymbols: false } }],
      violations: ["account"],
      message: /maxPasswordAge is 180 \(needs 1 to 90\); requireSymbols is not true/,
    },
    {
      title: "a 16-character minimum, when the baseline asks for 20",
      config: { minimumPasswordLength: 20 },
      resources: [{ type: PASSWORD_POLICY, name: "account", props: { ...CIS, minimumPasswordLength: 16 } }],
      violations: ["account"],
      message: /minimumPasswordLength is 16 \(needs at least 20\)/,
    },
    {
      title: "a flag computed during preview does not hide a known short minimum",
      resources: [{ type: PASSWORD_POLICY, name: "account", props: { ...CIS, minimumPasswordLength: 6, requireNumbers: UNKNOWN_SENTINELS.boolean } }],
      violations: ["account"],
      message: /minimumPasswordLength is 6/,
    },
  ],
  unknown: [
    {
      title: "the minimum length computed during preview",
      resources: [{ type: PASSWORD_POLICY, name: "account", props: { ...CIS, minimumPasswordLength: UNKNOWN_SENTINELS.number } }],
    },
    {
      title: "the maximum age computed during preview",
      resources: [{ type: PASSWORD_POLICY, name: "account", props: { ...CIS, maxPasswordAge: UNKNOWN_SENTINELS.number } }],
    },
  ],
});
