// iam-no-permissions-management-on-all-resources: an identity policy must not allow
// Permissions management actions (iam:AttachRolePolicy, iam:PassRole, s3:PutBucketPolicy,
// kms:CreateGrant, ...) on Resource "*" when the action can be scoped to resources: whoever holds
// it can grant themselves, or the world, access to everything of that kind (Checkov
// CKV_AWS_289, CKV_AWS_355). Access levels and resource-level support come from AWS's Service
// Authorization Reference (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_understand-policy-summary-access-level-summaries.html).
import { resourcePolicy } from "../lib/control";
import { IAM } from "../aws/iam/types";
import { judgeAllResourceGrants } from "./all-resource-judge";
import { DOCUMENT_TYPES } from "./identity-documents";

export const iamNoPermissionsManagementOnAllResources = resourcePolicy<Record<string, never>>({
  name: "iam-no-permissions-management-on-all-resources",
  description:
    'IAM policy documents must not Allow Permissions management actions that support resource-level permissions on Resource "*" ' +
    "without a Condition; actions are read through AWS's service authorization data, whatever their spelling or wildcards.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "identity",
  references: [
    { framework: "checkov", ids: ["CKV_AWS_289", "CKV_AWS_355"] },
  ],
  remediationSteps:
    "List the resource ARNs the principal manages permissions on (the roles it may pass or attach policies to, the buckets " +
    "whose policy it writes, the keys it grants) in Resource, or add a Condition (iam:PassedToService, aws:ResourceTag) " +
    "that constrains the statement.",
  types: [...DOCUMENT_TYPES, IAM.role],
  check(resource, _config, judge) {
    judgeAllResourceGrants(resource, { levels: ["Permissions management"] }, "Permissions management actions", judge);
  },
});
