import { patchingCoverage } from "../../../policies/patching/patching-coverage";
import { P } from "../../../policies/patching/types";
import { T } from "../../../policies/aws/types";
import { StackInput, UNKNOWN_ARRAY, UNKNOWN_OBJECT, UNKNOWN_STRING, secret, urnOf } from "../../helpers/policy-harness";
import { StackCase, runStackCase, tally } from "../compute/table";
import { AUTOSCALING_GROUP } from "../../../policies/aws/ec2/launch-kinds";

const u = urnOf;
const WEEKLY = "cron(0 3 ? * SUN *)";
const install = { runCommandParameters: { parameters: [{ name: "Operation", values: ["Install"] }, { name: "RebootOption", values: ["RebootIfNeeded"] }] } };

const web = (props: Record<string, unknown> = {}, extra: Partial<StackInput> = {}): StackInput => ({
  type: T.instance,
  name: "web",
  props: { id: "i-0web", ami: "ami-1", tags: { Name: "web", "Patch Group": "web" }, ...props },
  ...extra,
});
/** A scheduled patch-install association; a property given as undefined is left out. */
const association = (props: Record<string, unknown>, extra: Partial<StackInput> = {}): StackInput => ({
  type: P.association,
  name: "patch",
  props: Object.fromEntries(
    Object.entries({ name: "AWS-RunPatchBaseline", parameters: { Operation: "Install" }, scheduleExpression: WEEKLY, targets: [{ key: "tag:Patch Group", values: ["web"] }], ...props }).filter(([, v]) => v !== undefined),
  ),
  ...extra,
});
const windowTarget = (targets: unknown, extra: Partial<StackInput> = {}): StackInput => ({
  type: P.maintenanceWindowTarget,
  name: "web-target",
  props: { id: "mwt-1", windowId: "mw-1", resourceType: "INSTANCE", targets },
  ...extra,
});
const windowTask = (props: Record<string, unknown>, extra: Partial<StackInput> = {}): StackInput => ({
  type: P.maintenanceWindowTask,
  name: "patch-task",
  props: { windowId: "mw-1", taskType: "RUN_COMMAND", taskArn: "AWS-RunPatchBaseline", targets: [{ key: "WindowTargetIds", values: ["mwt-1"] }], taskInvocationParameters: install, ...props },
  ...extra,
});
const group = (props: Record<string, unknown>): StackInput => ({ type: AUTOSCALING_GROUP, name: "asg", props: { minSize: 1, maxSize: 2, ...props } });

const cases: StackCase[] = [
  // bad
  { label: "an instance and no patching at all", resources: [web()], expect: "violation", urns: [u(T.instance, "web")], message: /the stack defines none/ },
  { label: "association that only scans", resources: [web(), association({ parameters: { Operation: "Scan" } })], expect: "violation", message: /is not patched on a schedule/ },
  { label: "association without a schedule (runs once)", resources: [web(), association({ scheduleExpression: undefined })], expect: "violation" },
  { label: "association targeting another patch group", resources: [web(), association({ targets: [{ key: "tag:Patch Group", values: ["db"] }] })], expect: "violation" },
  { label: "window task without Operation (the document scans)", resources: [web(), windowTarget([{ key: "tag:Patch Group", values: ["web"] }]), windowTask({ taskInvocationParameters: { runCommandParameters: { parameters: [] } } })], expect: "violation" },
  { label: "window task whose target names another tag", resources: [web(), windowTarget([{ key: "tag:Name", values: ["db"] }]), windowTask({})], expect: "violation" },
  { label: "window task of another type", resources: [web(), windowTarget([{ key: "tag:Patch Group", values: ["web"] }]), windowTask({ taskType: "AUTOMATION" })], expect: "violation" },
  { label: "Auto Scaling group whose tag does not propagate", resources: [group({ tags: [{ key: "Patch Group", value: "web", propagateAtLaunch: false }] }), association({})], expect: "violation", urns: [u(AUTOSCALING_GROUP, "asg")], message: /Auto Scaling group 'asg'/ },
  // good
  { label: "scheduled association by patch group tag", resources: [web(), association({})], expect: "pass" },
  { label: "maintenance window task through its window target", resources: [web(), windowTarget([{ key: "tag:Patch Group", values: ["web"] }]), windowTask({})], expect: "pass" },
  {
    label: "preview: window target linked through dependencies",
    resources: [web(), windowTarget([{ key: "tag:Patch Group", values: ["web"] }], { props: { id: UNKNOWN_STRING, windowId: UNKNOWN_STRING, targets: [{ key: "tag:Patch Group", values: ["web"] }] } }), windowTask({ targets: [{ key: "WindowTargetIds", values: [UNKNOWN_STRING] }] }, { propertyDependencies: { targets: [u(P.maintenanceWindowTarget, "web-target")] } })],
    expect: "pass",
  },
  { label: "association targeting every instance", resources: [web({ tags: {} }), group({}), association({ targets: [{ key: "InstanceIds", values: ["*"] }] })], expect: "pass" },
  { label: "association by instance id", resources: [web({ tags: {} }), association({ targets: [{ key: "InstanceIds", values: ["i-0web"] }] })], expect: "pass" },
  { label: "preview: instance ids unknown but linked", resources: [web({ id: UNKNOWN_STRING, tags: {} }), association({ targets: [{ key: "InstanceIds", values: [UNKNOWN_STRING] }] }, { propertyDependencies: { targets: [u(T.instance, "web")] } })], expect: "pass" },
  { label: "Auto Scaling group propagating the patch group", resources: [group({ tags: [{ key: "Patch Group", value: "web", propagateAtLaunch: true }] }), association({})], expect: "pass" },
  { label: "Auto Scaling group whose template tags its instances", resources: [{ type: T.launchTemplate, name: "tpl", props: { id: "lt-1", tagSpecifications: [{ resourceType: "instance", tags: { "Patch Group": "web" } }] } }, group({ launchTemplate: { id: "lt-1" } }), association({})], expect: "pass" },
  { label: "tag-key target", resources: [web(), association({ targets: [{ key: "tag-key", values: ["Patch Group"] }] })], expect: "pass" },
  { label: "task naming the document by ARN, with hooks", resources: [web(), windowTarget([{ key: "tag:Name", values: ["web"] }]), windowTask({ taskArn: "arn:aws:ssm:eu-west-1::document/AWS-RunPatchBaselineWithHooks" })], expect: "pass" },
  { label: "tag value wrapped as a secret", resources: [web({ tags: { "Patch Group": secret("web") } }), association({})], expect: "pass" },
  { label: "stack without instances", resources: [association({})], expect: "pass" },
  // unknown during preview
  { label: "association targets unknown", resources: [web(), association({ targets: UNKNOWN_ARRAY })], expect: "not-applicable", message: /patch targets of web/ },
  { label: "association parameters unknown", resources: [web(), association({ parameters: UNKNOWN_OBJECT })], expect: "not-applicable" },
  { label: "a resource-group target cannot be resolved", resources: [web(), association({ targets: [{ key: "resource-groups:Name", values: ["patched"] }] })], expect: "not-applicable" },
  { label: "instance tags unknown", resources: [web({ tags: UNKNOWN_OBJECT }), association({})], expect: "not-applicable" },
];

describe("patching-coverage", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runStackCase(patchingCoverage, c);
  });

  it("names only the instances left out", async () => {
    const db: StackInput = { type: T.instance, name: "db", props: { id: "i-0db", tags: { "Patch Group": "db" } } };
    await runStackCase(patchingCoverage, { label: "", resources: [web(), db, association({})], expect: "violation", count: 1, urns: [u(T.instance, "db")] });
  });

  it("stays near-linear: a thousand instances against a hundred targets", async () => {
    const resources: StackInput[] = [];
    for (let i = 0; i < 1000; i++) resources.push({ type: T.instance, name: `i${i}`, props: { id: `i-${i}`, tags: { "Patch Group": `g${i % 100}` } } });
    for (let g = 0; g < 100; g++) resources.push({ type: P.association, name: `a${g}`, props: { name: "AWS-RunPatchBaseline", parameters: { Operation: "Install" }, scheduleExpression: WEEKLY, targets: [{ key: "tag:Patch Group", values: [`g${g}`] }] } });
    await runStackCase(patchingCoverage, { label: "", resources, expect: "pass" });
  });
});
