// Every policy of the rampart-aws pack. Importing this has no side effects: tests, the docs
// generator and the baseline schema read it without starting a policy server.
import type { RampartPolicy } from "./lib/control";
import { computePolicies } from "./compute";
import { dataPolicies } from "./data";
import { identityPolicies } from "./identity";
import { monitoringPolicies } from "./monitoring";
import { networkPolicies } from "./network";
import { patchingPolicies } from "./patching";
import { webPolicies } from "./web";

export const PACK_NAME = "rampart-aws";

export const policies: RampartPolicy[] = [
  ...networkPolicies,
  ...computePolicies,
  ...patchingPolicies,
  ...identityPolicies,
  ...monitoringPolicies,
  ...webPolicies,
  ...dataPolicies,
];
