import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const POLICY = "aws:iam/policy:Policy";
const doc = (...Statement: Record<string, unknown>[]) => JSON.stringify({ Version: "2012-10-17", Statement });

export const examples = policyExamples({
  policy: "iam-no-write-on-all-resources",
  good: [
    {
      title: "writes scoped to one bucket's objects",
      resources: [{ type: POLICY, name: "uploads", props: { policy: doc({ Effect: "Allow", Action: ["s3:PutObject", "s3:DeleteObject"], Resource: "arn:aws:s3:::uploads-8f3a/*" }) } }],
    },
    {
      title: 'actions AWS allows only on "*" (X-Ray segments, the ECR login token)',
      resources: [{ type: POLICY, name: "tracing", props: { policy: doc({ Effect: "Allow", Action: ["xray:PutTraceSegments", "ecr:GetAuthorizationToken"], Resource: "*" }) } }],
    },
    {
      title: "read actions on every resource",
      resources: [{ type: POLICY, name: "reader", props: { policy: doc({ Effect: "Allow", Action: ["s3:Get*", "dynamodb:Query"], Resource: "*" }) } }],
    },
    {
      title: "writes on every resource, constrained to tagged resources by a Condition",
      resources: [
        {
          type: POLICY,
          name: "tagged",
          props: { policy: doc({ Effect: "Allow", Action: "ec2:StopInstances", Resource: "*", Condition: { StringEquals: { "aws:ResourceTag/team": "web" } } }) },
        },
      ],
    },
  ],
  bad: [
    {
      title: "a Lambda policy that puts items into every table",
      resources: [{ type: POLICY, name: "orders-writer", props: { policy: doc({ Effect: "Allow", Action: ["dynamodb:PutItem", "dynamodb:GetItem"], Resource: "*" }) } }],
      violations: ["orders-writer"],
      message: /Policy "orders-writer": Statement\[0\] of policy allows Write actions \(dynamodb:PutItem\) on every resource \("\*"\)/,
    },
    {
      title: "an action wildcard expanded through AWS's action list",
      resources: [{ type: "aws:iam/userPolicy:UserPolicy", name: "table-writer", props: { user: "ci", policy: doc({ Effect: "Allow", Action: "dynamodb:*Item", Resource: "*" }) } }],
      violations: ["table-writer"],
      message: /\(dynamodb:BatchWriteItem, dynamodb:DeleteItem, dynamodb:PutItem and 1 more\)/,
    },
  ],
  unknown: [
    {
      title: "one action is computed during preview",
      resources: [{ type: POLICY, name: "maybe", props: { policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: [UNKNOWN_SENTINELS.string], Resource: "*" }] } } }],
    },
  ],
});
