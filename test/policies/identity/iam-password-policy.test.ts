// iam-password-policy: an account password policy the stack manages meets CIS 1.8/1.9 and IAM.7.
import { iamPasswordPolicy as policy } from "../../../policies/identity/iam-password-policy";
import { IAM } from "../../../policies/aws/iam/types";
import { runStackPolicy, secret, UNKNOWN_BOOL, UNKNOWN_NUMBER, urnOf } from "../../helpers/policy-harness";

const STRONG = {
  minimumPasswordLength: 14,
  passwordReusePrevention: 24,
  maxPasswordAge: 90,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
};

/** STRONG without some settings (a Struct cannot carry undefined). */
function without(...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(STRONG).filter(([k]) => !keys.includes(k)));
}

const passwordPolicy = (props: Record<string, unknown>) => ({ type: IAM.accountPasswordPolicy, name: "account", props });

interface Case {
  label: string;
  props: Record<string, unknown>;
  config?: Record<string, unknown>;
}

const bad: (Case & { expect: RegExp })[] = [
  { label: "8-character minimum", props: { ...STRONG, minimumPasswordLength: 8 }, expect: /minimumPasswordLength is 8 \(needs at least 14\)/ },
  { label: "reuse prevention missing", props: without("passwordReusePrevention"), expect: /passwordReusePrevention is not set \(needs at least 24\)/ },
  { label: "reuse prevention 5", props: { ...STRONG, passwordReusePrevention: 5 }, expect: /passwordReusePrevention is 5/ },
  { label: "passwords never expire", props: without("maxPasswordAge"), expect: /maxPasswordAge is not set, passwords never expire/ },
  { label: "passwords expire after 180 days", props: { ...STRONG, maxPasswordAge: 180 }, expect: /maxPasswordAge is 180 \(needs 1 to 90\)/ },
  { label: "symbols not required", props: { ...STRONG, requireSymbols: false }, expect: /requireSymbols is not true/ },
  { label: "only the resource, every setting at its default", props: {}, expect: /minimumPasswordLength is not set.*passwordReusePrevention.*maxPasswordAge.*requireSymbols.*requireNumbers.*requireUppercaseCharacters.*requireLowercaseCharacters/ },
  { label: "stricter configured length", props: { ...STRONG, minimumPasswordLength: 16 }, config: { minimumPasswordLength: 20 }, expect: /minimumPasswordLength is 16 \(needs at least 20\)/ },
  { label: "an unknown setting does not hide a known weakness", props: { ...STRONG, requireNumbers: UNKNOWN_BOOL, minimumPasswordLength: 6 }, expect: /minimumPasswordLength is 6/ },
];

const good: Case[] = [
  { label: "the CIS baseline exactly", props: STRONG },
  { label: "longer and more frequently rotated", props: { ...STRONG, minimumPasswordLength: 32, maxPasswordAge: 60 } },
  { label: "numbers given as strings", props: { ...STRONG, minimumPasswordLength: "14", passwordReusePrevention: "24", maxPasswordAge: "90" } },
  { label: "flags given as strings", props: { ...STRONG, requireSymbols: "true", requireNumbers: "true" } },
  { label: "expiry check turned off (NIST 800-63B style)", props: without("maxPasswordAge"), config: { maxPasswordAge: 0 } },
  { label: "character classes not required by config", props: { ...without("requireNumbers"), requireSymbols: false }, config: { requireCharacterClasses: false } },
  { label: "secret-wrapped values are read, not printed", props: { ...STRONG, minimumPasswordLength: secret(20) } },
];

describe("iam-password-policy", () => {
  it.each(bad)("flags: $label", async ({ props, config, expect: pattern }) => {
    const outcome = await runStackPolicy(policy, [passwordPolicy(props)], config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(pattern);
    expect(outcome.violations[0].urn).toBe(urnOf(IAM.accountPasswordPolicy, "account"));
  });

  it.each(good)("passes: $label", async ({ props, config }) => {
    const outcome = await runStackPolicy(policy, [passwordPolicy(props)], config);
    expect(outcome).toEqual({ violations: [] });
  });

  it("does not demand a password policy in every stack", async () => {
    const outcome = await runStackPolicy(policy, [{ type: "aws:s3/bucket:Bucket", props: {} }]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/only applies/);
  });

  it.each([
    ["minimumPasswordLength", { ...STRONG, minimumPasswordLength: UNKNOWN_NUMBER }],
    ["maxPasswordAge", { ...STRONG, maxPasswordAge: UNKNOWN_NUMBER }],
    ["requireSymbols", { ...STRONG, requireSymbols: UNKNOWN_BOOL }],
  ])("an unknown %s during preview is not a violation", async (prop, props) => {
    const outcome = await runStackPolicy(policy, [passwordPolicy(props)]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(`${prop} of account`);
  });

  it("keeps a secret value out of the message", async () => {
    const outcome = await runStackPolicy(policy, [passwordPolicy({ ...STRONG, minimumPasswordLength: secret(14), passwordReusePrevention: 3, tags: secret({ k: "hidden-tag-value" }) })]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toContain("hidden-tag-value");
  });
});
