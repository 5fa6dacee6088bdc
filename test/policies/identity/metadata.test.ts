import { identityPolicies } from "../../../policies/identity";
import { describeMetadata } from "./metadata-checks";

describeMetadata("identity", identityPolicies, ["iam-no-wildcard-admin", "iam-no-admin-on-workloads", "iam-password-policy"]);

describe("identity enforcement levels", () => {
  it("password policy is advisory, the least-privilege controls mandatory", () => {
    expect(Object.fromEntries(identityPolicies.map((p) => [p.name, p.enforcementLevel]))).toEqual({
      "iam-no-wildcard-admin": "mandatory",
      "iam-no-admin-on-workloads": "mandatory",
      "iam-password-policy": "advisory",
    });
  });
});
