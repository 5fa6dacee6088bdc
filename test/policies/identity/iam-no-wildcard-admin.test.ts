// iam-no-wildcard-admin: good and bad policy documents, as strings and as objects, on every
// resource type that carries one.
import { iamNoWildcardAdmin as policy } from "../../../policies/identity/iam-no-wildcard-admin";
import { IAM } from "../../../policies/aws/iam/types";
import { runResourcePolicy, secret, UNKNOWN_ARRAY, UNKNOWN_OBJECT, UNKNOWN_STRING } from "../../helpers/policy-harness";

const doc = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });
const allow = (Action: unknown, Resource: unknown = "*") => ({ Effect: "Allow", Action, Resource });
const json = (value: unknown) => JSON.stringify(value);

interface Case {
  label: string;
  type: string;
  props: Record<string, unknown>;
  config?: Record<string, unknown>;
}

const bad: (Case & { expect: RegExp })[] = [
  { label: "managed policy, JSON string, Action * on *", type: IAM.policy, props: { policy: json(doc(allow("*"))) }, expect: /Statement\[0\] allows every action \("\*"\) on every resource/ },
  { label: "managed policy, object document, lists", type: IAM.policy, props: { policy: doc(allow(["*"], ["*"])) }, expect: /Statement\[0\] allows every action/ },
  { label: 'role inline policy with "*:*"', type: IAM.rolePolicy, props: { role: "app", policy: json(doc(allow("s3:GetObject", "arn:aws:s3:::b/*"), allow("*:*"))) }, expect: /Statement\[1\] allows every action/ },
  { label: "user policy: Allow NotAction on *", type: IAM.userPolicy, props: { user: "bob", policy: json(doc({ Effect: "Allow", NotAction: ["iam:*"], Resource: "*" })) }, expect: /outside its NotAction list/ },
  { label: "group policy: Statement as a single object", type: IAM.groupPolicy, props: { group: "ops", policy: json({ Version: "2012-10-17", Statement: allow("*") }) }, expect: /Statement\[0\]/ },
  { label: "role inlinePolicies entry (second one)", type: IAM.role, props: { assumeRolePolicy: "{}", inlinePolicies: [{ name: "ok", policy: json(doc(allow("s3:GetObject", "arn:aws:s3:::b/*"))) }, { name: "admin", policy: json(doc(allow("*"))) }] }, expect: /inlinePolicies\[1\] \("admin"\)/ },
  { label: "Action * through NotResource", type: IAM.policy, props: { policy: doc({ Effect: "Allow", Action: "*", NotResource: "arn:aws:s3:::audit/*" }) }, expect: /every resource outside NotResource/ },
  { label: 'service wildcard "iam:*" on * (flagServiceWildcards default)', type: IAM.policy, props: { policy: doc(allow(["iam:*", "s3:GetObject"])) }, expect: /"iam:\*"/ },
  { label: "all-wildcard ARN as the resource", type: IAM.policy, props: { policy: doc(allow("*", "arn:aws:*:*:*:*")) }, expect: /allows every action/ },
  { label: "effect written in lower case", type: IAM.policy, props: { policy: doc({ Effect: "allow", Action: "*", Resource: "*" }) }, expect: /allows every action/ },
  { label: "an unknown statement does not hide a known admin one", type: IAM.policy, props: { policy: doc(allow(UNKNOWN_STRING), allow("*")) }, expect: /Statement\[1\]/ },
];

const good: Case[] = [
  { label: "Deny * on *", type: IAM.policy, props: { policy: json(doc({ Effect: "Deny", Action: "*", Resource: "*" })) } },
  { label: "one action on every resource", type: IAM.policy, props: { policy: json(doc(allow("ec2:DescribeInstances"))) } },
  { label: "Action * on one bucket", type: IAM.rolePolicy, props: { role: "r", policy: doc(allow("*", "arn:aws:s3:::bucket/*")) } },
  { label: "service wildcard on one bucket", type: IAM.policy, props: { policy: doc(allow("s3:*", ["arn:aws:s3:::b", "arn:aws:s3:::b/*"])) } },
  { label: "service wildcard on * with flagServiceWildcards off", type: IAM.policy, props: { policy: doc(allow("s3:*")) }, config: { flagServiceWildcards: false } },
  { label: "prefix wildcard is not a service wildcard", type: IAM.policy, props: { policy: doc(allow(["s3:Get*", "logs:Put*"])) } },
  { label: "role without inline policies", type: IAM.role, props: { assumeRolePolicy: json(doc({ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: "ec2.amazonaws.com" } })) } },
  { label: "role with a scoped inline policy", type: IAM.role, props: { inlinePolicies: [{ name: "read", policy: json(doc(allow("s3:GetObject", "arn:aws:s3:::b/*"))) }] } },
  { label: "service-scoped ARN wildcard is not every resource", type: IAM.policy, props: { policy: doc(allow("*", "arn:aws:s3:::*")) } },
];

describe("iam-no-wildcard-admin", () => {
  it.each(bad)("flags: $label", async ({ type, props, config, expect: pattern }) => {
    const outcome = await runResourcePolicy(policy, { type, name: "subject", props }, config);
    expect(outcome.violations.length).toBeGreaterThanOrEqual(1);
    expect(outcome.violations[0].message).toMatch(pattern);
    expect(outcome.violations[0].message).toMatch(/subject/);
  });

  it.each(good)("passes: $label", async ({ type, props, config }) => {
    const outcome = await runResourcePolicy(policy, { type, props }, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  describe("unknown values during preview are not violations", () => {
    const unknownCases: (Case & { reason: RegExp })[] = [
      { label: "whole document unknown", type: IAM.policy, props: { policy: UNKNOWN_STRING }, reason: /policy/ },
      { label: "Resource unknown beside Action *", type: IAM.policy, props: { policy: doc(allow("*", UNKNOWN_STRING)) }, reason: /policy/ },
      { label: "one Action item unknown on *", type: IAM.rolePolicy, props: { policy: doc(allow(["s3:GetObject", UNKNOWN_STRING])) }, reason: /policy/ },
      { label: "Effect unknown", type: IAM.policy, props: { policy: doc({ Effect: UNKNOWN_STRING, Action: "*", Resource: "*" }) }, reason: /policy/ },
      { label: "Statement list unknown", type: IAM.policy, props: { policy: { Version: "2012-10-17", Statement: UNKNOWN_ARRAY } }, reason: /policy/ },
      { label: "role inlinePolicies unknown", type: IAM.role, props: { inlinePolicies: UNKNOWN_ARRAY }, reason: /inlinePolicies/ },
      { label: "one role inline entry unknown", type: IAM.role, props: { inlinePolicies: [UNKNOWN_OBJECT] }, reason: /inlinePolicies\[0\]/ },
    ];
    it.each(unknownCases)("$label", async ({ type, props, reason }) => {
      const outcome = await runResourcePolicy(policy, { type, props });
      expect(outcome.violations).toEqual([]);
      expect(outcome.notApplicable).toMatch(reason);
    });

    it("an unknown Resource beside a specific action is simply compliant", async () => {
      const outcome = await runResourcePolicy(policy, { type: IAM.policy, props: { policy: doc(allow("s3:GetObject", UNKNOWN_STRING)) } });
      expect(outcome).toEqual({ violations: [] });
    });
  });

  it("skips a document AWS would reject, saying why", async () => {
    const outcome = await runResourcePolicy(policy, { type: IAM.policy, props: { policy: '{"Statement": [' } });
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/not a valid policy document/);
    // It is not a preview unknown: the reason must not claim one.
    expect(outcome.notApplicable).not.toMatch(/unknown during preview/);
  });

  it("never repeats a secret document's contents", async () => {
    const sid = "SidFromVault-7f3a91";
    const outcome = await runResourcePolicy(policy, {
      type: IAM.policy,
      props: { policy: secret(json(doc({ Sid: sid, Effect: "Allow", Action: "*", Resource: "*", Condition: { StringEquals: { "aws:PrincipalTag/key": "s3cr3t-value" } } }))) },
    });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toContain(sid);
    expect(outcome.violations[0].message).not.toContain("s3cr3t-value");
  });

  it("reads a secret inside an object document", async () => {
    const outcome = await runResourcePolicy(policy, { type: IAM.policy, props: { policy: doc({ Effect: "Allow", Action: secret("*"), Resource: "*" }) } });
    expect(outcome.violations).toHaveLength(1);
  });

  it("reports each admin statement once", async () => {
    const outcome = await runResourcePolicy(policy, { type: IAM.policy, props: { policy: doc(allow("*"), allow("*:*"), { Effect: "Allow", NotAction: "s3:*", Resource: "*" }) } });
    expect(outcome.violations.map((v) => v.message.match(/Statement\[\d\]/)?.[0])).toEqual(["Statement[0]", "Statement[1]", "Statement[2]"]);
  });

  it("ignores resource types it does not judge", async () => {
    const outcome = await runResourcePolicy(policy, { type: "aws:s3/bucketPolicy:BucketPolicy", props: { policy: json(doc(allow("*"))) } });
    expect(outcome.violations).toEqual([]);
  });
});
