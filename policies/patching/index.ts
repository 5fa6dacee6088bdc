// The patching controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { lambdaSupportedRuntime } from "./lambda-supported-runtime";
import { patchBaselineAutoApproval } from "./patch-baseline-auto-approval";
import { patchingCoverage } from "./patching-coverage";
import { rdsAutoMinorVersionUpgrade } from "./rds-auto-minor-version-upgrade";
import { rdsSupportedEngineVersion } from "./rds-supported-engine-version";
import { ssmManagedInstances } from "./ssm-managed-instances";

export const patchingPolicies: RampartPolicy[] = [
  ssmManagedInstances,
  patchBaselineAutoApproval,
  patchingCoverage,
  lambdaSupportedRuntime,
  rdsAutoMinorVersionUpgrade,
  rdsSupportedEngineVersion,
];
