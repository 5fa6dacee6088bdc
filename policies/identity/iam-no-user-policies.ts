// iam-no-user-policies: IAM users receive permissions only through groups (or, better, people
// sign in through IAM Identity Center and workloads use roles). Security Hub IAM.2 fails a user
// with any attached or inline policy: https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2
// Judged here: UserPolicy (inline), UserPolicyAttachment, UserPolicyAttachmentsExclusive with
// policies, and PolicyAttachment with users.
import { resourcePolicy } from "../lib/control";
import type { Judge } from "../lib/judge";
import type { ResourceView } from "../lib/resource-view";
import { isUnknown } from "../lib/unknown";
import { IAM } from "../aws/iam/types";

/** "maybe" when the list is unknown or holds an unknown; "yes" when it names something. */
function namesSome(value: unknown): "yes" | "no" | "maybe" {
  if (isUnknown(value)) return "maybe";
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  if (list.some((v) => typeof v === "string" && v.trim() !== "" && !isUnknown(v))) return "yes";
  return list.some(isUnknown) ? "maybe" : "no";
}

function kindOf(resource: ResourceView): string {
  return resource.type.split(":").pop() ?? resource.type;
}

function judgeList(resource: ResourceView, prop: string, what: string, judge: Judge): void {
  const some = namesSome(resource.props[prop]);
  if (some === "maybe") judge.unknown(prop);
  else if (some === "yes") {
    judge.violation(`${kindOf(resource)} "${resource.name}" ${what} (${prop}). Attach the policy to an IAM group and add the user to it, or move the principal to a role.`);
  }
}

export const iamNoUserPolicies = resourcePolicy<Record<string, never>>({
  name: "iam-no-user-policies",
  description: "IAM users get their permissions through groups: no inline policy on a user, no managed policy attached directly to a user.",
  severity: "low",
  enforcementLevel: "advisory",
  domain: "identity",
  references: [
    { framework: "aws-fsbp", ids: ["IAM.2"] },
    { framework: "cis-aws", ids: ["1.15"] },
  ],
  remediationSteps:
    "Create an aws.iam.Group, attach the policy to it (GroupPolicyAttachment or GroupPolicy) and add the user with " +
    "aws.iam.UserGroupMembership; then remove the UserPolicy, UserPolicyAttachment or the user from the PolicyAttachment's users. " +
    "For people, prefer IAM Identity Center permission sets; for code, roles.",
  types: [IAM.userPolicy, IAM.userPolicyAttachment, IAM.userPolicyAttachmentsExclusive, IAM.policyAttachment],
  check(resource, _config, judge) {
    switch (resource.type) {
      case IAM.userPolicy:
        judgeList(resource, "user", "gives a user an inline policy", judge);
        return;
      case IAM.userPolicyAttachment:
        judgeList(resource, "user", "attaches a managed policy directly to a user", judge);
        return;
      case IAM.userPolicyAttachmentsExclusive:
        // An empty policyArns list detaches every policy from the user: nothing is granted.
        judgeList(resource, "policyArns", "attaches managed policies directly to a user", judge);
        return;
      case IAM.policyAttachment:
        judgeList(resource, "users", "attaches a managed policy directly to users", judge);
        return;
    }
  },
});
