// No monitoring policy throws on odd input: arbitrary JSON, unknowns or secrets in place of any
// property (trail selectors, detector flags, flow log references, retention) or any config value.
import { monitoringPolicies } from "../../../policies/monitoring";
import { MON } from "../../../policies/monitoring/types";
import { StackInput, urnOf } from "../../helpers/policy-harness";
import { assertNeverThrows, runOn } from "../identity/odd-input-harness";

const stack: StackInput[] = [
  {
    type: MON.trail,
    name: "t",
    props: {
      enableLogging: false,
      includeGlobalServiceEvents: false,
      eventSelectors: [{ readWriteType: "All", includeManagementEvents: true, excludeManagementEventSources: ["kms.amazonaws.com"] }],
      advancedEventSelectors: [{ fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }, { field: "readOnly", equals: ["true"] }] }],
    },
  },
  { type: MON.detector, name: "d", props: { id: "det-1", enable: false } },
  { type: MON.detectorFeature, name: "f", props: { detectorId: "det-1", name: "S3_DATA_EVENTS", status: "DISABLED" } },
  { type: MON.vpc, name: "v", props: { id: "vpc-1" } },
  { type: MON.vpc, name: "w", props: { id: "vpc-2" } },
  { type: MON.flowLog, name: "fl", props: { vpcId: "vpc-1", trafficType: "ACCEPT" }, propertyDependencies: { vpcId: [urnOf(MON.vpc, "v")] } },
  { type: MON.logGroup, name: "lg", props: { retentionInDays: 7, logGroupClass: "STANDARD" } },
];

describe("monitoring policies on odd input", () => {
  it("find violations in the unmodified stack (so the mutations below test live code)", async () => {
    for (const policy of monitoringPolicies) {
      const outcomes = await runOn(policy, stack);
      expect(outcomes.flatMap((o) => o.violations).length).toBeGreaterThan(0);
    }
  });

  it("never throw, whichever property holds arbitrary JSON, an unknown or a secret", async () => {
    await assertNeverThrows(monitoringPolicies, stack);
  });
});
