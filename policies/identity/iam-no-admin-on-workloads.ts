// iam-no-admin-on-workloads: a role that EC2, Lambda or ECS tasks can assume must not hold
// administrator rights, whichever way the stack grants them (attachment resources, the role's
// managedPolicyArns or inline policies, a customer-managed policy with an admin wildcard).
// "Administrator" is what AWS would allow: every action ("*", "*:*"), every IAM action ("iam:*",
// "IAM:*", "i?m:*"), or one step from it (iam:AttachRolePolicy, iam:PutRolePolicy, ... on "*",
// data/privilege-escalation-actions.json), actions matched against AWS's action list.
import { stackPolicy } from "../lib/control";
import { policyArnOfEntry, normalizePolicyArn } from "../aws/iam/managed-policy-arn";
import { parsePolicyDocument } from "../aws/iam/policy-document";
import { iamGraphOf } from "../aws/iam/graph";
import type { GrantedPolicy, RoleGrant } from "../aws/iam/role-grants";
import { IAM } from "../aws/iam/types";
import { stringsOf, viaLabel, workloadTrustReader } from "./workload-roles";
import { describeGrant, scanWildcardGrants } from "./wildcard-grants";
import { ESCALATION_ACTIONS, ESCALATION_SOURCE, scanEscalation } from "./privilege-escalation";
import { describeActions } from "./all-resource-grants";
import type { Tri } from "../lib/tri";

interface Config {
  workloadPrincipals: string[];
  forbiddenManagedPolicies: string[];
  privilegeEscalationActions: string[];
}

const DEFAULT_PRINCIPALS = ["ec2.amazonaws.com", "lambda.amazonaws.com", "ecs-tasks.amazonaws.com"];
const DEFAULT_FORBIDDEN = ["arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/IAMFullAccess"];

interface Verdict {
  readonly tri: Tri;
  /** What the policy is, for messages (managed ARN, policy name and statement; never document values). */
  readonly label: string;
  /** Identifies the policy per role, so one grant seen twice (attachment + role outputs) is reported once. */
  readonly key: string;
}

// iam:* on every resource is administrator in two steps: the role can attach AdministratorAccess
// to itself (this is what the forbidden IAMFullAccess grants).
const ESCALATING_SERVICES = ["iam"];

function documentVerdict(document: unknown, escalating: readonly string[]): { tri: Tri; detail?: string } {
  const doc = parsePolicyDocument(document);
  const scan = scanWildcardGrants(doc, { serviceWildcards: ESCALATING_SERVICES });
  if (scan.grants.length > 0) return { tri: "yes", detail: describeGrant(scan.grants[0]) };
  // One step from administrator: an action that lets the role grant itself more, on every resource.
  const escalation = scanEscalation(doc, escalating);
  if (escalation.found) {
    return { tri: "yes", detail: `Statement[${escalation.found.statement}] allows privilege escalation (${describeActions(escalation.found.actions)}) on every resource ("*")` };
  }
  return { tri: scan.unknown || escalation.unknown ? "maybe" : "no" };
}

function policyVerdict(grant: RoleGrant, forbidden: ReadonlySet<string>, escalating: readonly string[]): Verdict {
  const policy: GrantedPolicy = grant.policy;
  switch (policy.kind) {
    case "arn": {
      const arn = normalizePolicyArn(policy.arn);
      return { tri: forbidden.has(arn) ? "yes" : "no", label: policy.arn.trim(), key: `arn:${arn}` };
    }
    case "resource": {
      const v = documentVerdict(policy.resource.props.policy, escalating);
      return { tri: v.tri, label: `customer-managed Policy "${policy.resource.name}" (${v.detail ?? "wildcard"})`, key: `urn:${policy.resource.urn}` };
    }
    case "document": {
      const v = documentVerdict(policy.document, escalating);
      const name = policy.name ? `"${policy.name}" ` : "";
      const key = policy.name ? `inline:${policy.name}` : `inline:${grant.via.urn}:${grant.path}`;
      return { tri: v.tri, label: `inline policy ${name}(${v.detail ?? "wildcard"})`, key };
    }
    case "unknown":
      return { tri: "maybe", label: grant.path, key: `unknown:${grant.via.urn}:${grant.path}` };
  }
}

export const iamNoAdminOnWorkloads = stackPolicy<Config>({
  name: "iam-no-admin-on-workloads",
  description:
    "Roles that workloads assume (EC2 instances, Lambda functions, ECS tasks by default) must not receive AdministratorAccess, " +
    "IAMFullAccess or another configured managed policy, nor a customer-managed or inline policy that allows every action, every IAM action " +
    "or a privilege-escalation action on every resource, however the action is spelled.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "identity",
  references: [
    { framework: "cis-aws", ids: ["1.16"] },
    { framework: "aws-fsbp", ids: ["IAM.1"] },
  ],
  remediationSteps:
    "Detach the administrator policy from the workload's role (remove the RolePolicyAttachment, the entry in policyArns or " +
    "managedPolicyArns, or the inline statement) and attach a policy that lists only the actions and resource ARNs the " +
    "instance, function or task calls. Keep administrator access for people, through IAM Identity Center, never for code.",
  config: {
    workloadPrincipals: {
      type: "array",
      items: { type: "string" },
      default: DEFAULT_PRINCIPALS,
      description: 'Service principals whose roles count as workload roles (".cn" variants of the China partitions match too).',
    },
    forbiddenManagedPolicies: {
      type: "array",
      items: { type: "string" },
      default: DEFAULT_FORBIDDEN,
      description:
        "Managed policies a workload role must not carry: ARNs in any partition, or bare AWS managed policy names " +
        '(add "PowerUserAccess" for a stricter baseline).',
    },
    privilegeEscalationActions: {
      type: "array",
      items: { type: "string" },
      default: ESCALATION_ACTIONS,
      description:
        'IAM actions that count as administrator access when a workload role may use them on every resource (Resource "*", no Condition): ' +
        `each lets the role grant itself more. Wildcards in policies are expanded through AWS's action list. Source: ${ESCALATION_SOURCE}.`,
    },
  },
  // Without a role in the stack there is no workload role to judge.
  types: [IAM.role],
  check(stack, config, judge) {
    const forbidden = new Set(stringsOf(config.forbiddenManagedPolicies, DEFAULT_FORBIDDEN).map(policyArnOfEntry));
    const escalating = stringsOf(config.privilegeEscalationActions, ESCALATION_ACTIONS);
    const trustOf = workloadTrustReader(stringsOf(config.workloadPrincipals, DEFAULT_PRINCIPALS));
    const reported = new Set<string>();
    for (const grant of iamGraphOf(stack).grants) {
      const policy = policyVerdict(grant, forbidden, escalating);
      if (policy.tri === "no") continue;
      if (grant.roleUnknown) judge.unknown(`role of ${grant.via.name}`);
      for (const role of grant.roles) {
        const trust = trustOf(role);
        if (trust.tri === "no") continue;
        if (trust.tri === "maybe") {
          judge.unknown(`assumeRolePolicy of ${role.name}`);
          continue;
        }
        if (policy.tri === "maybe") {
          judge.unknown(`${grant.path} of ${grant.via.name}`);
          continue;
        }
        const key = `${role.urn}|${policy.key}`;
        if (reported.has(key)) continue;
        reported.add(key);
        judge.violation(
          `Role "${role.name}" can be assumed by ${trust.principals.join(", ")} and receives ${policy.label} through ${viaLabel(grant, role)}. ` +
            "Code running there would hold administrator rights: attach a least-privilege policy with only the actions and resources it needs.",
          grant.via.urn,
        );
      }
    }
  },
});
