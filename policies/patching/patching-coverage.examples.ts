import type { ExampleResource } from "../lib/examples";
import { policyExamples } from "../lib/examples";

// Instances and window targets get their ids from the provider (their outputs); associations
// and tasks name them by id, or reach instances by tag.
const AMI = "ami-0abcdef1234567890";
const WEEKLY = "cron(0 3 ? * SUN *)";
const UNKNOWN_ARRAY = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";
const UNKNOWN_OBJECT = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

const idOf = (name: string) => `i-0${name}0000000000`;
function instance(name: string, tags: Record<string, unknown>): ExampleResource {
  const props = { ami: AMI, instanceType: "t3.micro", tags };
  return { type: "aws:ec2/instance:Instance", name, props, outputs: { ...props, id: idOf(name) } };
}
const web = instance("web", { Name: "web", "Patch Group": "web" });

function association(name: string, props: Record<string, unknown>): ExampleResource {
  const defaults: Record<string, unknown> = { name: "AWS-RunPatchBaseline", parameters: { Operation: "Install" }, scheduleExpression: WEEKLY, targets: [{ key: "tag:Patch Group", values: ["web"] }] };
  const merged = Object.fromEntries(Object.entries({ ...defaults, ...props }).filter(([, v]) => v !== undefined));
  return { type: "aws:ssm/association:Association", name, props: merged };
}
const weeklyPatch = association("patch-web", {});

const windowTarget: ExampleResource = {
  type: "aws:ssm/maintenanceWindowTarget:MaintenanceWindowTarget",
  name: "web-target",
  props: { windowId: "mw-0123456789abcdef0", resourceType: "INSTANCE", targets: [{ key: "tag:Patch Group", values: ["web"] }] },
  outputs: { windowId: "mw-0123456789abcdef0", resourceType: "INSTANCE", targets: [{ key: "tag:Patch Group", values: ["web"] }], id: "e32eecb2-646c-4f4b-8ed1-205fbexample" },
};
const installParameters = { runCommandParameters: { parameters: [{ name: "Operation", values: ["Install"] }, { name: "RebootOption", values: ["RebootIfNeeded"] }] } };
function windowTask(props: Record<string, unknown>): ExampleResource {
  return {
    type: "aws:ssm/maintenanceWindowTask:MaintenanceWindowTask",
    name: "patch-task",
    props: {
      windowId: "mw-0123456789abcdef0",
      taskType: "RUN_COMMAND",
      taskArn: "AWS-RunPatchBaseline",
      targets: [{ key: "WindowTargetIds", values: ["e32eecb2-646c-4f4b-8ed1-205fbexample"] }],
      taskInvocationParameters: installParameters,
      ...props,
    },
  };
}
function group(name: string, props: Record<string, unknown>): ExampleResource {
  return { type: "aws:autoscaling/group:Group", name, props: { minSize: 1, maxSize: 3, vpcZoneIdentifiers: ["subnet-0a00000000000000a"], ...props } };
}

export const examples = policyExamples({
  policy: "patching-coverage",
  good: [
    {
      title: 'an instance tagged "Patch Group": "web" and a weekly AWS-RunPatchBaseline association that installs on that tag',
      resources: [web, weeklyPatch],
    },
    {
      title: "a maintenance window task that installs patches on its window target's tag",
      resources: [web, windowTarget, windowTask({})],
    },
    {
      title: "an association that targets the instance by id",
      resources: [instance("db", {}), association("patch-db", { targets: [{ key: "InstanceIds", values: [idOf("db")] }] })],
    },
    {
      title: "an Auto Scaling group that propagates its patch group tag to the instances it launches",
      resources: [group("workers", { tags: [{ key: "Patch Group", value: "web", propagateAtLaunch: true }] }), weeklyPatch],
    },
    {
      title: "an Auto Scaling group whose launch template tags the instances it launches",
      resources: [
        {
          type: "aws:ec2/launchTemplate:LaunchTemplate",
          name: "workers",
          props: { imageId: AMI, tagSpecifications: [{ resourceType: "instance", tags: { "Patch Group": "web" } }] },
          outputs: { imageId: AMI, tagSpecifications: [{ resourceType: "instance", tags: { "Patch Group": "web" } }], id: "lt-0123456789abcdef0", name: "workers" },
        },
        group("workers", { launchTemplate: { id: "lt-0123456789abcdef0" } }),
        weeklyPatch,
      ],
    },
    {
      title: "a tag-key target and the with-hooks patch document named by ARN",
      resources: [web, association("patch-all", { name: "arn:aws:ssm:eu-west-1::document/AWS-RunPatchBaselineWithHooks", targets: [{ key: "tag-key", values: ["Patch Group"] }] })],
    },
    {
      title: "with patchDocuments naming the organisation's own patch document, an association that runs it",
      config: { patchDocuments: ["Acme-PatchAndReport"] },
      resources: [web, association("patch-web", { name: "Acme-PatchAndReport" })],
    },
  ],
  bad: [
    {
      title: "an instance in a stack that defines no patching at all",
      resources: [web],
      violations: ["web"],
      message: /Instance 'web' is not patched on a schedule.*\(the stack defines none\)/,
    },
    {
      title: "an association that only scans (Operation Scan) reports missing patches but installs none",
      resources: [web, association("scan-web", { parameters: { Operation: "Scan" } })],
      violations: ["web"],
      message: /Instance 'web' is not patched on a schedule/,
    },
    {
      title: "an association without a schedule runs once, at creation",
      resources: [web, association("patch-web", { scheduleExpression: undefined })],
      violations: ["web"],
    },
    {
      title: "of two instances, only the one whose patch group no association targets is reported",
      resources: [web, instance("db", { "Patch Group": "db" }), weeklyPatch],
      violations: ["db"],
      message: /Instance 'db'/,
    },
    {
      title: "a maintenance window task without Operation runs the document's default, Scan",
      resources: [web, windowTarget, windowTask({ taskInvocationParameters: { runCommandParameters: { parameters: [{ name: "RebootOption", values: ["NoReboot"] }] } } })],
      violations: ["web"],
    },
    {
      title: "a maintenance window task of type AUTOMATION is not a Run Command patch install",
      resources: [web, windowTarget, windowTask({ taskType: "AUTOMATION" })],
      violations: ["web"],
    },
    {
      title: "an Auto Scaling group whose patch group tag does not propagate at launch",
      resources: [group("workers", { tags: [{ key: "Patch Group", value: "web", propagateAtLaunch: false }] }), weeklyPatch],
      violations: ["workers"],
      message: /Auto Scaling group 'workers' is not patched on a schedule/,
    },
    {
      title: "without patchDocuments configured, an association running a custom document is not recognised as patching",
      resources: [web, association("patch-web", { name: "Acme-PatchAndReport" })],
      violations: ["web"],
    },
  ],
  unknown: [
    {
      title: "an association whose targets are unknown during preview",
      resources: [web, association("patch-web", { targets: UNKNOWN_ARRAY })],
    },
    {
      title: "an association whose parameters are unknown during preview",
      resources: [web, association("patch-web", { parameters: UNKNOWN_OBJECT })],
    },
    {
      title: "an instance whose tags are unknown during preview",
      resources: [{ ...web, outputs: { ...web.outputs, tags: UNKNOWN_OBJECT } }, weeklyPatch],
    },
    {
      title: "an association targeting a resource group, which the stack cannot resolve, leaves the verdict open",
      resources: [web, association("patch-web", { targets: [{ key: "resource-groups:Name", values: ["patched-fleet"] }] })],
    },
  ],
});
