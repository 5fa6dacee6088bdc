import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const S3_FULL = "arn:aws:iam::aws:policy/AmazonS3FullAccess";
const LAMBDA_BASIC = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";

/** A trust policy letting `principal` call sts:AssumeRole, as the JSON string programs usually send. */
function trust(principal: Record<string, unknown>): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: principal }] });
}

const LAMBDA_TRUST = trust({ Service: "lambda.amazonaws.com" });
const GLUE_TRUST = trust({ Service: "glue.amazonaws.com" });

export const examples = policyExamples({
  policy: "iam-no-full-access-on-workloads",
  good: [
    {
      title: "a Lambda role with the basic execution policy only",
      resources: [
        { type: "aws:iam/role:Role", name: "fn-role", props: { name: "fn-role", assumeRolePolicy: LAMBDA_TRUST } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "fn-logs", props: { role: "fn-role", policyArn: LAMBDA_BASIC } },
      ],
    },
    {
      title: "AmazonS3FullAccess on a role only people of the account can assume",
      resources: [
        { type: "aws:iam/role:Role", name: "data-admins", props: { name: "data-admins", assumeRolePolicy: trust({ AWS: "arn:aws:iam::123456789012:root" }) } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "data-admins-s3", props: { role: "data-admins", policyArn: S3_FULL } },
      ],
    },
    {
      title: "a Glue role with AmazonS3FullAccess when the baseline allows it",
      config: { allowedManagedPolicies: ["IAMFullAccess", "AmazonS3FullAccess"] },
      resources: [
        { type: "aws:iam/role:Role", name: "etl", props: { name: "etl", assumeRolePolicy: GLUE_TRUST, managedPolicyArns: [S3_FULL] } },
      ],
    },
  ],
  bad: [
    {
      title: "a Lambda role with AmazonDynamoDBFullAccess attached",
      resources: [
        { type: "aws:iam/role:Role", name: "fn-role", props: { name: "fn-role", assumeRolePolicy: LAMBDA_TRUST } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "fn-dynamo", props: { role: "fn-role", policyArn: "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess" } },
      ],
      violations: ["fn-dynamo"],
      message: /Role "fn-role" can be assumed by lambda\.amazonaws\.com and receives arn:aws:iam::aws:policy\/AmazonDynamoDBFullAccess through RolePolicyAttachment "fn-dynamo" \(policyArn\)/,
    },
    {
      title: "a deployed role whose outputs list the attached policy too is reported once, at the attachment",
      resources: [
        {
          type: "aws:iam/role:Role",
          name: "worker",
          props: { assumeRolePolicy: LAMBDA_TRUST },
          outputs: { id: "worker-3f9a1c2", name: "worker-3f9a1c2", arn: "arn:aws:iam::123456789012:role/worker-3f9a1c2", assumeRolePolicy: LAMBDA_TRUST, managedPolicyArns: [S3_FULL, LAMBDA_BASIC] },
        },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "worker-s3", props: { role: "worker-3f9a1c2", policyArn: S3_FULL } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "worker-logs", props: { role: "worker-3f9a1c2", policyArn: LAMBDA_BASIC } },
      ],
      violations: ["worker-s3"],
      message: /AmazonS3FullAccess through RolePolicyAttachment "worker-s3"/,
    },
    {
      title: "a Glue job role listing AmazonS3FullAccess in its own managedPolicyArns",
      resources: [{ type: "aws:iam/role:Role", name: "etl", props: { name: "etl", assumeRolePolicy: GLUE_TRUST, managedPolicyArns: [S3_FULL] } }],
      violations: ["etl"],
      message: /glue\.amazonaws\.com and receives arn:aws:iam::aws:policy\/AmazonS3FullAccess through the role's managedPolicyArns/,
    },
    {
      title: "one PolicyAttachment giving AWSLambda_FullAccess to a CodeBuild role (GovCloud ARN)",
      resources: [
        { type: "aws:iam/role:Role", name: "builder", props: { name: "builder", assumeRolePolicy: trust({ Service: "codebuild.amazonaws.com" }) } },
        { type: "aws:iam/policyAttachment:PolicyAttachment", name: "deploy-fns", props: { name: "deploy-fns", roles: ["builder"], policyArn: "arn:aws-us-gov:iam::aws:policy/AWSLambda_FullAccess" } },
      ],
      violations: ["deploy-fns"],
      message: /codebuild\.amazonaws\.com and receives arn:aws-us-gov:iam::aws:policy\/AWSLambda_FullAccess through PolicyAttachment "deploy-fns"/,
    },
  ],
  unknown: [
    {
      title: "the attached policy's ARN is computed during preview",
      resources: [
        { type: "aws:iam/role:Role", name: "fn-role", props: { name: "fn-role", assumeRolePolicy: LAMBDA_TRUST } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "fn-extra", props: { role: "fn-role", policyArn: UNKNOWN_SENTINELS.string } },
      ],
    },
    {
      title: "the trust policy of a role with AmazonS3FullAccess is computed during preview",
      resources: [
        { type: "aws:iam/role:Role", name: "svc", props: { name: "svc", assumeRolePolicy: UNKNOWN_SENTINELS.string } },
        { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "svc-s3", props: { role: "svc", policyArn: S3_FULL } },
      ],
    },
  ],
});
