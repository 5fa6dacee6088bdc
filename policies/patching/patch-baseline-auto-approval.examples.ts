import { policyExamples } from "../lib/examples";

const BASELINE = "aws:ssm/patchBaseline:PatchBaseline";
const linuxSecurity = [{ key: "CLASSIFICATION", values: ["Security"] }, { key: "SEVERITY", values: ["Critical", "Important"] }];
const windowsSecurity = [{ key: "CLASSIFICATION", values: ["SecurityUpdates", "CriticalUpdates"] }, { key: "MSRC_SEVERITY", values: ["Critical", "Important"] }];

export const examples = policyExamples({
  policy: "patch-baseline-auto-approval",
  good: [
    {
      title: "an Amazon Linux 2023 baseline that approves critical and important security patches after 7 days",
      resources: [{ type: BASELINE, name: "al2023", props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 7, complianceLevel: "CRITICAL", patchFilters: linuxSecurity }] } }],
    },
    {
      title: "a Windows baseline that approves security updates after 3 days",
      resources: [{ type: BASELINE, name: "windows", props: { operatingSystem: "WINDOWS", approvalRules: [{ approveAfterDays: 3, patchFilters: windowsSecurity }] } }],
    },
    {
      title: "an Ubuntu baseline approving Required and Important priorities, with no delay (AWS supports none for Ubuntu)",
      resources: [
        {
          type: BASELINE,
          name: "ubuntu",
          props: { operatingSystem: "UBUNTU", approvalRules: [{ patchFilters: [{ key: "PRODUCT", values: ["*"] }, { key: "SECTION", values: ["*"] }, { key: "PRIORITY", values: ["Required", "Important"] }] }] },
        },
      ],
    },
    {
      title: "a Rocky Linux baseline that approves security patches released before a fixed date",
      resources: [{ type: BASELINE, name: "rocky", props: { operatingSystem: "ROCKY_LINUX", approvalRules: [{ approveUntilDate: "2025-01-31", patchFilters: linuxSecurity }] } }],
    },
    {
      title: "a slow bug-fix rule is fine when another rule approves security patches in time",
      resources: [
        {
          type: BASELINE,
          name: "al2023",
          props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 30, patchFilters: [{ key: "CLASSIFICATION", values: ["Bugfix"] }] }, { approveAfterDays: 2, patchFilters: linuxSecurity }] },
        },
      ],
    },
    {
      title: "with maxApproveAfterDays 14, a baseline that waits 14 days",
      config: { maxApproveAfterDays: 14 },
      resources: [{ type: BASELINE, name: "al2023", props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 14, patchFilters: linuxSecurity }] } }],
    },
  ],
  bad: [
    {
      title: "a baseline that does not set operatingSystem applies to WINDOWS, whatever the instances run",
      resources: [{ type: BASELINE, name: "default-os", props: { approvalRules: [{ approveAfterDays: 7, patchFilters: windowsSecurity }] } }],
      violations: ["default-os"],
      message: /does not set operatingSystem/,
    },
    {
      title: "a baseline without approval rules approves nothing automatically",
      resources: [{ type: BASELINE, name: "manual", props: { operatingSystem: "AMAZON_LINUX_2023", approvedPatches: ["kernel-6.1.*"] } }],
      violations: ["manual"],
      message: /has no approvalRules/,
    },
    {
      title: "a security rule that waits 30 days, more than the default limit of 7",
      resources: [{ type: BASELINE, name: "slow", props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 30, patchFilters: linuxSecurity }] } }],
      violations: ["slow"],
      message: /approvalRules\[0\] approves patches 30 days after release, more than the allowed 7/,
    },
    {
      title: "a Red Hat rule that approves bug fixes only",
      resources: [{ type: BASELINE, name: "rhel", props: { operatingSystem: "REDHAT_ENTERPRISE_LINUX", approvalRules: [{ approveAfterDays: 3, patchFilters: [{ key: "CLASSIFICATION", values: ["Bugfix"] }] }] } }],
      violations: ["rhel"],
      message: /CLASSIFICATION filter of approvalRules\[0\]\.patchFilters leaves security patches out/,
    },
    {
      title: "a global filter that keeps security patches out of every rule",
      resources: [
        {
          type: BASELINE,
          name: "al2023",
          props: { operatingSystem: "AMAZON_LINUX_2023", globalFilters: [{ key: "CLASSIFICATION", values: ["Enhancement"] }], approvalRules: [{ approveAfterDays: 7, patchFilters: linuxSecurity }] },
        },
      ],
      violations: ["al2023"],
      message: /CLASSIFICATION filter of globalFilters/,
    },
    {
      title: "an Ubuntu rule that approves only Optional priority",
      resources: [{ type: BASELINE, name: "ubuntu", props: { operatingSystem: "UBUNTU", approvalRules: [{ patchFilters: [{ key: "PRIORITY", values: ["Optional"] }] }] } }],
      violations: ["ubuntu"],
      message: /PRIORITY filter/,
    },
    {
      title: "a Linux rule with neither approveAfterDays nor approveUntilDate",
      resources: [{ type: BASELINE, name: "al2023", props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ patchFilters: linuxSecurity }] } }],
      violations: ["al2023"],
      message: /sets neither approveAfterDays nor approveUntilDate/,
    },
    {
      title: "with maxApproveAfterDays 3, a rule that waits 5 days",
      config: { maxApproveAfterDays: 3 },
      resources: [{ type: BASELINE, name: "al2023", props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 5, patchFilters: linuxSecurity }] } }],
      violations: ["al2023"],
      message: /5 days after release, more than the allowed 3/,
    },
  ],
  unknown: [
    {
      title: "an operating system chosen by another resource during preview",
      resources: [{ type: BASELINE, name: "al2023", props: { operatingSystem: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", approvalRules: [] } }],
    },
    {
      title: "approval rules unknown during preview",
      resources: [{ type: BASELINE, name: "al2023", props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2" } }],
    },
    {
      title: "an approval delay unknown during preview",
      resources: [{ type: BASELINE, name: "al2023", props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: "3eeb2bf0-c639-47a8-9e75-3b44932eb421", patchFilters: linuxSecurity }] } }],
    },
    {
      title: "filter values unknown during preview",
      resources: [{ type: BASELINE, name: "al2023", props: { operatingSystem: "AMAZON_LINUX_2023", approvalRules: [{ approveAfterDays: 1, patchFilters: [{ key: "CLASSIFICATION", values: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2" }] }] } }],
    },
  ],
});
