import { patchBaselineAutoApproval } from "../../../policies/patching/patch-baseline-auto-approval";
import { P } from "../../../policies/patching/types";
import { UNKNOWN_ARRAY, UNKNOWN_NUMBER, UNKNOWN_STRING, secret } from "../../helpers/policy-harness";
import { ResourceCase, runCase, tally } from "../compute/table";

const PB = P.patchBaseline;
const security = [{ key: "CLASSIFICATION", values: ["Security"] }, { key: "SEVERITY", values: ["Critical", "Important"] }];
const windowsSecurity = [{ key: "CLASSIFICATION", values: ["SecurityUpdates", "CriticalUpdates"] }, { key: "MSRC_SEVERITY", values: ["Critical", "Important"] }];
const ubuntu = [{ key: "PRODUCT", values: ["*"] }, { key: "SECTION", values: ["*"] }, { key: "PRIORITY", values: ["Required", "Important"] }];

const cases: ResourceCase[] = [
  // bad
  { label: "operatingSystem not set (defaults to WINDOWS)", type: PB, props: { approvalRules: [{ approveAfterDays: 7, patchFilters: windowsSecurity }] }, expect: "violation", count: 1, message: /does not set operatingSystem/ },
  { label: "no approval rules", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023" }, expect: "violation", message: /no approvalRules/ },
  { label: "security rule approves after 30 days", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 30, patchFilters: security }] }, expect: "violation", message: /approvalRules\[0\] approves patches 30 days after release, more than the allowed 7/ },
  { label: "rule approving bug fixes only", type: PB, props: { operatingSystem: "REDHAT_ENTERPRISE_LINUX", approvalRules: [{ approveAfterDays: 3, patchFilters: [{ key: "CLASSIFICATION", values: ["Bugfix"] }] }] }, expect: "violation", message: /CLASSIFICATION filter of approvalRules\[0\].patchFilters leaves security patches out/ },
  { label: "severity filter without Critical", type: PB, props: { operatingSystem: "AMAZON_LINUX_2", approvalRules: [{ approveAfterDays: 0, patchFilters: [{ key: "CLASSIFICATION", values: ["Security"] }, { key: "SEVERITY", values: ["Low"] }] }] }, expect: "violation", message: /SEVERITY/ },
  { label: "global filter excluding security", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023", globalFilters: [{ key: "CLASSIFICATION", values: ["Enhancement"] }], approvalRules: [{ approveAfterDays: 7, patchFilters: security }] }, expect: "violation", message: /globalFilters/ },
  { label: "Windows rule without SecurityUpdates", type: PB, props: { operatingSystem: "WINDOWS", approvalRules: [{ approveAfterDays: 7, patchFilters: [{ key: "CLASSIFICATION", values: ["Updates"] }] }] }, expect: "violation" },
  { label: "Ubuntu rule with only Optional priority", type: PB, props: { operatingSystem: "UBUNTU", approvalRules: [{ patchFilters: [{ key: "PRIORITY", values: ["Optional"] }] }] }, expect: "violation", message: /PRIORITY/ },
  { label: "rule with neither approveAfterDays nor approveUntilDate", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ patchFilters: security }] }, expect: "violation", message: /neither approveAfterDays nor approveUntilDate/ },
  { label: "approveAfterDays as a numeric string over a configured maximum", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: "5", patchFilters: security }] }, config: { maxApproveAfterDays: 3 }, expect: "violation", message: /allowed 3/ },
  // good
  { label: "Amazon Linux 2023 security patches after 7 days", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 7, complianceLevel: "CRITICAL", patchFilters: security }] }, expect: "pass" },
  { label: "Windows security updates after 3 days", type: PB, props: { operatingSystem: "WINDOWS", approvalRules: [{ approveAfterDays: 3, patchFilters: windowsSecurity }] }, expect: "pass" },
  { label: "Ubuntu rule form, no approveAfterDays", type: PB, props: { operatingSystem: "UBUNTU", approvalRules: [{ patchFilters: ubuntu }] }, expect: "pass" },
  { label: "Debian rule without a PRIORITY filter", type: PB, props: { operatingSystem: "DEBIAN", approvalRules: [{ patchFilters: [{ key: "PRODUCT", values: ["Debian12"] }] }] }, expect: "pass" },
  { label: "approveUntilDate instead of a delay", type: PB, props: { operatingSystem: "ROCKY_LINUX", approvalRules: [{ approveUntilDate: "2025-01-31", patchFilters: security }] }, expect: "pass" },
  { label: "one good rule among slower ones", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 30, patchFilters: [{ key: "CLASSIFICATION", values: ["Bugfix"] }] }, { approveAfterDays: 2, patchFilters: security }] }, expect: "pass" },
  { label: "wildcard classification", type: PB, props: { operatingSystem: "SUSE", approvalRules: [{ approveAfterDays: 7, patchFilters: [{ key: "CLASSIFICATION", values: ["*"] }] }] }, expect: "pass" },
  { label: "a longer configured maximum", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 14, patchFilters: security }] }, config: { maxApproveAfterDays: 14 }, expect: "pass" },
  { label: "lower-case operating system and filter values", type: PB, props: { operatingSystem: "amazon_linux_2023", approvalRules: [{ approveAfterDays: 1, patchFilters: [{ key: "classification", values: ["security"] }] }] }, expect: "pass" },
  { label: "operating system wrapped as a secret", type: PB, props: { operatingSystem: secret("AMAZON_LINUX_2023"), approvalRules: [{ approveAfterDays: 7, patchFilters: security }] }, expect: "pass" },
  // unknown during preview
  { label: "operatingSystem unknown", type: PB, props: { operatingSystem: UNKNOWN_STRING, approvalRules: [] }, expect: "not-applicable", message: /operatingSystem/ },
  { label: "approvalRules unknown", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: UNKNOWN_ARRAY }, expect: "not-applicable" },
  { label: "approveAfterDays unknown", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: UNKNOWN_NUMBER, patchFilters: security }] }, expect: "not-applicable" },
  { label: "filter values unknown", type: PB, props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 1, patchFilters: [{ key: "CLASSIFICATION", values: UNKNOWN_ARRAY }] }] }, expect: "not-applicable" },
];

describe("patch-baseline-auto-approval", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runCase(patchBaselineAutoApproval, c);
  });

  it("suggests the rule form of the baseline's own operating system", async () => {
    const ubuntuOutcome = await runCase(patchBaselineAutoApproval, { label: "", type: PB, props: { operatingSystem: "UBUNTU" }, expect: "violation" });
    expect(ubuntuOutcome.violations[0].message).toMatch(/PRIORITY.*without approveAfterDays/);
    const windowsOutcome = await runCase(patchBaselineAutoApproval, { label: "", type: PB, props: { operatingSystem: "WINDOWS" }, expect: "violation" });
    expect(windowsOutcome.violations[0].message).toMatch(/SecurityUpdates/);
  });
});
