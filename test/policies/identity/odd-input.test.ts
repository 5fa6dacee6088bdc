// No identity policy throws on odd input: arbitrary JSON, unknowns or secrets in place of any
// property (documents as strings and as objects, attachments, trust policies) or any config value.
import { identityPolicies } from "../../../policies/identity";
import { IAM } from "../../../policies/aws/iam/types";
import { StackInput, urnOf } from "../../helpers/policy-harness";
import { assertNeverThrows, runOn } from "./odd-input-harness";

const adminDoc = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["*"], Resource: "*" }, { Effect: "Allow", NotAction: "iam:*", Resource: ["*"] }] };
const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: ["ec2.amazonaws.com"] } }] };

const stack: StackInput[] = [
  { type: IAM.role, name: "web", props: { name: "web", arn: "arn:aws:iam::1:role/web", assumeRolePolicy: trust, managedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess"], inlinePolicies: [{ name: "i", policy: JSON.stringify(adminDoc) }] } },
  { type: IAM.policy, name: "p", props: { arn: "arn:aws:iam::1:policy/p", policy: adminDoc } },
  { type: IAM.rolePolicyAttachment, name: "a", props: { role: "web", policyArn: "arn:aws:iam::1:policy/p" }, propertyDependencies: { policyArn: [urnOf(IAM.policy, "p")] } },
  { type: IAM.rolePolicyAttachmentsExclusive, name: "x", props: { roleName: "web", policyArns: ["arn:aws:iam::aws:policy/IAMFullAccess"] } },
  { type: IAM.policyAttachment, name: "pa", props: { roles: ["web"], policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" } },
  { type: IAM.rolePolicy, name: "rp", props: { role: "web", name: "rp", policy: adminDoc } },
  { type: IAM.userPolicy, name: "up", props: { user: "u", policy: JSON.stringify(adminDoc) } },
  { type: IAM.groupPolicy, name: "gp", props: { group: "g", policy: adminDoc } },
  { type: IAM.accountPasswordPolicy, name: "pw", props: { minimumPasswordLength: 8, requireSymbols: true, maxPasswordAge: 90 } },
];

describe("identity policies on odd input", () => {
  it("find violations in the unmodified stack (so the mutations below test live code)", async () => {
    for (const policy of identityPolicies) {
      const outcomes = await runOn(policy, stack);
      expect(outcomes.flatMap((o) => o.violations).length).toBeGreaterThan(0);
    }
  });

  it("never throw, whichever property holds arbitrary JSON, an unknown or a secret", async () => {
    await assertNeverThrows(identityPolicies, stack);
  });
});
