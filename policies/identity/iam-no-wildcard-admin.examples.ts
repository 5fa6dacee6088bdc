import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

function document(...statements: Record<string, unknown>[]): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

const EC2_TRUST = document({ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: "ec2.amazonaws.com" } });

export const examples = policyExamples({
  policy: "iam-no-wildcard-admin",
  good: [
    {
      title: 'a prefix wildcard that is not a whole service ("s3:Get*" on every resource)',
      resources: [{ type: "aws:iam/policy:Policy", name: "s3-reader", props: { name: "s3-reader", policy: document({ Effect: "Allow", Action: "s3:Get*", Resource: "*" }) } }],
    },
    {
      title: "a managed policy that reads and lists one bucket",
      resources: [
        {
          type: "aws:iam/policy:Policy",
          name: "read-reports",
          props: { name: "read-reports", policy: document({ Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: ["arn:aws:s3:::reports-8f3a", "arn:aws:s3:::reports-8f3a/*"] }) },
        },
      ],
    },
    {
      title: "a guardrail that denies every action on every resource outside one region",
      resources: [
        {
          type: "aws:iam/policy:Policy",
          name: "region-lock",
          props: { policy: document({ Effect: "Deny", Action: "*", Resource: "*", Condition: { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } } }) },
        },
      ],
    },
    {
      title: "a role whose inline policy lists its actions on its own table, given as an object document",
      resources: [
        {
          type: "aws:iam/role:Role",
          name: "orders-role",
          props: {
            assumeRolePolicy: EC2_TRUST,
            inlinePolicies: [
              {
                name: "orders-table",
                policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"], Resource: "arn:aws:dynamodb:eu-west-1:123456789012:table/orders" }] },
              },
            ],
          },
        },
      ],
    },
    {
      title: "every action, but only on the objects of one bucket",
      resources: [{ type: "aws:iam/rolePolicy:RolePolicy", name: "uploads", props: { role: "uploader", policy: document({ Effect: "Allow", Action: "*", Resource: "arn:aws:s3:::uploads-8f3a/*" }) } }],
    },
    {
      title: 'a whole-service action ("logs:*") on every resource, when flagServiceWildcards is off',
      config: { flagServiceWildcards: false },
      resources: [{ type: "aws:iam/policy:Policy", name: "logs-admin", props: { policy: document({ Effect: "Allow", Action: "logs:*", Resource: "*" }) } }],
    },
  ],
  bad: [
    {
      title: 'every IAM action spelled with a "?" in the service prefix ("i?m:*" matches every iam: action, as AWS matches it)',
      resources: [{ type: "aws:iam/policy:Policy", name: "sneaky", props: { name: "sneaky", policy: document({ Effect: "Allow", Action: "i?m:*", Resource: "*" }) } }],
      violations: ["sneaky"],
      message: /Policy "sneaky": Statement\[0\] allows every action of a service \("i\?m:\*"\) on every resource/,
    },
    {
      title: 'every action spelled "*:**" is still every action',
      resources: [{ type: "aws:iam/policy:Policy", name: "stars", props: { name: "stars", policy: document({ Effect: "Allow", Action: "**:*", Resource: "*" }) } }],
      violations: ["stars"],
      message: /allows every action \("\*"\) on every resource/,
    },
    {
      title: "a managed policy that allows every action on every resource",
      resources: [{ type: "aws:iam/policy:Policy", name: "admin", props: { name: "admin", policy: document({ Effect: "Allow", Action: "*", Resource: "*" }) } }],
      violations: ["admin"],
      message: /Policy "admin": Statement\[0\] allows every action \("\*"\) on every resource \("\*"\)/,
    },
    {
      title: "a user policy that allows everything except IAM (NotAction) on every resource",
      resources: [{ type: "aws:iam/userPolicy:UserPolicy", name: "dev-power", props: { user: "dev", policy: document({ Effect: "Allow", NotAction: ["iam:*", "organizations:*"], Resource: "*" }) } }],
      violations: ["dev-power"],
      message: /allows every action outside its NotAction list/,
    },
    {
      title: 'a role whose second inline policy grants "*:*" on every resource',
      resources: [
        {
          type: "aws:iam/role:Role",
          name: "app-role",
          props: {
            assumeRolePolicy: EC2_TRUST,
            inlinePolicies: [
              { name: "read", policy: document({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::app-8f3a/*" }) },
              { name: "god-mode", policy: document({ Effect: "Allow", Action: "*:*", Resource: "*" }) },
            ],
          },
        },
      ],
      violations: ["app-role"],
      message: /inlinePolicies\[1\] \("god-mode"\)/,
    },
    {
      title: 'a group policy that grants a whole service ("iam:*") on every resource',
      resources: [{ type: "aws:iam/groupPolicy:GroupPolicy", name: "ops-iam", props: { group: "ops", policy: document({ Effect: "Allow", Action: ["iam:*", "sts:GetCallerIdentity"], Resource: "*" }) } }],
      violations: ["ops-iam"],
      message: /allows every action of a service \("iam:\*"\)/,
    },
    {
      title: "every action on everything outside one bucket (NotResource)",
      resources: [{ type: "aws:iam/policy:Policy", name: "all-but-audit", props: { policy: document({ Effect: "Allow", Action: "*", NotResource: ["arn:aws:s3:::audit-8f3a", "arn:aws:s3:::audit-8f3a/*"] }) } }],
      violations: ["all-but-audit"],
      message: /every resource outside NotResource/,
    },
    {
      title: "an admin statement beside one that is computed during preview",
      resources: [
        {
          type: "aws:iam/rolePolicy:RolePolicy",
          name: "mixed",
          props: { role: "app", policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: UNKNOWN_SENTINELS.string }, { Effect: "Allow", Action: "*", Resource: "*" }] } },
        },
      ],
      violations: ["mixed"],
      message: /Statement\[1\] allows every action/,
    },
  ],
  unknown: [
    {
      title: "a policy document computed during preview",
      resources: [{ type: "aws:iam/policy:Policy", name: "generated", props: { policy: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "every action on a Resource computed during preview",
      resources: [{ type: "aws:iam/policy:Policy", name: "bucket-admin", props: { policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: UNKNOWN_SENTINELS.string }] } } }],
    },
    {
      title: "a role's inline policies computed during preview",
      resources: [{ type: "aws:iam/role:Role", name: "app-role", props: { assumeRolePolicy: EC2_TRUST, inlinePolicies: UNKNOWN_SENTINELS.array } }],
    },
  ],
});
