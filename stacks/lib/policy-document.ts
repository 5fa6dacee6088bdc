// IAM and resource policy documents as typed data, serialised once. Inputs may be outputs
// (ARNs of resources not created yet); pulumi.jsonStringify resolves them.
import * as pulumi from "@pulumi/pulumi";

export interface PolicyStatement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Principal?: pulumi.Input<Record<string, pulumi.Input<string | pulumi.Input<string>[]>> | "*">;
  Action: pulumi.Input<string> | pulumi.Input<string>[];
  Resource?: pulumi.Input<string> | pulumi.Input<string>[];
  Condition?: pulumi.Input<Record<string, pulumi.Input<Record<string, pulumi.Input<string | boolean | pulumi.Input<string>[]>>>>>;
}

export function policyDocument(statements: pulumi.Input<PolicyStatement[]>): pulumi.Output<string> {
  return pulumi.jsonStringify({ Version: "2012-10-17", Statement: statements });
}

/** A role trust policy for an AWS service, optionally limited to callers from one account. */
export function serviceTrustPolicy(service: pulumi.Input<string>, sourceAccount?: pulumi.Input<string>): pulumi.Output<string> {
  const statement: PolicyStatement = {
    Effect: "Allow",
    Principal: { Service: service },
    Action: "sts:AssumeRole",
  };
  if (sourceAccount !== undefined) statement.Condition = { StringEquals: { "aws:SourceAccount": sourceAccount } };
  return policyDocument([statement]);
}
