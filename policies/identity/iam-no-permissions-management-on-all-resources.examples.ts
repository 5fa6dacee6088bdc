import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const POLICY = "aws:iam/policy:Policy";
const doc = (...Statement: Record<string, unknown>[]) => JSON.stringify({ Version: "2012-10-17", Statement });

export const examples = policyExamples({
  policy: "iam-no-permissions-management-on-all-resources",
  good: [
    {
      title: "attaching policies only to the roles of one path",
      resources: [
        { type: POLICY, name: "role-admin", props: { policy: doc({ Effect: "Allow", Action: ["iam:AttachRolePolicy", "iam:DetachRolePolicy"], Resource: "arn:aws:iam::123456789012:role/app/*" }) } },
      ],
    },
    {
      title: "a KMS grant on every key, constrained by a Condition",
      resources: [
        {
          type: POLICY,
          name: "grants",
          props: { policy: doc({ Effect: "Allow", Action: "kms:CreateGrant", Resource: "*", Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } } }) },
        },
      ],
    },
    {
      title: "Write and Read actions on every resource are not this control's concern",
      resources: [{ type: POLICY, name: "writer", props: { policy: doc({ Effect: "Allow", Action: ["s3:PutObject", "s3:GetObject"], Resource: "*" }) } }],
    },
    {
      title: "a Deny statement on every resource",
      resources: [{ type: POLICY, name: "guard", props: { policy: doc({ Effect: "Deny", Action: "iam:Put*", Resource: "*" }) } }],
    },
  ],
  bad: [
    {
      title: "iam:AttachRolePolicy on every role lets the holder attach AdministratorAccess to any role",
      resources: [{ type: POLICY, name: "attach-any", props: { policy: doc({ Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: "*" }) } }],
      violations: ["attach-any"],
      message: /Policy "attach-any": Statement\[0\] of policy allows Permissions management actions \(iam:AttachRolePolicy\) on every resource/,
    },
    {
      title: "a wildcard spelled in another case still grants bucket-policy writes",
      resources: [
        {
          type: "aws:iam/rolePolicy:RolePolicy",
          name: "bucket-ops",
          props: { role: "ops", policy: doc({ Effect: "Allow", Action: ["S3:putbucketpol*"], Resource: "*" }) },
        },
      ],
      violations: ["bucket-ops"],
      message: /s3:PutBucketPolicy/,
    },
    {
      title: "a role's inline policy that creates KMS grants on every key",
      resources: [
        {
          type: "aws:iam/role:Role",
          name: "worker",
          props: { assumeRolePolicy: "{}", inlinePolicies: [{ name: "grants", policy: doc({ Effect: "Allow", Action: "kms:CreateGrant", Resource: ["*"] }) }] },
        },
      ],
      violations: ["worker"],
      message: /inlinePolicies\[0\] \("grants"\) allows Permissions management actions \(kms:CreateGrant\)/,
    },
  ],
  unknown: [
    {
      title: "the Resource list is computed during preview",
      resources: [{ type: POLICY, name: "attach", props: { policy: doc({ Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: UNKNOWN_SENTINELS.string }) } }],
    },
    {
      title: "the whole document is computed during preview",
      resources: [{ type: POLICY, name: "attach", props: { policy: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
