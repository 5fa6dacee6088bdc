// The identity controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { iamNoAdminOnWorkloads } from "./iam-no-admin-on-workloads";
import { iamNoWildcardAdmin } from "./iam-no-wildcard-admin";
import { iamPasswordPolicy } from "./iam-password-policy";

export const identityPolicies: RampartPolicy[] = [iamNoWildcardAdmin, iamNoAdminOnWorkloads, iamPasswordPolicy];
