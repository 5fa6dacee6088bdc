// No patching policy throws, whatever JSON stands in for any property, at any depth.
import fc from "fast-check";
import type { RampartPolicy } from "../../../policies/lib/control";
import { T } from "../../../policies/aws/types";
import { patchingPolicies } from "../../../policies/patching";
import { P, SSM_CORE_POLICY } from "../../../policies/patching/types";
import { Outcome, StackInput, runResourcePolicy, runStackPolicy, urnOf } from "../../helpers/policy-harness";
import { NASTY, oddValue, pathsOf, replaceAt } from "../compute/odd-input";
import { AUTOSCALING_GROUP } from "../../../policies/aws/ec2/launch-kinds";
import { IAM } from "../../../policies/aws/iam/types";

const RUNS = 10;

/** A small, well-linked stack holding every type the patching policies read. */
const stack: StackInput[] = [
  { type: T.instance, name: "web", props: { id: "i-1", iamInstanceProfile: "web-profile", launchTemplate: { id: "lt-1" }, tags: { "Patch Group": "web" }, tagsAll: { Name: "web" } } },
  { type: T.launchTemplate, name: "tpl", props: { id: "lt-1", iamInstanceProfile: { arn: "arn:aws:iam::1:instance-profile/web-profile", name: "web-profile" }, tagSpecifications: [{ resourceType: "instance", tags: { "Patch Group": "web" } }] } },
  { type: T.launchConfiguration, name: "cfg", props: { name: "cfg", iamInstanceProfile: "web-profile" } },
  { type: AUTOSCALING_GROUP, name: "asg", props: { launchTemplate: { id: "lt-1" }, mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateName: "tpl" } } }, tags: [{ key: "Patch Group", value: "web", propagateAtLaunch: true }] } },
  { type: IAM.instanceProfile, name: "web-profile", props: { name: "web-profile", arn: "arn:aws:iam::1:instance-profile/web-profile", role: "web-role" } },
  { type: IAM.role, name: "web-role", props: { name: "web-role", arn: "arn:aws:iam::1:role/web-role", managedPolicyArns: [SSM_CORE_POLICY] } },
  { type: IAM.rolePolicyAttachment, name: "rpa", props: { role: "web-role", policyArn: SSM_CORE_POLICY }, propertyDependencies: { role: [urnOf(IAM.role, "web-role")] } },
  { type: IAM.rolePolicyAttachmentsExclusive, name: "rpae", props: { roleName: "web-role", policyArns: [SSM_CORE_POLICY] } },
  { type: IAM.policyAttachment, name: "pa", props: { roles: ["web-role"], policyArn: SSM_CORE_POLICY } },
  { type: P.maintenanceWindowTarget, name: "mwt", props: { id: "mwt-1", windowId: "mw-1", targets: [{ key: "tag:Patch Group", values: ["web"] }, { key: "InstanceIds", values: ["i-1"] }] } },
  {
    type: P.maintenanceWindowTask,
    name: "task",
    props: { windowId: "mw-1", taskType: "RUN_COMMAND", taskArn: "AWS-RunPatchBaseline", targets: [{ key: "WindowTargetIds", values: ["mwt-1"] }], taskInvocationParameters: { runCommandParameters: { parameters: [{ name: "Operation", values: ["Install"] }] } } },
  },
  { type: P.association, name: "assoc", props: { name: "AWS-RunPatchBaseline", parameters: { Operation: "Install" }, scheduleExpression: "rate(7 days)", targets: [{ key: "tag-key", values: ["Patch Group"] }] } },
];

const baseline = {
  operatingSystem: "AMAZON_LINUX_2023",
  globalFilters: [{ key: "PRODUCT", values: ["*"] }],
  approvalRules: [{ approveAfterDays: 7, approveUntilDate: "2025-01-01", patchFilters: [{ key: "CLASSIFICATION", values: ["Security"] }, { key: "SEVERITY", values: ["Critical"] }] }],
};

function wellFormed(outcome: Outcome): void {
  for (const v of outcome.violations) expect(typeof v.message).toBe("string");
  if (outcome.notApplicable !== undefined) expect(typeof outcome.notApplicable).toBe("string");
}

const byKind = (kind: string): RampartPolicy[] => patchingPolicies.filter((p) => p.rampart.kind === kind);

describe("patching policies on odd input", () => {
  it.each(byKind("resource").map((p) => [p.name, p] as const))("%s never throws, whatever stands at any property", async (_name, policy) => {
    for (const path of [...pathsOf(baseline), ["extra"]]) {
      const run = async (value: unknown) => wellFormed(await runResourcePolicy(policy, { type: P.patchBaseline, props: replaceAt(baseline, path, value) as Record<string, unknown> }));
      for (const value of NASTY) await run(value);
      await fc.assert(fc.asyncProperty(oddValue, run), { numRuns: RUNS });
    }
  });

  it.each(byKind("stack").map((p) => [p.name, p] as const))("%s never throws on a stack with one odd property anywhere", async (_name, policy) => {
    for (let i = 0; i < stack.length; i++) {
      for (const path of [...pathsOf(stack[i].props), ["extra"]]) {
        const run = async (value: unknown) =>
          wellFormed(await runStackPolicy(policy, stack.map((r, j) => (j === i ? { ...r, props: replaceAt(r.props, path, value) as Record<string, unknown> } : r))));
        for (const value of NASTY) await run(value);
        await fc.assert(fc.asyncProperty(oddValue, run), { numRuns: RUNS });
      }
    }
  });

  it("the well-formed stack itself passes every stack policy", async () => {
    for (const policy of byKind("stack")) {
      const outcome = await runStackPolicy(policy, stack);
      expect(outcome.violations).toEqual([]);
    }
  });
});
