// The patching controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { patchBaselineAutoApproval } from "./patch-baseline-auto-approval";
import { patchingCoverage } from "./patching-coverage";
import { ssmManagedInstances } from "./ssm-managed-instances";

export const patchingPolicies: RampartPolicy[] = [ssmManagedInstances, patchBaselineAutoApproval, patchingCoverage];
