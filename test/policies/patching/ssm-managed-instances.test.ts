import { ssmManagedInstances } from "../../../policies/patching/ssm-managed-instances";
import { SSM_CORE_POLICY } from "../../../policies/patching/types";
import { T } from "../../../policies/aws/types";
import { StackInput, UNKNOWN_STRING, secret, urnOf } from "../../helpers/policy-harness";
import { StackCase, runStackCase, tally } from "../compute/table";
import { IAM } from "../../../policies/aws/iam/types";

const ACCOUNT = "111122223333";
const CW_AGENT = "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy";

const role = (name: string, extra: Record<string, unknown> = {}): StackInput => ({
  type: IAM.role,
  name,
  props: { name, id: name, arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, assumeRolePolicy: '{"Version":"2012-10-17"}', ...extra },
});
const profile = (name: string, roleName: unknown, extra: Partial<StackInput> = {}): StackInput => ({
  type: IAM.instanceProfile,
  name,
  props: { name, id: name, arn: `arn:aws:iam::${ACCOUNT}:instance-profile/${name}`, ...(roleName === undefined ? {} : { role: roleName }) },
  ...extra,
});
const attach = (name: string, roleName: unknown, policyArn: unknown, extra: Partial<StackInput> = {}): StackInput => ({
  type: IAM.rolePolicyAttachment,
  name,
  props: { role: roleName, policyArn },
  ...extra,
});
const instance = (name: string, props: Record<string, unknown>, extra: Partial<StackInput> = {}): StackInput => ({ type: T.instance, name, props: { ami: "ami-1", ...props }, ...extra });
const u = urnOf;

const managedWeb = [role("web-role"), attach("web-ssm", "web-role", SSM_CORE_POLICY), profile("web-profile", "web-role")];

const cases: StackCase[] = [
  // bad
  { label: "instance without an instance profile", resources: [instance("web", {})], expect: "violation", urns: [u(T.instance, "web")], message: /has no instance profile/ },
  { label: "launch template without iamInstanceProfile", resources: [{ type: T.launchTemplate, name: "tpl", props: { imageId: "ami-1" } }], expect: "violation", message: /Launch template 'tpl' has no instance profile/ },
  { label: "launch configuration without iamInstanceProfile", resources: [{ type: T.launchConfiguration, name: "cfg", props: { imageId: "ami-1" } }], expect: "violation" },
  { label: "role with CloudWatch agent policy only", resources: [role("web-role"), attach("cw", "web-role", CW_AGENT), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })], expect: "violation", message: /role 'web-role' does not carry AmazonSSMManagedInstanceCore/ },
  { label: "profile without a role", resources: [profile("web-profile", undefined), instance("web", { iamInstanceProfile: "web-profile" })], expect: "violation", message: /which has no role/ },
  { label: "core policy attached to another role", resources: [role("web-role"), role("ops-role"), attach("ssm", "ops-role", SSM_CORE_POLICY), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })], expect: "violation", urns: [u(T.instance, "web")] },
  { label: "exclusive attachments without the core policy", resources: [role("web-role"), { type: IAM.rolePolicyAttachmentsExclusive, name: "only", props: { roleName: "web-role", policyArns: [CW_AGENT] } }, profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })], expect: "violation" },
  {
    label: "preview: all linked through dependencies, role lacks the policy",
    resources: [
      role("web-role", { name: UNKNOWN_STRING, id: UNKNOWN_STRING, arn: UNKNOWN_STRING }),
      attach("cw", UNKNOWN_STRING, CW_AGENT, { propertyDependencies: { role: [u(IAM.role, "web-role")] } }),
      profile("web-profile", UNKNOWN_STRING, { propertyDependencies: { role: [u(IAM.role, "web-role")] } }),
      instance("web", { iamInstanceProfile: UNKNOWN_STRING }, { propertyDependencies: { iamInstanceProfile: [u(IAM.instanceProfile, "web-profile")] } }),
    ],
    expect: "violation",
  },
  // good
  { label: "instance → profile → role with the core policy (by name)", resources: [...managedWeb, instance("web", { iamInstanceProfile: "web-profile" })], expect: "pass" },
  { label: "launch template naming the profile by ARN; role.managedPolicyArns", resources: [role("web-role", { managedPolicyArns: [SSM_CORE_POLICY] }), profile("web-profile", "web-role"), { type: T.launchTemplate, name: "tpl", props: { iamInstanceProfile: { arn: `arn:aws:iam::${ACCOUNT}:instance-profile/web-profile` } } }], expect: "pass" },
  { label: "launch configuration with exclusive attachments", resources: [role("web-role"), { type: IAM.rolePolicyAttachmentsExclusive, name: "only", props: { roleName: "web-role", policyArns: [CW_AGENT, SSM_CORE_POLICY] } }, profile("web-profile", "web-role"), { type: T.launchConfiguration, name: "cfg", props: { iamInstanceProfile: "web-profile" } }], expect: "pass" },
  { label: "policy attachment listing roles", resources: [role("web-role"), { type: IAM.policyAttachment, name: "pa", props: { roles: ["other", "web-role"], policyArn: SSM_CORE_POLICY } }, profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })], expect: "pass" },
  {
    label: "preview: linked through dependencies with the core policy",
    resources: [
      role("web-role", { name: UNKNOWN_STRING, id: UNKNOWN_STRING, arn: UNKNOWN_STRING }),
      attach("ssm", UNKNOWN_STRING, SSM_CORE_POLICY, { propertyDependencies: { role: [u(IAM.role, "web-role")] } }),
      profile("web-profile", UNKNOWN_STRING, { propertyDependencies: { role: [u(IAM.role, "web-role")] } }),
      instance("web", { iamInstanceProfile: UNKNOWN_STRING }, { propertyDependencies: { iamInstanceProfile: [u(IAM.instanceProfile, "web-profile")] } }),
    ],
    expect: "pass",
  },
  { label: "GovCloud partition of the core policy", resources: [role("web-role"), attach("ssm", "web-role", "arn:aws-us-gov:iam::aws:policy/AmazonSSMManagedInstanceCore"), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })], expect: "pass" },
  { label: "Default Host Management Configuration allowed", resources: [instance("web", {})], config: { allowDefaultHostManagement: true }, expect: "pass" },
  { label: "instance launched from a template takes the template's profile", resources: [...managedWeb, { type: T.launchTemplate, name: "tpl", props: { id: "lt-1", iamInstanceProfile: { name: "web-profile" } } }, instance("web", { launchTemplate: { id: "lt-1" } })], expect: "pass" },
  { label: "an accepted custom policy", resources: [role("web-role"), attach("custom", "web-role", `arn:aws:iam::${ACCOUNT}:policy/ssm-agent`), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })], config: { acceptedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/ssm-agent`] }, expect: "pass" },
  { label: "profile name wrapped as a secret", resources: [...managedWeb, instance("web", { iamInstanceProfile: secret("web-profile") })], expect: "pass" },
  // cannot be verified
  { label: "a profile outside the stack", resources: [instance("web", { iamInstanceProfile: "shared-profile" })], expect: "not-applicable", message: /not in this stack/ },
  { label: "profile unknown and not linked", resources: [...managedWeb, instance("web", { iamInstanceProfile: UNKNOWN_STRING })], expect: "not-applicable", message: /instance profile of web/ },
  { label: "attached policy ARN unknown", resources: [role("web-role"), attach("custom", "web-role", UNKNOWN_STRING), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })], expect: "not-applicable", message: /policies attached to role web-role/ },
  { label: "an attachment whose role is unknown and not linked", resources: [role("web-role"), attach("ssm", UNKNOWN_STRING, SSM_CORE_POLICY), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })], expect: "not-applicable" },
];

describe("ssm-managed-instances", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runStackCase(ssmManagedInstances, c);
  });

  it("judges every launcher of the stack on its own", async () => {
    const resources: StackInput[] = [
      ...managedWeb,
      instance("good", { iamInstanceProfile: "web-profile" }),
      instance("bare", {}),
      { type: T.launchTemplate, name: "tpl", props: {} },
    ];
    await runStackCase(ssmManagedInstances, { label: "", resources, expect: "violation", count: 2, urns: [u(T.instance, "bare"), u(T.launchTemplate, "tpl")] });
  });
});
