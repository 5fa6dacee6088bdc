import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
const SSM_CORE = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";

/** A trust policy letting `principal` call sts:AssumeRole, as the JSON string programs usually send. */
function trust(principal: Record<string, unknown>): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: principal }] });
}

function allow(statement: Record<string, unknown>): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", ...statement }] });
}

const EC2_TRUST = trust({ Service: "ec2.amazonaws.com" });
const LAMBDA_TRUST = trust({ Service: "lambda.amazonaws.com" });
const ECS_TASKS_TRUST = trust({ Service: "ecs-tasks.amazonaws.com" });

export const examples = policyExamples({
  policy: "iam-no-admin-on-workloads",
  good: [
    {
      title: "a Lambda role that may pass one role to one service: no escalation on every resource",
      resources: [
        { type: "aws:iam/role:Role", name: "deployer-fn", props: { name: "deployer-fn", assumeRolePolicy: LAMBDA_TRUST } },
        {
          type: "aws:iam/rolePolicy:RolePolicy",
          name: "deployer-pass",
          props: { name: "deployer-pass", role: "deployer-fn", policy: allow({ Action: ["iam:PassRole", "iam:GetRole"], Resource: "arn:aws:iam::123456789012:role/app-task" }) },
        },
      ],
    },
    {
      title: "an EC2 role, used through an instance profile, that carries only the SSM managed-instance policy",
      resources: [
        { type: "aws:iam/role:Role", name: "web-role", props: { name: "web-role", assumeRolePolicy: EC2_TRUST } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "web-ssm", props: { role: "web-role", policyArn: SSM_CORE } },
        { type: "aws:iam/instanceProfile:InstanceProfile", name: "web-profile", props: { name: "web-profile", role: "web-role" } },
      ],
    },
    {
      title: "a break-glass role with AdministratorAccess that only people of the account can assume",
      resources: [
        { type: "aws:iam/role:Role", name: "breakglass", props: { name: "breakglass", assumeRolePolicy: trust({ AWS: "arn:aws:iam::123456789012:root" }) } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "breakglass-admin", props: { role: "breakglass", policyArn: ADMIN } },
      ],
    },
    {
      title: "a Lambda role whose customer-managed policy reads one bucket",
      resources: [
        { type: "aws:iam/role:Role", name: "reader", props: { name: "reader", assumeRolePolicy: LAMBDA_TRUST } },
        {
          type: "aws:iam/policy:Policy",
          name: "read-reports",
          props: { name: "read-reports", policy: allow({ Action: ["s3:GetObject", "s3:ListBucket"], Resource: ["arn:aws:s3:::reports-8f3a", "arn:aws:s3:::reports-8f3a/*"] }) },
          outputs: {
            id: "arn:aws:iam::123456789012:policy/read-reports",
            arn: "arn:aws:iam::123456789012:policy/read-reports",
            name: "read-reports",
            policy: allow({ Action: ["s3:GetObject", "s3:ListBucket"], Resource: ["arn:aws:s3:::reports-8f3a", "arn:aws:s3:::reports-8f3a/*"] }),
          },
        },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "reader-reports", props: { role: "reader", policyArn: "arn:aws:iam::123456789012:policy/read-reports" } },
      ],
    },
    {
      title: "a CodeBuild role with AdministratorAccess: CodeBuild is not a workload principal by default",
      resources: [
        { type: "aws:iam/role:Role", name: "deployer", props: { name: "deployer", assumeRolePolicy: trust({ Service: "codebuild.amazonaws.com" }) } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "deployer-admin", props: { role: "deployer", policyArn: ADMIN } },
      ],
    },
    {
      title: "iam:PutRolePolicy on every resource, when the baseline lists no privilege-escalation actions",
      config: { privilegeEscalationActions: [] },
      resources: [
        { type: "aws:iam/role:Role", name: "fn-role", props: { name: "fn-role", assumeRolePolicy: LAMBDA_TRUST } },
        { type: "aws:iam/rolePolicy:RolePolicy", name: "fn-self-grant", props: { name: "fn-self-grant", role: "fn-role", policy: allow({ Action: "iam:PutRolePolicy", Resource: "*" }) } },
      ],
    },
    {
      title: "a Lambda role with AdministratorAccess, when workloadPrincipals names only EC2",
      config: { workloadPrincipals: ["ec2.amazonaws.com"] },
      resources: [
        { type: "aws:iam/role:Role", name: "fn-role", props: { name: "fn-role", assumeRolePolicy: LAMBDA_TRUST } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "fn-admin", props: { role: "fn-role", policyArn: ADMIN } },
      ],
    },
  ],
  bad: [
    {
      title: "an EC2 instance role, used through an instance profile, with AdministratorAccess attached",
      resources: [
        { type: "aws:iam/role:Role", name: "web-role", props: { name: "web-role", assumeRolePolicy: EC2_TRUST } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "web-admin", props: { role: "web-role", policyArn: ADMIN } },
        { type: "aws:iam/instanceProfile:InstanceProfile", name: "web-profile", props: { name: "web-profile", role: "web-role" } },
      ],
      violations: ["web-admin"],
      message: /Role "web-role" can be assumed by ec2\.amazonaws\.com and receives arn:aws:iam::aws:policy\/AdministratorAccess/,
    },
    {
      title: "a deployed role whose outputs list the attached AdministratorAccess too is reported once, at the attachment",
      resources: [
        {
          type: "aws:iam/role:Role",
          name: "worker",
          props: { assumeRolePolicy: EC2_TRUST },
          outputs: {
            id: "worker-3f9a1c2",
            name: "worker-3f9a1c2",
            arn: "arn:aws:iam::123456789012:role/worker-3f9a1c2",
            assumeRolePolicy: EC2_TRUST,
            managedPolicyArns: [ADMIN, SSM_CORE],
          },
        },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "worker-admin", props: { role: "worker-3f9a1c2", policyArn: ADMIN } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "worker-ssm", props: { role: "worker-3f9a1c2", policyArn: SSM_CORE } },
      ],
      violations: ["worker-admin"],
      message: /AdministratorAccess through RolePolicyAttachment "worker-admin"/,
    },
    {
      title: "a Lambda role whose own inline policy allows every action on every resource",
      resources: [
        {
          type: "aws:iam/role:Role",
          name: "fn-role",
          props: { name: "fn-role", assumeRolePolicy: LAMBDA_TRUST, inlinePolicies: [{ name: "everything", policy: allow({ Action: "*", Resource: "*" }) }] },
        },
      ],
      violations: ["fn-role"],
      message: /inline policy "everything" \(Statement\[0\] allows every action/,
    },
    {
      title: "an ECS task role with a customer-managed policy that allows everything outside IAM (NotAction)",
      resources: [
        { type: "aws:iam/role:Role", name: "task-role", props: { name: "task-role", assumeRolePolicy: ECS_TASKS_TRUST } },
        {
          type: "aws:iam/policy:Policy",
          name: "all-but-iam",
          props: { name: "all-but-iam", policy: allow({ NotAction: "iam:*", Resource: "*" }) },
          outputs: {
            id: "arn:aws:iam::123456789012:policy/all-but-iam",
            arn: "arn:aws:iam::123456789012:policy/all-but-iam",
            name: "all-but-iam",
            policy: allow({ NotAction: "iam:*", Resource: "*" }),
          },
        },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "task-all-but-iam", props: { role: "task-role", policyArn: "arn:aws:iam::123456789012:policy/all-but-iam" } },
      ],
      violations: ["task-all-but-iam"],
      message: /customer-managed Policy "all-but-iam" \(Statement\[0\] allows every action outside its NotAction list/,
    },
    {
      title: 'a RolePolicy that grants "*:*" on every resource to an EC2 role',
      resources: [
        { type: "aws:iam/role:Role", name: "batch-role", props: { name: "batch-role", assumeRolePolicy: EC2_TRUST } },
        { type: "aws:iam/rolePolicy:RolePolicy", name: "batch-inline", props: { name: "batch-inline", role: "batch-role", policy: allow({ Action: "*:*", Resource: "*" }) } },
      ],
      violations: ["batch-inline"],
      message: /RolePolicy "batch-inline" \(policy\)/,
    },
    {
      title: "an EC2 role whose inline policy allows iam:* on every resource, the grant IAMFullAccess makes",
      resources: [
        {
          type: "aws:iam/role:Role",
          name: "ops-agent",
          props: { name: "ops-agent", assumeRolePolicy: EC2_TRUST, inlinePolicies: [{ name: "manage-iam", policy: allow({ Action: "iam:*", Resource: "*" }) }] },
        },
      ],
      violations: ["ops-agent"],
      message: /inline policy "manage-iam"/,
    },
    {
      title: "a Lambda role that may write an inline policy onto any role: administrator in one step",
      resources: [
        { type: "aws:iam/role:Role", name: "fn-role", props: { name: "fn-role", assumeRolePolicy: LAMBDA_TRUST } },
        { type: "aws:iam/rolePolicy:RolePolicy", name: "fn-self-grant", props: { name: "fn-self-grant", role: "fn-role", policy: allow({ Action: ["iam:put*policy"], Resource: "*" }) } },
      ],
      violations: ["fn-self-grant"],
      message: /Statement\[0\] allows privilege escalation \(iam:PutGroupPolicy, iam:PutRolePolicy, iam:PutUserPolicy\) on every resource/,
    },
    {
      title: 'an ECS task role with every IAM action spelled "I?M:*"',
      resources: [
        { type: "aws:iam/role:Role", name: "task-role", props: { name: "task-role", assumeRolePolicy: ECS_TASKS_TRUST, inlinePolicies: [{ name: "iam-ops", policy: allow({ Action: "I?M:*", Resource: "*" }) }] } },
      ],
      violations: ["task-role"],
      message: /inline policy "iam-ops" \(Statement\[0\] allows every action of a service \("I\?M:\*"\)/,
    },
    {
      title: "IAMFullAccess given by one PolicyAttachment to an EC2 role and a Lambda role",
      resources: [
        { type: "aws:iam/role:Role", name: "app-role", props: { name: "app-role", assumeRolePolicy: EC2_TRUST } },
        { type: "aws:iam/role:Role", name: "hook-role", props: { name: "hook-role", assumeRolePolicy: LAMBDA_TRUST } },
        { type: "aws:iam/policyAttachment:PolicyAttachment", name: "iam-full", props: { name: "iam-full", roles: ["app-role", "hook-role"], policyArn: "arn:aws:iam::aws:policy/IAMFullAccess" } },
      ],
      violations: ["iam-full"],
      message: /IAMFullAccess through PolicyAttachment "iam-full"/,
    },
    {
      title: "PowerUserAccess on an EC2 role, when the baseline forbids it by its bare name",
      config: { forbiddenManagedPolicies: ["AdministratorAccess", "IAMFullAccess", "PowerUserAccess"] },
      resources: [
        { type: "aws:iam/role:Role", name: "web-role", props: { name: "web-role", assumeRolePolicy: EC2_TRUST } },
        {
          type: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
          name: "web-policies",
          props: { roleName: "web-role", policyArns: [SSM_CORE, "arn:aws:iam::aws:policy/PowerUserAccess"] },
        },
      ],
      violations: ["web-policies"],
      message: /PowerUserAccess through RolePolicyAttachmentsExclusive "web-policies" \(policyArns\)/,
    },
  ],
  unknown: [
    {
      title: "the attached policy's ARN is computed during preview",
      resources: [
        { type: "aws:iam/role:Role", name: "web-role", props: { name: "web-role", assumeRolePolicy: EC2_TRUST } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "web-extra", props: { role: "web-role", policyArn: UNKNOWN_SENTINELS.string } },
      ],
    },
    {
      title: "the trust policy of a role with AdministratorAccess is computed during preview",
      resources: [
        { type: "aws:iam/role:Role", name: "svc-role", props: { name: "svc-role", assumeRolePolicy: UNKNOWN_SENTINELS.string } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "svc-admin", props: { role: "svc-role", policyArn: ADMIN } },
      ],
    },
    {
      title: "the role that receives AdministratorAccess is computed during preview",
      resources: [
        { type: "aws:iam/role:Role", name: "web-role", props: { name: "web-role", assumeRolePolicy: EC2_TRUST } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "some-admin", props: { role: UNKNOWN_SENTINELS.string, policyArn: ADMIN } },
      ],
    },
    {
      title: "one service principal in the trust policy is computed during preview",
      resources: [
        {
          type: "aws:iam/role:Role",
          name: "ci-role",
          props: {
            name: "ci-role",
            assumeRolePolicy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: ["codebuild.amazonaws.com", UNKNOWN_SENTINELS.string] } }] },
          },
        },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "ci-admin", props: { role: "ci-role", policyArn: ADMIN } },
      ],
    },
  ],
});
