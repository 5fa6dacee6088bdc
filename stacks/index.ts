// Package entry of Rampart's reference hardened stacks: import the components from here.
export { AccountBaseline } from "./account-baseline";
export type { AccountBaselineArgs, PasswordPolicySettings } from "./account-baseline";
export { EncryptedLogGroup } from "./encrypted-log-group";
export type { EncryptedLogGroupArgs } from "./encrypted-log-group";
export { HardenedBucket } from "./hardened-bucket";
export type { HardenedBucketArgs } from "./hardened-bucket";
export { HardenedVpc } from "./hardened-vpc";
export type { HardenedVpcArgs, NatGatewayMode } from "./hardened-vpc";
export { DEFAULT_SSL_POLICY, HardenedWebTier } from "./hardened-web-tier";
export type { HardenedWebTierArgs } from "./hardened-web-tier";
export { PatchManagement } from "./patch-management";
export type { PatchManagementArgs, PatchOperatingSystem } from "./patch-management";
export { osImage, parseOsFamily } from "./lib/os-images";
export type { CpuArchitecture, OsFamily } from "./lib/os-images";
export { PATCH_GROUP_TAG } from "./lib/patch-group";
export { RESTRICTED_PORTS } from "./lib/port-ranges";
export { BASELINE_MANAGED_RULE_GROUPS } from "./lib/waf-rules";
export { loadLinuxBaseline, renderUserData } from "./os";
