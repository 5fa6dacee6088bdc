// The monitoring controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { albAccessLogsEnabled } from "./alb-access-logs-enabled";
import { apigatewayAccessLogging } from "./apigateway-access-logging";
import { apigatewayExecutionLogging } from "./apigateway-execution-logging";
import { appsyncFieldLogging } from "./appsync-field-logging";
import { cloudfrontAccessLogging } from "./cloudfront-access-logging";
import { cloudtrailGlobalServiceEvents } from "./cloudtrail-global-service-events";
import { cloudtrailKmsEncrypted } from "./cloudtrail-kms-encrypted";
import { cloudtrailLogFileValidation } from "./cloudtrail-log-file-validation";
import { cloudtrailLoggingEnabled } from "./cloudtrail-logging-enabled";
import { cloudtrailMultiRegion } from "./cloudtrail-multi-region";
import { configRecorderEnabled } from "./config-recorder-enabled";
import { ecsContainerInsights } from "./ecs-container-insights";
import { eksAuditLogging } from "./eks-audit-logging";
import { guarddutyEnabled } from "./guardduty-enabled";
import { kmsKeyRotation } from "./kms-key-rotation";
import { logGroupKmsEncrypted } from "./log-group-kms-encrypted";
import { logRetentionMinimum } from "./log-retention-minimum";
import { rdsLogExports } from "./rds-log-exports";
import { s3AccessLogging } from "./s3-access-logging";
import { redshiftAuditLogging } from "./redshift-audit-logging";
import { securityhubEnabled } from "./securityhub-enabled";
import { sfnLoggingEnabled } from "./sfn-logging-enabled";
import { vpcFlowLogsEnabled } from "./vpc-flow-logs-enabled";

export const monitoringPolicies: RampartPolicy[] = [
  cloudtrailMultiRegion,
  cloudtrailLoggingEnabled,
  cloudtrailGlobalServiceEvents,
  cloudtrailLogFileValidation,
  cloudtrailKmsEncrypted,
  guarddutyEnabled,
  vpcFlowLogsEnabled,
  logRetentionMinimum,
  // Account-wide detection (issue 11)
  configRecorderEnabled,
  securityhubEnabled,
  // Service logs (issue 11)
  albAccessLogsEnabled,
  apigatewayExecutionLogging,
  apigatewayAccessLogging,
  cloudfrontAccessLogging,
  rdsLogExports,
  sfnLoggingEnabled,
  ecsContainerInsights,
  eksAuditLogging,
  redshiftAuditLogging,
  appsyncFieldLogging,
  s3AccessLogging,
  // Keys and encryption of logs (issue 11)
  kmsKeyRotation,
  logGroupKmsEncrypted,
];
