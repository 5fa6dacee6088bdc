import { monitoringPolicies } from "../../../policies/monitoring";
import { describeMetadata } from "../identity/metadata-checks";

describeMetadata("monitoring", monitoringPolicies, [
  "cloudtrail-multi-region",
  "cloudtrail-log-validation-encrypted",
  "guardduty-enabled",
  "vpc-flow-logs-enabled",
  "log-retention-minimum",
]);

describe("monitoring policy kinds", () => {
  it("judges trails' integrity and log groups per resource, the rest across the stack", () => {
    expect(Object.fromEntries(monitoringPolicies.map((p) => [p.name, p.rampart.kind]))).toEqual({
      "cloudtrail-multi-region": "stack",
      "cloudtrail-log-validation-encrypted": "resource",
      "guardduty-enabled": "stack",
      "vpc-flow-logs-enabled": "stack",
      "log-retention-minimum": "resource",
    });
    expect(monitoringPolicies.find((p) => p.name === "log-retention-minimum")?.rampart.remediable).toBe(true);
  });
});
