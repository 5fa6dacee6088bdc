// Bucket policy statements that let Elastic Load Balancing write access logs. Regions opened
// since August 2022 deliver as the `logdelivery.elasticloadbalancing.amazonaws.com` service;
// older regions deliver as a regional ELB account, which the provider looks up.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { AwsContext } from "./aws-context";
import type { PolicyStatement } from "./policy-document";

export function elbLogDeliveryStatements(
  bucketArn: pulumi.Output<string>,
  prefix: string,
  ctx: AwsContext,
  parent: pulumi.Resource,
): pulumi.Output<PolicyStatement[]> {
  const objects = pulumi.interpolate`${bucketArn}/${prefix}/AWSLogs/${ctx.accountId}/*`;
  const regionalAccount = aws.elb.getServiceAccountOutput({}, { parent }).apply((a) => a?.arn ?? "");
  return regionalAccount.apply((accountArn) => {
    const statements: PolicyStatement[] = [{
      Sid: "ElbLogDeliveryService",
      Effect: "Allow",
      Principal: { Service: "logdelivery.elasticloadbalancing.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: objects,
    }];
    if (accountArn) {
      statements.push({
        Sid: "ElbRegionalLogDeliveryAccount",
        Effect: "Allow",
        Principal: { AWS: accountArn },
        Action: "s3:PutObject",
        Resource: objects,
      });
    }
    return statements;
  });
}
