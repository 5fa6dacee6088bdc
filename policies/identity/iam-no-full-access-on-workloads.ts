// iam-no-full-access-on-workloads: a role that a code-running service can assume (EC2, Lambda,
// ECS tasks, EKS pods, Glue, CodeBuild, SageMaker, ...) must not carry an AWS managed
// "*FullAccess" policy: each grants every action of its service on every resource, so code
// running there (or anyone who compromises it) can read, change and delete all of that service's
// data in the account. AWS recommends scoping workload roles to the actions and resources used
// (IAM User Guide, "Security best practices in IAM": apply least-privilege permissions; AWS
// managed policies "might not grant least-privilege permissions for your specific use cases").
// The default list and principals are data (data/workload-full-access.json, with its source).
import { stackPolicy } from "../lib/control";
import type { Tri } from "../lib/tri";
import { iamGraphOf } from "../aws/iam/graph";
import { normalizePolicyArn } from "../aws/iam/managed-policy-arn";
import { IAM } from "../aws/iam/types";
import { stringsOf, viaLabel, workloadTrustReader } from "./workload-roles";
import { policyMatcher } from "./managed-policy-patterns";
import { WORKLOAD_FULL_ACCESS as DEFAULTS } from "./workload-full-access-defaults";

interface Config {
  workloadPrincipals: string[];
  forbiddenManagedPolicies: string[];
  allowedManagedPolicies: string[];
}

export const iamNoFullAccessOnWorkloads = stackPolicy<Config>({
  name: "iam-no-full-access-on-workloads",
  description:
    'Roles that code-running AWS services (EC2, Lambda, ECS tasks, EKS pods, Glue, CodeBuild, SageMaker and others) can assume must not carry AWS managed "*FullAccess" policies.',
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "identity",
  // IAM.1 and CIS 1.16 concern "*:*" policies, not service-wide managed ones: no framework id fits.
  references: [],
  remediationSteps:
    "Replace the *FullAccess policy with a customer-managed policy (or inline policy) that lists only the actions the code calls " +
    "on the ARNs it uses, for example s3:GetObject and s3:PutObject on one bucket instead of AmazonS3FullAccess. IAM Access " +
    "Analyzer can generate that policy from the role's CloudTrail activity.",
  config: {
    workloadPrincipals: {
      type: "array",
      items: { type: "string" },
      default: DEFAULTS.workloadPrincipals,
      description: `Service principals of AWS services that run code under the role (".cn" variants match too). Source: ${DEFAULTS.principalsSource}.`,
    },
    forbiddenManagedPolicies: {
      type: "array",
      items: { type: "string" },
      default: DEFAULTS.forbiddenManagedPolicies,
      description:
        'Managed policies a workload role must not carry: ARNs, bare AWS managed policy names, or either with "*" / "?" wildcards. ' +
        `The default matches every AWS managed *FullAccess policy (source: ${DEFAULTS.source}, retrieved ${DEFAULTS.retrieved}).`,
    },
    allowedManagedPolicies: {
      type: "array",
      items: { type: "string" },
      default: DEFAULTS.allowedManagedPolicies,
      description: "Managed policies exempted from forbiddenManagedPolicies (IAMFullAccess is judged by iam-no-admin-on-workloads).",
    },
  },
  types: [IAM.role],
  check(stack, config, judge) {
    const forbidden = policyMatcher(stringsOf(config.forbiddenManagedPolicies, DEFAULTS.forbiddenManagedPolicies));
    const allowed = policyMatcher(stringsOf(config.allowedManagedPolicies, DEFAULTS.allowedManagedPolicies));
    const trustOf = workloadTrustReader(stringsOf(config.workloadPrincipals, DEFAULTS.workloadPrincipals));
    const reported = new Set<string>();
    for (const grant of iamGraphOf(stack).grants) {
      // Customer-managed Policy resources and inline documents are no AWS managed policy.
      const policy = grant.policy;
      let tri: Tri;
      if (policy.kind === "arn") tri = forbidden(policy.arn) && !allowed(policy.arn) ? "yes" : "no";
      else tri = policy.kind === "unknown" ? "maybe" : "no";
      if (tri === "no") continue;
      if (grant.roleUnknown) judge.unknown(`role of ${grant.via.name}`);
      for (const role of grant.roles) {
        const trust = trustOf(role);
        if (trust.tri === "no") continue;
        if (trust.tri === "maybe" || tri === "maybe") {
          judge.unknown(trust.tri === "maybe" ? `assumeRolePolicy of ${role.name}` : `${grant.path} of ${grant.via.name}`);
          continue;
        }
        const arn = policy.kind === "arn" ? policy.arn.trim() : "";
        const key = `${role.urn}|${normalizePolicyArn(arn)}`;
        if (reported.has(key)) continue;
        reported.add(key);
        judge.violation(
          `Role "${role.name}" can be assumed by ${trust.principals.join(", ")} and receives ${arn} through ${viaLabel(grant, role)}. ` +
            "Every action of that service on every resource is more than code needs: attach a policy with only the actions and ARNs it uses.",
          grant.via.urn,
        );
      }
    }
  },
});
