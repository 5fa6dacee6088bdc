// Account, region and partition of the provider a component deploys with, read once per
// component. ARNs and service principals are built from them rather than hard-coded, so the
// components work in every partition (aws, aws-cn, aws-us-gov).
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface AwsContext {
  accountId: pulumi.Output<string>;
  region: pulumi.Output<string>;
  partition: pulumi.Output<string>;
  /** The DNS suffix of service endpoints in this partition ("amazonaws.com" in the commercial one). */
  dnsSuffix: pulumi.Output<string>;
}

export function awsContext(parent: pulumi.Resource): AwsContext {
  const opts = { parent };
  const identity = aws.getCallerIdentityOutput({}, opts);
  const region = aws.getRegionOutput({}, opts);
  const partition = aws.getPartitionOutput({}, opts);
  return {
    accountId: identity.apply((i) => i?.accountId ?? ""),
    region: region.apply((r) => r?.region || r?.name || ""),
    partition: partition.apply((p) => p?.partition || "aws"),
    dnsSuffix: partition.apply((p) => p?.dnsSuffix || "amazonaws.com"),
  };
}

/** The ARN of an AWS managed IAM policy, in the context's partition. */
export function managedPolicyArn(ctx: AwsContext, policyName: string): pulumi.Output<string> {
  return pulumi.interpolate`arn:${ctx.partition}:iam::aws:policy/${policyName}`;
}
