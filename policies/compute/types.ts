// Type tokens and property names of the container, serverless, build and secret services the
// compute controls judge (EC2's live in policies/aws/), checked against the @pulumi/aws v7
// argument types at compile time (`satisfies`). Tokens are matched as strings, so @pulumi/aws is
// never loaded.
import type { ProjectArgs } from "@pulumi/aws/codebuild";
import type { ServiceArgs, TaskSetArgs } from "@pulumi/aws/ecs";
import type { ClusterArgs as EksClusterArgs } from "@pulumi/aws/eks";
import type { ConnectionArgs } from "@pulumi/aws/glue";
import type { FunctionArgs, FunctionUrlArgs } from "@pulumi/aws/lambda";
import type { SecretRotationArgs } from "@pulumi/aws/secretsmanager";

export const COMPUTE_T = {
  ecsService: "aws:ecs/service:Service",
  ecsTaskSet: "aws:ecs/taskSet:TaskSet",
  ecsTaskDefinition: "aws:ecs/taskDefinition:TaskDefinition",
  eksCluster: "aws:eks/cluster:Cluster",
  lambdaFunction: "aws:lambda/function:Function",
  lambdaFunctionUrl: "aws:lambda/functionUrl:FunctionUrl",
  codebuildProject: "aws:codebuild/project:Project",
  glueConnection: "aws:glue/connection:Connection",
  secret: "aws:secretsmanager/secret:Secret",
  secretRotation: "aws:secretsmanager/secretRotation:SecretRotation",
} as const;

export const ECS_NETWORK_PROPS = {
  networkConfiguration: "networkConfiguration",
} as const satisfies Record<string, keyof ServiceArgs & keyof TaskSetArgs>;

// Task definitions and their container definitions belong to the AWS model (policies/aws/ecs).
export { CONTAINER_PROPS, TASK_DEFINITION_PROPS } from "../aws/ecs/types";

export const EKS_CLUSTER_PROPS = {
  vpcConfig: "vpcConfig",
} as const satisfies Record<string, keyof EksClusterArgs>;

export const LAMBDA_FUNCTION_PROPS = {
  environment: "environment",
} as const satisfies Record<string, keyof FunctionArgs>;

export const FUNCTION_URL_PROPS = {
  /** "NONE" or "AWS_IAM" (CloudFormation calls it AuthType). */
  authorizationType: "authorizationType",
  functionName: "functionName",
} as const satisfies Record<string, keyof FunctionUrlArgs>;

export const CODEBUILD_PROJECT_PROPS = {
  environment: "environment",
} as const satisfies Record<string, keyof ProjectArgs>;

export const GLUE_CONNECTION_PROPS = {
  connectionProperties: "connectionProperties",
} as const satisfies Record<string, keyof ConnectionArgs>;

export const SECRET_ROTATION_PROPS = {
  secretId: "secretId",
  rotationEnabled: "rotationEnabled",
} as const satisfies Record<string, keyof SecretRotationArgs>;
