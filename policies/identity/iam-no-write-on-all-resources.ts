// iam-no-write-on-all-resources: an identity policy should not allow Write actions (other than
// Permissions management, which has its own mandatory control) on Resource "*" when the action
// can be scoped to resources (Checkov CKV_AWS_290, CKV_AWS_355). Access levels and resource-level
// support come from AWS's Service Authorization Reference
// (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html).
// Actions AWS allows only on "*" are not reported: they cannot be scoped.
import { resourcePolicy } from "../lib/control";
import { IAM } from "../aws/iam/types";
import { judgeAllResourceGrants } from "./all-resource-judge";
import { DOCUMENT_TYPES } from "./identity-documents";

export const iamNoWriteOnAllResources = resourcePolicy<Record<string, never>>({
  name: "iam-no-write-on-all-resources",
  description:
    'IAM policy documents should not Allow Write or Tagging actions that support resource-level permissions on Resource "*" ' +
    "without a Condition; actions are read through AWS's service authorization data, whatever their spelling or wildcards.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "identity",
  references: [
    { framework: "checkov", ids: ["CKV_AWS_290", "CKV_AWS_355"] },
  ],
  remediationSteps:
    "Name the ARNs the principal writes to in Resource (the bucket and its objects, the table, the queue), or constrain the " +
    "statement with a Condition (aws:ResourceTag, aws:RequestedRegion). IAM Access Analyzer can generate such a policy from CloudTrail activity.",
  types: [...DOCUMENT_TYPES, IAM.role],
  check(resource, _config, judge) {
    judgeAllResourceGrants(resource, { levels: ["Write", "Tagging"], exceptLevels: ["Permissions management"] }, "Write actions", judge);
  },
});
