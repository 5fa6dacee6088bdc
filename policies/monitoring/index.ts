// The monitoring controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { cloudtrailGlobalServiceEvents } from "./cloudtrail-global-service-events";
import { cloudtrailKmsEncrypted } from "./cloudtrail-kms-encrypted";
import { cloudtrailLogFileValidation } from "./cloudtrail-log-file-validation";
import { cloudtrailLoggingEnabled } from "./cloudtrail-logging-enabled";
import { cloudtrailMultiRegion } from "./cloudtrail-multi-region";
import { guarddutyEnabled } from "./guardduty-enabled";
import { logRetentionMinimum } from "./log-retention-minimum";
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
];
