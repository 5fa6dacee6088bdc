import type { ExampleResource } from "../lib/examples";
import { policyExamples } from "../lib/examples";

// Roles and instance profiles get their name, id and ARN as outputs; profiles name their role,
// attachments their role, and launchers their profile, by name or ARN, as programs write them.
const ACCOUNT = "111122223333";
const AMI = "ami-0abcdef1234567890";
const SSM_CORE = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";
const CW_AGENT = "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy";
const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const EC2_TRUST = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] });

function role(name: string, extra: Record<string, unknown> = {}): ExampleResource {
  const props = { name, assumeRolePolicy: EC2_TRUST, ...extra };
  return { type: "aws:iam/role:Role", name, props, outputs: { ...props, id: name, arn: `arn:aws:iam::${ACCOUNT}:role/${name}` } };
}
function profile(name: string, roleName?: unknown): ExampleResource {
  const props = roleName === undefined ? { name } : { name, role: roleName };
  return { type: "aws:iam/instanceProfile:InstanceProfile", name, props, outputs: { ...props, id: name, arn: `arn:aws:iam::${ACCOUNT}:instance-profile/${name}` } };
}
function attach(name: string, roleName: unknown, policyArn: unknown): ExampleResource {
  return { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name, props: { role: roleName, policyArn } };
}
function instance(name: string, props: Record<string, unknown>): ExampleResource {
  return { type: "aws:ec2/instance:Instance", name, props: { ami: AMI, instanceType: "t3.micro", ...props } };
}
const managed = [role("web-role"), attach("web-ssm", "web-role", SSM_CORE), profile("web-profile", "web-role")];

export const examples = policyExamples({
  policy: "ssm-managed-instances",
  good: [
    {
      title: "an instance whose profile's role carries AmazonSSMManagedInstanceCore through a RolePolicyAttachment",
      resources: [...managed, instance("web", { iamInstanceProfile: "web-profile" })],
    },
    {
      title: "a launch template naming its profile by ARN, whose role lists the core policy in managedPolicyArns",
      resources: [
        role("web-role", { managedPolicyArns: [SSM_CORE] }),
        profile("web-profile", "web-role"),
        { type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, iamInstanceProfile: { arn: `arn:aws:iam::${ACCOUNT}:instance-profile/web-profile` } } },
      ],
    },
    {
      title: "a launch configuration whose role gets its policies from RolePolicyAttachmentsExclusive",
      resources: [
        role("web-role"),
        { type: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive", name: "web-policies", props: { roleName: "web-role", policyArns: [CW_AGENT, SSM_CORE] } },
        profile("web-profile", "web-role"),
        { type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, instanceType: "t3.micro", iamInstanceProfile: "web-profile" } },
      ],
    },
    {
      title: "a PolicyAttachment that lists the role among others, in the GovCloud partition",
      resources: [
        role("web-role"),
        { type: "aws:iam/policyAttachment:PolicyAttachment", name: "ssm-core", props: { roles: ["ops-role", "web-role"], policyArn: "arn:aws-us-gov:iam::aws:policy/AmazonSSMManagedInstanceCore" } },
        profile("web-profile", "web-role"),
        instance("web", { iamInstanceProfile: "web-profile" }),
      ],
    },
    {
      title: "an instance that takes its profile from its launch template, which is judged on its own",
      resources: [
        ...managed,
        {
          type: "aws:ec2/launchTemplate:LaunchTemplate",
          name: "workers",
          props: { imageId: AMI, iamInstanceProfile: { name: "web-profile" } },
          outputs: { imageId: AMI, iamInstanceProfile: { name: "web-profile" }, id: "lt-0123456789abcdef0", name: "workers" },
        },
        instance("web", { launchTemplate: { id: "lt-0123456789abcdef0" } }),
      ],
    },
    {
      title: "with acceptedPolicyArns, a role carrying the organisation's own SSM agent policy",
      config: { acceptedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/ssm-agent-minimal`] },
      resources: [role("web-role"), attach("web-ssm", "web-role", `arn:aws:iam::${ACCOUNT}:policy/ssm-agent-minimal`), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })],
    },
    {
      title: "with allowDefaultHostManagement (the account uses Default Host Management Configuration), an instance without a profile",
      config: { allowDefaultHostManagement: true },
      resources: [instance("web", {})],
    },
  ],
  bad: [
    {
      title: "an instance without an instance profile cannot register with SSM",
      resources: [instance("web", {})],
      violations: ["web"],
      message: /Instance 'web' has no instance profile/,
    },
    {
      title: "a launch template without iamInstanceProfile",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI } }],
      violations: ["workers"],
      message: /Launch template 'workers' has no instance profile/,
    },
    {
      title: "a launch configuration without iamInstanceProfile",
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, instanceType: "t3.micro" } }],
      violations: ["legacy"],
      message: /Launch configuration 'legacy' has no instance profile/,
    },
    {
      title: "a role that carries only the CloudWatch agent policy",
      resources: [role("web-role"), attach("web-cw", "web-role", CW_AGENT), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })],
      violations: ["web"],
      message: /role 'web-role' does not carry AmazonSSMManagedInstanceCore/,
    },
    {
      title: "an instance profile without a role",
      resources: [profile("web-profile"), instance("web", { iamInstanceProfile: "web-profile" })],
      violations: ["web"],
      message: /instance profile 'web-profile', which has no role/,
    },
    {
      title: "the core policy attached to another role of the stack, not the profile's",
      resources: [role("web-role"), role("ops-role"), attach("ops-ssm", "ops-role", SSM_CORE), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })],
      violations: ["web"],
      message: /role 'web-role' does not carry/,
    },
    {
      title: "without acceptedPolicyArns, a custom SSM agent policy does not count",
      resources: [role("web-role"), attach("web-ssm", "web-role", `arn:aws:iam::${ACCOUNT}:policy/ssm-agent-minimal`), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })],
      violations: ["web"],
    },
    {
      title: "each launcher is judged on its own: a bare instance and a bare template beside a managed instance",
      resources: [...managed, instance("good", { iamInstanceProfile: "web-profile" }), instance("bare", {}), { type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI } }],
      violations: ["bare", "workers"],
      message: /has no instance profile/,
    },
  ],
  unknown: [
    {
      title: "an instance whose profile is another resource's output during preview",
      resources: [...managed, instance("web", { iamInstanceProfile: UNKNOWN_STRING })],
    },
    {
      title: "a role whose attached policy ARN is unknown during preview",
      resources: [role("web-role"), attach("web-custom", "web-role", UNKNOWN_STRING), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })],
    },
    {
      title: "an attachment whose role is unknown during preview might be the profile's role",
      resources: [role("web-role"), attach("some-ssm", UNKNOWN_STRING, SSM_CORE), profile("web-profile", "web-role"), instance("web", { iamInstanceProfile: "web-profile" })],
    },
    {
      title: "a profile managed outside this stack cannot be verified here",
      resources: [instance("web", { iamInstanceProfile: "shared-ssm-profile" })],
    },
  ],
});
