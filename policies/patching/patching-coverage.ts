// Every instance is patched on a schedule: some maintenance window task or State Manager
// association runs AWS-RunPatchBaseline with Operation=Install against it, by tag, patch group
// tag or instance id.
import { stackPolicy } from "../lib/control";
import { T } from "../aws/types";
import { AUTOSCALING_GROUP } from "../aws/ec2/launch-kinds";
import { readList } from "../lib/values";
import { PatchCoverage } from "./patch-coverage";
import { patchSubjects } from "./patch-subjects";

export interface PatchingCoverageConfig {
  patchDocuments: string[];
}

const DEFAULT_DOCUMENTS = ["AWS-RunPatchBaseline", "AWS-RunPatchBaselineWithHooks", "AWS-RunPatchBaselineAssociation"];

function documents(config: PatchingCoverageConfig): Set<string> {
  const list = readList(config.patchDocuments);
  const names = (Array.isArray(list) ? list : []).filter((d): d is string => typeof d === "string" && d.trim() !== "");
  return new Set(names.length > 0 ? names.map((n) => n.trim()) : DEFAULT_DOCUMENTS);
}

export const patchingCoverage = stackPolicy<PatchingCoverageConfig>({
  name: "patching-coverage",
  description:
    "Every instance and Auto Scaling group is targeted by a patch install: a maintenance window task (taskType RUN_COMMAND, taskArn AWS-RunPatchBaseline, parameter Operation=Install) through its window targets, or a scheduled State Manager association (name AWS-RunPatchBaseline, parameters.Operation Install). Targets match by tag:<key> (instance tags, tags an Auto Scaling group propagates at launch, launch template instance tag specifications; \"Patch Group\" included), tag-key or InstanceIds.",
  severity: "high",
  // Unpatched servers are the commonest way in (SSM.2/SSM.3): a fleet no schedule patches blocks the deploy.
  enforcementLevel: "mandatory",
  domain: "patching",
  references: [
    { framework: "aws-fsbp", ids: ["SSM.2", "SSM.3"] },
    { framework: "owasp", ids: ["A06:2021"] },
  ],
  remediationSteps:
    'Tag instances (e.g. "Patch Group": "web") and patch that tag on a schedule: an aws.ssm.Association { name: "AWS-RunPatchBaseline", parameters: { Operation: "Install" }, scheduleExpression: "cron(0 3 ? * SUN *)", targets: [{ key: "tag:Patch Group", values: ["web"] }] }, or a maintenance window with a target for the tag and a RUN_COMMAND task running AWS-RunPatchBaseline with Operation=Install. Auto Scaling groups must propagate the tag at launch.',
  config: {
    patchDocuments: {
      type: "array",
      items: { type: "string" },
      default: DEFAULT_DOCUMENTS,
      description: "SSM documents that install patches when run with Operation=Install.",
    },
  },
  types: [T.instance, AUTOSCALING_GROUP],
  check(stack, config, judge) {
    const coverage = new PatchCoverage(stack, documents(config));
    const none = coverage.sources === 0 ? " (the stack defines none)" : "";
    for (const subject of patchSubjects(stack)) {
      const covered = coverage.covers(subject);
      if (covered === "maybe") judge.unknown(`patch targets of ${subject.resource.name}`);
      if (covered !== "no") continue;
      const what = subject.resource.type === T.instance ? `Instance '${subject.resource.name}'` : `Auto Scaling group '${subject.resource.name}'`;
      judge.violation(
        `${what} is not patched on a schedule: no maintenance window task or State Manager association running AWS-RunPatchBaseline with Operation=Install targets it${none}. Tag it (e.g. "Patch Group") and target the tag from a scheduled AWS-RunPatchBaseline association or maintenance window task.`,
        subject.resource.urn,
      );
    }
  },
});
