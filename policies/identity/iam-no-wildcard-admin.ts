// iam-no-wildcard-admin: no identity policy document grants administrator wildcards. Covers
// managed policies, role/user/group inline policies and a role's own inlinePolicies list.
import { resourcePolicy } from "../lib/control";
import type { Judge } from "../lib/judge";
import type { ResourceView } from "../lib/resource-view";
import { isUnknown } from "../lib/unknown";
import { readBool, readString } from "../lib/values";
import { parsePolicyDocument } from "../aws/iam/policy-document";
import { IAM } from "../aws/iam/types";
import { describeGrant, scanWildcardGrants } from "./wildcard-grants";

interface Config {
  flagServiceWildcards: boolean;
}

/** The resource types whose `policy` property is an identity policy document. */
const DOCUMENT_TYPES: readonly string[] = [IAM.policy, IAM.rolePolicy, IAM.userPolicy, IAM.groupPolicy];

function judgeDocument(resource: ResourceView, where: string, document: unknown, config: Config, judge: Judge): void {
  const doc = parsePolicyDocument(document);
  if (doc.kind === "invalid") {
    // AWS rejects a document that is not a JSON object, so the deployment cannot grant anything.
    judge.notApplicable(`${where} is not a valid policy document (AWS would reject it)`);
    return;
  }
  const scan = scanWildcardGrants(doc, { serviceWildcards: readBool(config.flagServiceWildcards) !== false });
  for (const grant of scan.grants) {
    judge.violation(
      `${resource.type.split(":").pop()} "${resource.name}": ${describeGrant(grant)} in ${where}. ` +
        "Replace the wildcard with the specific actions and resource ARNs the principal needs " +
        "(IAM Access Analyzer can generate a least-privilege policy from CloudTrail activity).",
    );
  }
  if (scan.grants.length === 0 && scan.unknown) judge.unknown(where);
}

function judgeRoleInlinePolicies(resource: ResourceView, config: Config, judge: Judge): void {
  const list = resource.props.inlinePolicies;
  if (isUnknown(list)) {
    judge.unknown("inlinePolicies");
    return;
  }
  if (!Array.isArray(list)) return;
  list.forEach((entry, i) => {
    if (isUnknown(entry)) {
      judge.unknown(`inlinePolicies[${i}]`);
      return;
    }
    if (entry === null || typeof entry !== "object") return;
    const record = entry as Record<string, unknown>;
    const name = readString(record.name);
    const label = typeof name === "string" && name !== "" ? `inlinePolicies[${i}] ("${name}")` : `inlinePolicies[${i}]`;
    judgeDocument(resource, label, record.policy, config, judge);
  });
}

export const iamNoWildcardAdmin = resourcePolicy<Config>({
  name: "iam-no-wildcard-admin",
  description:
    'IAM policy documents must not Allow "*" (or "*:*") actions on every resource, nor Allow everything outside a NotAction list ' +
    'on every resource; by default also no "service:*" action on every resource. Covers managed policies, role, user and group ' +
    "inline policies, and a role's inlinePolicies.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "identity",
  references: [
    { framework: "aws-fsbp", ids: ["IAM.1", "IAM.21"] },
    { framework: "cis-aws", ids: ["1.16"] },
    { framework: "aws-ct", ids: ["CT.IAM.PR.1", "CT.IAM.PR.2", "CT.IAM.PR.3", "CT.IAM.PR.5"] },
  ],
  remediationSteps:
    "List the actions the principal really calls (IAM Access Analyzer policy generation or CloudTrail), write them out " +
    'as "service:Action" entries, and scope Resource to the ARNs involved. Replace NotAction/NotResource allow statements ' +
    'with explicit Action/Resource lists. For administrators, use an IAM Identity Center permission set instead of a "*" policy.',
  config: {
    flagServiceWildcards: {
      type: "boolean",
      default: true,
      description:
        'Also report Allow statements with a whole-service action ("s3:*", "iam:*") on every resource (IAM.21, narrowed to Resource "*").',
    },
  },
  types: [...DOCUMENT_TYPES, IAM.role],
  check(resource, config, judge) {
    if (resource.type === IAM.role) judgeRoleInlinePolicies(resource, config, judge);
    else judgeDocument(resource, "policy", resource.props.policy, config, judge);
  },
});
