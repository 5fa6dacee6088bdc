// The monitoring controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { cloudtrailLogValidationEncrypted } from "./cloudtrail-log-validation-encrypted";
import { cloudtrailMultiRegion } from "./cloudtrail-multi-region";
import { guarddutyEnabled } from "./guardduty-enabled";
import { logRetentionMinimum } from "./log-retention-minimum";
import { vpcFlowLogsEnabled } from "./vpc-flow-logs-enabled";

export const monitoringPolicies: RampartPolicy[] = [
  cloudtrailMultiRegion,
  cloudtrailLogValidationEncrypted,
  guarddutyEnabled,
  vpcFlowLogsEnabled,
  logRetentionMinimum,
];
