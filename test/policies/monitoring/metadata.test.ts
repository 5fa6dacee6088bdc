import { monitoringPolicies } from "../../../policies/monitoring";
import { describeMetadata } from "../identity/metadata-checks";

describeMetadata("monitoring", monitoringPolicies, [
  "cloudtrail-multi-region",
  "cloudtrail-logging-enabled",
  "cloudtrail-global-service-events",
  "cloudtrail-log-file-validation",
  "cloudtrail-kms-encrypted",
  "guardduty-enabled",
  "vpc-flow-logs-enabled",
  "log-retention-minimum",
]);

describe("monitoring policy kinds", () => {
  it("judges each trail's own settings and log groups per resource, what one trail may cover for all across the stack", () => {
    expect(Object.fromEntries(monitoringPolicies.map((p) => [p.name, p.rampart.kind]))).toEqual({
      "cloudtrail-multi-region": "stack",
      "cloudtrail-logging-enabled": "resource",
      "cloudtrail-global-service-events": "stack",
      "cloudtrail-log-file-validation": "resource",
      "cloudtrail-kms-encrypted": "resource",
      "guardduty-enabled": "stack",
      "vpc-flow-logs-enabled": "stack",
      "log-retention-minimum": "resource",
    });
    expect(monitoringPolicies.find((p) => p.name === "log-retention-minimum")?.rampart.remediable).toBe(true);
  });

  it("keeps the trail controls advisory by default: a gap in the audit record is not an exposure", () => {
    const trails = monitoringPolicies.filter((p) => p.name.startsWith("cloudtrail-"));
    expect(trails).toHaveLength(5);
    for (const p of trails) expect({ name: p.name, level: p.enforcementLevel }).toEqual({ name: p.name, level: "advisory" });
  });

  it("maps each trail control to its own framework controls", () => {
    const refs = Object.fromEntries(monitoringPolicies.map((p) => [p.name, p.tags?.filter((t) => /^(aws-fsbp|cis-aws|aws-ct):/.test(t))]));
    expect(refs).toMatchObject({
      "cloudtrail-multi-region": ["aws-fsbp:CloudTrail.1", "cis-aws:3.1"],
      "cloudtrail-logging-enabled": ["aws-fsbp:CloudTrail.1", "cis-aws:3.1"],
      "cloudtrail-global-service-events": ["aws-fsbp:CloudTrail.1", "cis-aws:3.1"],
      "cloudtrail-log-file-validation": ["aws-fsbp:CloudTrail.4", "cis-aws:3.2", "aws-ct:CT.CLOUDTRAIL.PR.2"],
      "cloudtrail-kms-encrypted": ["aws-fsbp:CloudTrail.2", "cis-aws:3.5", "aws-ct:CT.CLOUDTRAIL.PR.1"],
    });
  });
});
