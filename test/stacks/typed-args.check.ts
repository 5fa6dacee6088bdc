// Compile-time checks of the components' argument types, verified by `npm run typecheck`
// (tsc fails if a line marked @ts-expect-error stops being an error, or if a valid use breaks).
// Nothing here runs.
import type {
  AccountBaselineArgs, HardenedVpcArgs, HardenedWebTierArgs, PatchManagementArgs,
} from "../../stacks";

export const validUses: [HardenedVpcArgs, HardenedWebTierArgs, PatchManagementArgs, AccountBaselineArgs] = [
  { cidrBlock: "10.1.0.0/16", azCount: 3, publicSubnets: true, natGateways: "perAz" },
  { vpcId: "vpc-1", publicSubnetIds: ["a"], privateSubnetIds: ["b"], certificateArn: "arn", osFamily: "debian", desyncMitigationMode: "defensive", rateLimit: false },
  { operatingSystems: ["UBUNTU", "DEBIAN"], rebootOption: "NoReboot", complianceLevel: "HIGH" },
  { passwordPolicy: { minimumPasswordLength: 16 }, guardDuty: false },
];

// @ts-expect-error the web tier needs a certificate for its HTTPS listener
export const noCertificate: HardenedWebTierArgs = { vpcId: "vpc-1", publicSubnetIds: [], privateSubnetIds: [] };
// @ts-expect-error only the three Linux families have a baseline
export const windows: HardenedWebTierArgs = { ...validUses[1], osFamily: "windows" };
// @ts-expect-error "monitor" is not a desync mitigation mode the component accepts
export const weakDesync: HardenedWebTierArgs = { ...validUses[1], desyncMitigationMode: "monitor" };
// @ts-expect-error NAT modes are none, single and perAz
export const natEverywhere: HardenedVpcArgs = { natGateways: "always" };
// @ts-expect-error Patch Manager has no baseline recipe here for Windows
export const windowsPatches: PatchManagementArgs = { operatingSystems: ["WINDOWS"] };
// @ts-expect-error the reboot option is one of SSM's two values
export const rebootAlways: PatchManagementArgs = { rebootOption: "Always" };
