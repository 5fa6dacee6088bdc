// The identity controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { iamNoAdminOnWorkloads } from "./iam-no-admin-on-workloads";
import { iamNoWildcardAdmin } from "./iam-no-wildcard-admin";
import { iamPasswordPolicy } from "./iam-password-policy";
import { iamNoUserPolicies } from "./iam-no-user-policies";
import { iamNoAccessKeys } from "./iam-no-access-keys";
import { apigatewayV2RouteAuthorization } from "./apigateway-v2-route-authorization";
import { apigatewayMethodAuthorization } from "./apigateway-method-authorization";
import { appsyncNoApiKeyAuth } from "./appsync-no-api-key-auth";
import { iamNoFullAccessOnWorkloads } from "./iam-no-full-access-on-workloads";
import { iamNoPermissionsManagementOnAllResources } from "./iam-no-permissions-management-on-all-resources";
import { iamNoWriteOnAllResources } from "./iam-no-write-on-all-resources";

export const identityPolicies: RampartPolicy[] = [iamNoWildcardAdmin, iamNoAdminOnWorkloads, iamNoFullAccessOnWorkloads, iamPasswordPolicy, iamNoPermissionsManagementOnAllResources, iamNoWriteOnAllResources, iamNoUserPolicies, iamNoAccessKeys, apigatewayV2RouteAuthorization, apigatewayMethodAuthorization, appsyncNoApiKeyAuth];
