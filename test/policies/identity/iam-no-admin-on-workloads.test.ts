// iam-no-admin-on-workloads: administrator policies reaching roles that EC2, Lambda or ECS tasks
// assume, through every attachment path, matched by dependencies and by value.
import { iamNoAdminOnWorkloads as policy } from "../../../policies/identity/iam-no-admin-on-workloads";
import { IAM } from "../../../policies/aws/iam/types";
import { runStackPolicy, secret, StackInput, UNKNOWN_ARRAY, UNKNOWN_STRING, urnOf } from "../../helpers/policy-harness";

const ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
const SSM_CORE = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";
const doc = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });
const trust = (principal: unknown, effect = "Allow") => doc({ Effect: effect, Action: "sts:AssumeRole", Principal: principal });

/** A role as a stack holds it: outputs with name, id and ARN; the trust policy as a JSON string unless given as an object. */
function role(name: string, service: unknown, extra: Record<string, unknown> = {}, asObject = false): StackInput {
  const assume = trust(typeof service === "string" || Array.isArray(service) ? { Service: service } : service);
  return {
    type: IAM.role,
    name,
    props: { name, id: name, arn: `arn:aws:iam::123456789012:role/${name}`, assumeRolePolicy: asObject ? assume : JSON.stringify(assume), ...extra },
  };
}

function rpa(name: string, roleRef: unknown, policyArn: unknown, deps: Record<string, string[]> = {}): StackInput {
  return { type: IAM.rolePolicyAttachment, name, props: { role: roleRef, policyArn }, propertyDependencies: deps };
}

const roleUrn = (name: string) => urnOf(IAM.role, name);
const adminPolicy = (name: string, document: unknown = JSON.stringify(doc({ Effect: "Allow", Action: "*", Resource: "*" }))): StackInput => ({
  type: IAM.policy,
  name,
  props: { name, arn: `arn:aws:iam::123456789012:policy/${name}`, policy: document },
});

interface Case {
  label: string;
  stack: StackInput[];
  config?: Record<string, unknown>;
}

const bad: (Case & { expect: RegExp; at: string })[] = [
  {
    label: "EC2 role + AdministratorAccess, role matched by name",
    stack: [role("web", "ec2.amazonaws.com"), rpa("web-admin", "web", ADMIN)],
    expect: /Role "web" can be assumed by ec2\.amazonaws\.com and receives arn:aws:iam::aws:policy\/AdministratorAccess through RolePolicyAttachment "web-admin"/,
    at: urnOf(IAM.rolePolicyAttachment, "web-admin"),
  },
  {
    label: "Lambda role (trust policy as object) matched through propertyDependencies at preview",
    stack: [role("fn", "lambda.amazonaws.com", {}, true), rpa("fn-admin", UNKNOWN_STRING, ADMIN, { role: [roleUrn("fn")] })],
    expect: /lambda\.amazonaws\.com/,
    at: urnOf(IAM.rolePolicyAttachment, "fn-admin"),
  },
  {
    label: "ECS task role, RolePolicyAttachmentsExclusive with a list of ARNs",
    stack: [
      role("task", ["ecs-tasks.amazonaws.com", "events.amazonaws.com"]),
      { type: IAM.rolePolicyAttachmentsExclusive, name: "task-all", props: { roleName: "task", policyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess", ADMIN] } },
    ],
    expect: /ecs-tasks\.amazonaws\.com .*RolePolicyAttachmentsExclusive "task-all" \(policyArns\)/,
    at: urnOf(IAM.rolePolicyAttachmentsExclusive, "task-all"),
  },
  {
    label: "PolicyAttachment with IAMFullAccess on a list of roles",
    stack: [role("batch", "ec2.amazonaws.com"), { type: IAM.policyAttachment, name: "iam-full", props: { roles: ["other", "batch"], policyArn: "arn:aws:iam::aws:policy/IAMFullAccess" } }],
    expect: /IAMFullAccess through PolicyAttachment "iam-full"/,
    at: urnOf(IAM.policyAttachment, "iam-full"),
  },
  {
    label: "GovCloud ARN in the role's managedPolicyArns",
    stack: [role("gov", "ec2.amazonaws.com", { managedPolicyArns: ["arn:aws-us-gov:iam::aws:policy/AdministratorAccess"] })],
    expect: /arn:aws-us-gov:iam::aws:policy\/AdministratorAccess through the role's managedPolicyArns/,
    at: roleUrn("gov"),
  },
  {
    label: "China partition: .cn service principal and arn:aws-cn",
    stack: [role("cn", "ec2.amazonaws.com.cn"), rpa("cn-admin", "cn", "arn:aws-cn:iam::aws:policy/AdministratorAccess")],
    expect: /arn:aws-cn:iam::aws:policy\/AdministratorAccess/,
    at: urnOf(IAM.rolePolicyAttachment, "cn-admin"),
  },
  {
    label: "customer-managed Policy with Action * attached through dependencies",
    stack: [role("app", "ec2.amazonaws.com"), adminPolicy("everything"), rpa("app-everything", UNKNOWN_STRING, UNKNOWN_STRING, { role: [roleUrn("app")], policyArn: [urnOf(IAM.policy, "everything")] })],
    expect: /customer-managed Policy "everything" \(Statement\[0\] allows every action/,
    at: urnOf(IAM.rolePolicyAttachment, "app-everything"),
  },
  {
    label: "customer-managed Policy matched by its ARN value",
    stack: [role("app", "ec2.amazonaws.com"), adminPolicy("everything", doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" })), rpa("by-arn", "app", "arn:aws:iam::123456789012:policy/everything")],
    expect: /outside its NotAction list/,
    at: urnOf(IAM.rolePolicyAttachment, "by-arn"),
  },
  {
    label: "admin statement in the role's own inlinePolicies",
    stack: [role("inline", "lambda.amazonaws.com", { inlinePolicies: [{ name: "god", policy: JSON.stringify(doc({ Effect: "Allow", Action: "*:*", Resource: "*" })) }] })],
    expect: /inline policy "god"/,
    at: roleUrn("inline"),
  },
  {
    label: "RolePolicy with an admin document on an ECS task role",
    stack: [role("svc", "ecs-tasks.amazonaws.com"), { type: IAM.rolePolicy, name: "svc-inline", props: { role: "svc", name: "svc-inline", policy: doc({ Effect: "Allow", Action: "*", Resource: "*" }) } }],
    expect: /RolePolicy "svc-inline" \(policy\)/,
    at: urnOf(IAM.rolePolicy, "svc-inline"),
  },
  {
    label: "configured bare policy name (PowerUserAccess)",
    stack: [role("web", "ec2.amazonaws.com"), rpa("power", "web", "arn:aws:iam::aws:policy/PowerUserAccess")],
    config: { forbiddenManagedPolicies: ["PowerUserAccess"] },
    expect: /PowerUserAccess/,
    at: urnOf(IAM.rolePolicyAttachment, "power"),
  },
  {
    label: "role referenced by ARN value",
    stack: [role("byarn", "ec2.amazonaws.com"), rpa("arn-ref", "arn:aws:iam::123456789012:role/byarn", ADMIN)],
    expect: /Role "byarn"/,
    at: urnOf(IAM.rolePolicyAttachment, "arn-ref"),
  },
];

const good: Case[] = [
  { label: "EC2 role with only AmazonSSMManagedInstanceCore", stack: [role("web", "ec2.amazonaws.com"), rpa("ssm", "web", SSM_CORE)] },
  { label: "admin role trusted by an account, not a service", stack: [role("breakglass", { AWS: "arn:aws:iam::123456789012:root" }), rpa("bg-admin", "breakglass", ADMIN)] },
  { label: "admin role trusted by a service outside the list (CodeBuild)", stack: [role("ci", "codebuild.amazonaws.com"), rpa("ci-admin", "ci", ADMIN)] },
  { label: "admin attached to another role than the workload's", stack: [role("web", "ec2.amazonaws.com"), role("ops", { AWS: "arn:aws:iam::123456789012:root" }), rpa("ops-admin", "ops", ADMIN)] },
  { label: "trust statement that denies EC2", stack: [role("deny", { Service: "ec2.amazonaws.com" }, { assumeRolePolicy: JSON.stringify(trust({ Service: "ec2.amazonaws.com" }, "Deny")) }), rpa("deny-admin", "deny", ADMIN)] },
  { label: "customer-managed policy with scoped statements", stack: [role("app", "ec2.amazonaws.com"), adminPolicy("scoped", doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" })), rpa("app-scoped", "app", "arn:aws:iam::123456789012:policy/scoped")] },
  { label: "attachment to a role that is not in the stack", stack: [role("web", "ec2.amazonaws.com"), rpa("elsewhere", "imported-role", ADMIN)] },
  { label: "lambda not counted when workloadPrincipals leaves it out", stack: [role("fn", "lambda.amazonaws.com"), rpa("fn-admin", "fn", ADMIN)], config: { workloadPrincipals: ["ec2.amazonaws.com"] } },
];

describe("iam-no-admin-on-workloads", () => {
  it.each(bad)("flags: $label", async ({ stack, config, expect: pattern, at }) => {
    const outcome = await runStackPolicy(policy, stack, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(pattern);
    expect(outcome.violations[0].urn).toBe(at);
  });

  it.each(good)("passes: $label", async ({ stack, config }) => {
    const outcome = await runStackPolicy(policy, stack, config);
    expect(outcome).toEqual({ violations: [] });
  });

  it("reports one grant once when the role's outputs repeat an attachment", async () => {
    const stack = [role("web", "ec2.amazonaws.com", { managedPolicyArns: [ADMIN, SSM_CORE] }), rpa("web-admin", "web", ADMIN)];
    const outcome = await runStackPolicy(policy, stack);
    expect(outcome.violations.map((v) => v.urn)).toEqual([urnOf(IAM.rolePolicyAttachment, "web-admin")]);
  });

  it("reports every workload role a PolicyAttachment reaches", async () => {
    const stack = [role("a", "ec2.amazonaws.com"), role("b", "lambda.amazonaws.com"), { type: IAM.policyAttachment, name: "both", props: { roles: [UNKNOWN_STRING, UNKNOWN_STRING], policyArn: ADMIN }, propertyDependencies: { roles: [roleUrn("a"), roleUrn("b")] } }];
    const outcome = await runStackPolicy(policy, stack);
    expect(outcome.violations.map((v) => v.message.match(/Role "(\w)"/)?.[1])).toEqual(["a", "b"]);
  });

  describe("unknown values during preview are not violations", () => {
    const unknownCases: (Case & { reason: RegExp })[] = [
      { label: "trust policy unknown", stack: [role("r", "ec2.amazonaws.com", { assumeRolePolicy: UNKNOWN_STRING }), rpa("a", "r", ADMIN)], reason: /assumeRolePolicy of r/ },
      { label: "policy ARN unknown without dependencies", stack: [role("r", "ec2.amazonaws.com"), rpa("a", "r", UNKNOWN_STRING)], reason: /policyArn of a/ },
      { label: "role unknown without dependencies", stack: [role("r", "ec2.amazonaws.com"), rpa("a", UNKNOWN_STRING, ADMIN)], reason: /role of a/ },
      { label: "customer policy document unknown", stack: [role("r", "ec2.amazonaws.com"), adminPolicy("p", UNKNOWN_STRING), rpa("a", "r", UNKNOWN_STRING, { policyArn: [urnOf(IAM.policy, "p")] })], reason: /policyArn of a/ },
      { label: "managedPolicyArns unknown", stack: [role("r", "ec2.amazonaws.com", { managedPolicyArns: UNKNOWN_ARRAY })], reason: /managedPolicyArns of r/ },
      { label: "principal list item unknown", stack: [role("r", ["codebuild.amazonaws.com", UNKNOWN_STRING]), rpa("a", "r", ADMIN)], reason: /assumeRolePolicy of r/ },
    ];
    it.each(unknownCases)("$label", async ({ stack, reason }) => {
      const outcome = await runStackPolicy(policy, stack);
      expect(outcome.violations).toEqual([]);
      expect(outcome.notApplicable).toMatch(reason);
    });

    it("an unknown policy on a role no workload can assume needs no decision", async () => {
      const outcome = await runStackPolicy(policy, [role("ops", { AWS: "arn:aws:iam::123456789012:root" }), rpa("a", "ops", UNKNOWN_STRING)]);
      expect(outcome).toEqual({ violations: [] });
    });
  });

  it("never repeats secret values", async () => {
    const secretDoc = JSON.stringify(doc({ Sid: "VaultSid-91ab", Effect: "Allow", Action: "*", Resource: "*" }));
    const stack = [
      role("app", "ec2.amazonaws.com", { inlinePolicies: [{ name: "x", policy: secret(secretDoc) }], tags: secret({ owner: "secret-owner-42" }) }),
    ];
    const outcome = await runStackPolicy(policy, stack);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/VaultSid-91ab|secret-owner-42/);
  });

  it("is skipped on stacks without roles", async () => {
    const outcome = await runStackPolicy(policy, [rpa("a", "external", ADMIN)]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/only applies/);
  });
});
