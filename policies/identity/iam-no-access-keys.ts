// iam-no-access-keys: no long-term IAM access key is created by the program. An
// aws.iam.AccessKey is a credential that never expires and needs no MFA, and its secret lands
// in the Pulumi state (as a secret output, or PGP-encrypted when pgpKey is set), so everyone who
// can read or decrypt the state holds it. AWS's guidance is temporary credentials instead: roles
// for workloads, IAM Identity Center for people, IAM Roles Anywhere or OIDC federation for
// systems outside AWS (IAM User Guide, "Security best practices in IAM" and "Manage access keys
// for IAM users": https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html).
// An Inactive key authenticates nothing, so it is not reported.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { IAM } from "../aws/iam/types";

export const iamNoAccessKeys = resourcePolicy<Record<string, never>>({
  name: "iam-no-access-keys",
  description: "Programs do not create active long-term IAM access keys (aws.iam.AccessKey): the key never expires and its secret is stored in the stack's state.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "identity",
  references: [],
  remediationSteps:
    "Remove the AccessKey and give the consumer temporary credentials: a role for code on AWS, OIDC federation for CI systems " +
    "(GitHub Actions, GitLab), IAM Roles Anywhere for servers outside AWS, IAM Identity Center for people. Where a static key is " +
    "unavoidable (an SMTP password for SES, a third-party product), create it outside the program, keep it in Secrets Manager, " +
    "rotate it, and record an exception.",
  types: [IAM.accessKey],
  check(key, _config, judge) {
    const status = readString(key.props.status);
    if (status === UNKNOWN) {
      judge.unknown("status");
      return;
    }
    if (typeof status === "string" && status.trim().toLowerCase() === "inactive") return;
    judge.violation(
      `AccessKey "${key.name}" creates an active long-term access key whose secret is stored in the stack's state. ` +
        "Use a role or federation (temporary credentials) instead, or create the key outside the program.",
    );
  },
});
