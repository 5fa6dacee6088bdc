// PatchManagement under Pulumi's mock runtime.
import { installMocks, one, ofType, settle } from "./mock-aws";
import { PatchManagement } from "../../stacks";

const registered = installMocks();
const mine = (prefix: string) => registered.filter((r) => r.name.startsWith(prefix));

beforeAll(async () => {
  new PatchManagement("pm");
  new PatchManagement("multi", {
    patchGroup: "fleet",
    operatingSystems: ["AMAZON_LINUX_2023", "UBUNTU", "DEBIAN", "UBUNTU"],
    approveAfterDays: 3,
    schedule: "cron(30 2 ? * WED *)",
    rebootOption: "NoReboot",
  });
  await settle(registered);
});

test("defaults: an Amazon Linux 2023 baseline approving security updates after 7 days, for the patch group", () => {
  const baseline = one(mine("pm"), "aws:ssm/patchBaseline:PatchBaseline");
  expect(baseline.inputs.operatingSystem).toBe("AMAZON_LINUX_2023");
  expect(baseline.inputs.approvalRules).toHaveLength(1);
  const rule = baseline.inputs.approvalRules[0];
  expect(rule.approveAfterDays).toBe(7);
  expect(rule.patchFilters).toContainEqual({ key: "CLASSIFICATION", values: ["Security"] });
  const group = one(mine("pm"), "aws:ssm/patchGroup:PatchGroup");
  expect(group.inputs).toMatchObject({ patchGroup: "rampart-web", baselineId: expect.stringMatching(/^pm-amazon-linux-2023-/) });
});

test("a weekly window targets instances by the PatchGroup tag and installs with AWS-RunPatchBaseline", () => {
  const window = one(mine("pm"), "aws:ssm/maintenanceWindow:MaintenanceWindow");
  expect(window.inputs).toMatchObject({ schedule: "cron(0 3 ? * SUN *)", duration: 3, cutoff: 1, enabled: true, allowUnassociatedTargets: false });
  const target = one(mine("pm"), "aws:ssm/maintenanceWindowTarget:MaintenanceWindowTarget");
  expect(target.inputs).toMatchObject({ resourceType: "INSTANCE", targets: [{ key: "tag:PatchGroup", values: ["rampart-web"] }] });
  expect(target.inputs.windowId).toMatch(/^pm-window-/);
  const task = one(mine("pm"), "aws:ssm/maintenanceWindowTask:MaintenanceWindowTask");
  expect(task.inputs).toMatchObject({ taskType: "RUN_COMMAND", taskArn: "AWS-RunPatchBaseline" });
  expect(task.inputs.targets).toEqual([{ key: "WindowTargetIds", values: [expect.stringMatching(/^pm-targets-/)] }]);
  expect(task.inputs.taskInvocationParameters.runCommandParameters.parameters).toEqual([
    { name: "Operation", values: ["Install"] },
    { name: "RebootOption", values: ["RebootIfNeeded"] },
  ]);
});

test("one baseline and patch group registration per distinct operating system", () => {
  const baselines = ofType(mine("multi"), "aws:ssm/patchBaseline:PatchBaseline");
  expect(baselines.map((b) => b.inputs.operatingSystem)).toEqual(["AMAZON_LINUX_2023", "UBUNTU", "DEBIAN"]);
  const al = baselines[0].inputs.approvalRules[0];
  expect(al.approveAfterDays).toBe(3);
  for (const b of baselines.slice(1)) {
    const rule = b.inputs.approvalRules[0];
    expect(rule.approveAfterDays).toBeUndefined(); // SSM rejects approval delays on Debian and Ubuntu
    expect(rule.patchFilters.map((f: { key: string }) => f.key)).toEqual(["PRODUCT", "SECTION", "PRIORITY"]);
  }
  const groups = ofType(mine("multi"), "aws:ssm/patchGroup:PatchGroup");
  expect(groups.map((g) => g.inputs.patchGroup)).toEqual(["fleet", "fleet", "fleet"]);
  const window = one(mine("multi"), "aws:ssm/maintenanceWindow:MaintenanceWindow");
  expect(window.inputs.schedule).toBe("cron(30 2 ? * WED *)");
  const task = one(mine("multi"), "aws:ssm/maintenanceWindowTask:MaintenanceWindowTask");
  expect(task.inputs.taskInvocationParameters.runCommandParameters.parameters[1]).toEqual({ name: "RebootOption", values: ["NoReboot"] });
});

test.each([
  [{ approveAfterDays: -1 }, /approveAfterDays/],
  [{ approveAfterDays: 400 }, /approveAfterDays/],
  [{ approveAfterDays: 1.5 }, /approveAfterDays/],
  [{ operatingSystems: [] }, /operatingSystems is empty/],
])("rejects %p", (args, message) => {
  expect(() => new PatchManagement(`bad-${JSON.stringify(args).replace(/\W/g, "")}`, args)).toThrow(message);
});
