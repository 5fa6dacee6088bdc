// The patching controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { ecrImmutableTags } from "./ecr-immutable-tags";
import { ecrScanOnPush } from "./ecr-scan-on-push";
import { ecsFargateLatestPlatform } from "./ecs-fargate-latest-platform";
import { eksSupportedVersion } from "./eks-supported-version";
import { elasticacheAutoMinorVersionUpgrade } from "./elasticache-auto-minor-version-upgrade";
import { lambdaSupportedRuntime } from "./lambda-supported-runtime";
import { patchBaselineAutoApproval } from "./patch-baseline-auto-approval";
import { patchingCoverage } from "./patching-coverage";
import { rdsAutoMinorVersionUpgrade } from "./rds-auto-minor-version-upgrade";
import { rdsSupportedEngineVersion } from "./rds-supported-engine-version";
import { ssmManagedInstances } from "./ssm-managed-instances";
import { syntheticsSupportedRuntime } from "./synthetics-supported-runtime";

export const patchingPolicies: RampartPolicy[] = [
  ssmManagedInstances,
  patchBaselineAutoApproval,
  patchingCoverage,
  lambdaSupportedRuntime,
  rdsAutoMinorVersionUpgrade,
  rdsSupportedEngineVersion,
  ecrScanOnPush,
  ecrImmutableTags,
  eksSupportedVersion,
  elasticacheAutoMinorVersionUpgrade,
  ecsFargateLatestPlatform,
  syntheticsSupportedRuntime,
];
