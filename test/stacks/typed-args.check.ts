// Compile-time checks of the components' argument types, verified by `npm run typecheck`
// (tsc fails if a line marked @ts-expect-error stops being an error, or if a valid use breaks).
// Nothing here runs.
import type {
  AccountBaselineArgs, HardenedFargateServiceArgs, HardenedVpcArgs, HardenedWebTierArgs, PatchManagementArgs,
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

const fargate: HardenedFargateServiceArgs = { vpcId: "vpc-1", subnetIds: ["a"], listenerArn: "arn", loadBalancerSecurityGroupId: "sg-1", pathPatterns: ["/api/*"], imageTag: "1.0.0" };
export const fargateUses: HardenedFargateServiceArgs[] = [
  fargate,
  { ...fargate, secrets: { DB: { secretArn: "arn", jsonKey: "password" }, KEY: { parameterArn: "arn" } }, cpuArchitecture: "ARM64" },
];
// @ts-expect-error the image tag is required: tags are immutable, one per build
export const noImageTag: HardenedFargateServiceArgs = { ...fargate, imageTag: undefined };
// @ts-expect-error a secret comes from Secrets Manager or SSM, never a plain value
export const plainSecret: HardenedFargateServiceArgs = { ...fargate, secrets: { DB: { value: "hunter2" } } };
// @ts-expect-error Fargate runs X86_64 and ARM64 only
export const mipsTasks: HardenedFargateServiceArgs = { ...fargate, cpuArchitecture: "MIPS" };
