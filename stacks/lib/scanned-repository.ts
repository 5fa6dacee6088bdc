// The ECR repository both reference components push to: scanned on push (ECR.1), immutable tags
// (ECR.2) and encrypted with KMS, so one definition keeps them in step.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export function scannedRepository(name: string, tags: Record<string, string>, opts: pulumi.CustomResourceOptions): aws.ecr.Repository {
  return new aws.ecr.Repository(`${name}-images`, {
    imageScanningConfiguration: { scanOnPush: true },
    imageTagMutability: "IMMUTABLE",
    encryptionConfigurations: [{ encryptionType: "KMS" }],
    tags,
  }, opts);
}
