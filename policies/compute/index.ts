// The compute controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { ebsEncryptionRequired } from "./ebs-encryption-required";
import { ec2ApprovedImages } from "./ec2-approved-images";
import { ec2DetailedMonitoring } from "./ec2-detailed-monitoring";
import { ec2ImdsHopLimit } from "./ec2-imds-hop-limit";
import { ec2Imdsv2Required } from "./ec2-imdsv2-required";
import { ec2NoPublicIp } from "./ec2-no-public-ip";
import { ec2UserDataNoSecrets } from "./ec2-user-data-no-secrets";
import { subnetNoAutoPublicIp } from "./subnet-no-auto-public-ip";
import { ecsNoPublicIp } from "./ecs-no-public-ip";
import { eksEndpointNotPublic } from "./eks-endpoint-not-public";
import { lambdaFunctionUrlAuth } from "./lambda-function-url-auth";
import { lambdaEnvNoSecrets } from "./lambda-env-no-secrets";
import { ecsTaskEnvNoSecrets } from "./ecs-task-env-no-secrets";
import { ecsTaskNoHostPid } from "./ecs-task-no-host-pid";
import { ecsContainersNotPrivileged } from "./ecs-containers-not-privileged";
import { ecsContainersReadOnlyRoot } from "./ecs-containers-read-only-root";
import { ecsTaskNoHostNetwork } from "./ecs-task-no-host-network";
import { ecsContainersNonRootUser } from "./ecs-containers-non-root-user";
import { ecsWindowsContainersNonAdmin } from "./ecs-windows-containers-non-admin";
import { codebuildEnvNoSecrets } from "./codebuild-env-no-secrets";
import { glueConnectionNoPlaintextPassword } from "./glue-connection-no-plaintext-password";
import { sensitiveInputsAreSecrets } from "./sensitive-inputs-are-secrets";
import { secretsmanagerRotationEnabled } from "./secretsmanager-rotation-enabled";

export const computePolicies: RampartPolicy[] = [
  ec2Imdsv2Required,
  ec2ImdsHopLimit,
  ebsEncryptionRequired,
  ec2NoPublicIp,
  subnetNoAutoPublicIp,
  ec2ApprovedImages,
  ec2UserDataNoSecrets,
  ec2DetailedMonitoring,
  ecsNoPublicIp,
  eksEndpointNotPublic,
  lambdaFunctionUrlAuth,
  lambdaEnvNoSecrets,
  ecsTaskEnvNoSecrets,
  ecsTaskNoHostPid,
  ecsContainersNotPrivileged,
  ecsContainersReadOnlyRoot,
  ecsTaskNoHostNetwork,
  ecsContainersNonRootUser,
  ecsWindowsContainersNonAdmin,
  codebuildEnvNoSecrets,
  glueConnectionNoPlaintextPassword,
  sensitiveInputsAreSecrets,
  secretsmanagerRotationEnabled,
];
