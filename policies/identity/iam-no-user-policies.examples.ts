import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
const DOC = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports-8f3a/*" }] });

export const examples = policyExamples({
  policy: "iam-no-user-policies",
  good: [
    {
      title: "a PolicyAttachment that grants a managed policy to a group and a role only",
      resources: [{ type: "aws:iam/policyAttachment:PolicyAttachment", name: "auditors", props: { name: "auditors", groups: ["auditors"], roles: ["audit-role"], policyArn: READ_ONLY } }],
    },
    {
      title: "an exclusive attachment list that removes every policy from a user",
      resources: [{ type: "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive", name: "ci-none", props: { userName: "ci", policyArns: [] } }],
    },
  ],
  bad: [
    {
      title: "an inline policy on a user",
      resources: [{ type: "aws:iam/userPolicy:UserPolicy", name: "ci-reports", props: { user: "ci", policy: DOC } }],
      violations: ["ci-reports"],
      message: /UserPolicy "ci-reports" gives a user an inline policy \(user\)/,
    },
    {
      title: "a managed policy attached directly to a user",
      resources: [{ type: "aws:iam/userPolicyAttachment:UserPolicyAttachment", name: "alice-ro", props: { user: "alice", policyArn: READ_ONLY } }],
      violations: ["alice-ro"],
      message: /UserPolicyAttachment "alice-ro" attaches a managed policy directly to a user/,
    },
    {
      title: "a PolicyAttachment that lists users beside a group",
      resources: [{ type: "aws:iam/policyAttachment:PolicyAttachment", name: "readers", props: { name: "readers", groups: ["readers"], users: ["bob"], policyArn: READ_ONLY } }],
      violations: ["readers"],
      message: /attaches a managed policy directly to users \(users\)/,
    },
    {
      title: "an exclusive attachment list that pins managed policies on a user",
      resources: [{ type: "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive", name: "ci-pinned", props: { userName: "ci", policyArns: [READ_ONLY] } }],
      violations: ["ci-pinned"],
      message: /\(policyArns\)/,
    },
  ],
  unknown: [
    {
      title: "the users of a PolicyAttachment are computed during preview",
      resources: [{ type: "aws:iam/policyAttachment:PolicyAttachment", name: "maybe", props: { name: "maybe", users: UNKNOWN_SENTINELS.string, policyArn: READ_ONLY } }],
    },
  ],
});
