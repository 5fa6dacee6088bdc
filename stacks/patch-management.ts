// Scheduled patching with SSM Patch Manager (SSM.2, SSM.3, the pack's `patch-baseline-auto-approval`
// and `patching-coverage`): one baseline per operating system that approves security updates
// within a week, registered for a patch group; a weekly maintenance window whose task runs
// AWS-RunPatchBaseline with Operation=Install on every instance tagged with that patch group.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { PATCH_GROUP_TAG } from "./lib/patch-group";

/** Operating systems with a baseline recipe here (SSM's names). */
export type PatchOperatingSystem = "AMAZON_LINUX_2023" | "AMAZON_LINUX_2" | "UBUNTU" | "DEBIAN";

export interface PatchManagementArgs {
  /** The patch group (value of the `PatchGroup` tag) to patch; the web tier's `patchGroup`. Default "rampart-web". */
  patchGroup?: string;
  /** One baseline per operating system. Default ["AMAZON_LINUX_2023"]. */
  operatingSystems?: PatchOperatingSystem[];
  /**
   * Days after release before a security update is approved (0–7 keeps to the pack's limit). Default 7.
   * SSM ignores approval delays on Debian and Ubuntu; their rules approve matching updates as soon as
   * the mirrors carry them, which is within the same limit.
   */
  approveAfterDays?: number;
  /** Compliance severity reported for missing approved patches. Default "CRITICAL". */
  complianceLevel?: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";
  /** Maintenance window schedule. Default weekly, Sunday 03:00: "cron(0 3 ? * SUN *)". */
  schedule?: string;
  /** IANA time zone of the schedule. Default "UTC". */
  scheduleTimezone?: string;
  /** Window length and the hours before its end when no new task starts. Defaults 3 and 1. */
  durationHours?: number;
  cutoffHours?: number;
  /** Reboot when a patch needs it ("RebootIfNeeded"), or never ("NoReboot"). Default "RebootIfNeeded". */
  rebootOption?: "RebootIfNeeded" | "NoReboot";
  /** How many instances patch at once, and how many may fail before the task stops. Defaults "25%" and "10%". */
  maxConcurrency?: string;
  maxErrors?: string;
  tags?: Record<string, string>;
}

export class PatchManagement extends pulumi.ComponentResource {
  readonly baselines: aws.ssm.PatchBaseline[];
  readonly maintenanceWindow: aws.ssm.MaintenanceWindow;
  readonly maintenanceWindowId: pulumi.Output<string>;
  readonly patchGroup: string;

  constructor(name: string, args: PatchManagementArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:stacks:PatchManagement", name, {}, opts);
    const child = { parent: this };
    const tags = args.tags ?? {};
    this.patchGroup = args.patchGroup ?? "rampart-web";
    const approveAfterDays = args.approveAfterDays ?? 7;
    if (!Number.isInteger(approveAfterDays) || approveAfterDays < 0 || approveAfterDays > 360) {
      throw new Error(`PatchManagement ${name}: approveAfterDays must be a whole number from 0 to 360`);
    }
    const systems = [...new Set<PatchOperatingSystem>(args.operatingSystems ?? ["AMAZON_LINUX_2023"])];
    if (systems.length === 0) throw new Error(`PatchManagement ${name}: operatingSystems is empty`);
    const complianceLevel = args.complianceLevel ?? "CRITICAL";

    this.baselines = systems.map((os) => {
      const baseline = new aws.ssm.PatchBaseline(`${name}-${os.toLowerCase().replace(/_/g, "-")}`, {
        description: `Security updates for ${os}, approved within ${approveAfterDays} days`,
        operatingSystem: os,
        approvalRules: [approvalRule(os, approveAfterDays, complianceLevel)],
        tags,
      }, child);
      new aws.ssm.PatchGroup(`${name}-${os.toLowerCase().replace(/_/g, "-")}`, {
        baselineId: baseline.id,
        patchGroup: this.patchGroup,
      }, child);
      return baseline;
    });

    this.maintenanceWindow = new aws.ssm.MaintenanceWindow(`${name}-window`, {
      description: `Weekly patch installation for patch group ${this.patchGroup}`,
      schedule: args.schedule ?? "cron(0 3 ? * SUN *)",
      scheduleTimezone: args.scheduleTimezone ?? "UTC",
      duration: args.durationHours ?? 3,
      cutoff: args.cutoffHours ?? 1,
      allowUnassociatedTargets: false,
      enabled: true,
      tags,
    }, child);
    this.maintenanceWindowId = this.maintenanceWindow.id;

    const target = new aws.ssm.MaintenanceWindowTarget(`${name}-targets`, {
      windowId: this.maintenanceWindow.id,
      resourceType: "INSTANCE",
      description: `Instances tagged ${PATCH_GROUP_TAG}=${this.patchGroup}`,
      targets: [{ key: `tag:${PATCH_GROUP_TAG}`, values: [this.patchGroup] }],
    }, child);

    new aws.ssm.MaintenanceWindowTask(`${name}-install`, {
      windowId: this.maintenanceWindow.id,
      description: "Scan and install approved patches",
      taskType: "RUN_COMMAND",
      taskArn: "AWS-RunPatchBaseline",
      priority: 1,
      maxConcurrency: args.maxConcurrency ?? "25%",
      maxErrors: args.maxErrors ?? "10%",
      targets: [{ key: "WindowTargetIds", values: [target.id] }],
      taskInvocationParameters: {
        runCommandParameters: {
          timeoutSeconds: 3600,
          parameters: [
            { name: "Operation", values: ["Install"] },
            { name: "RebootOption", values: [args.rebootOption ?? "RebootIfNeeded"] },
          ],
        },
      },
    }, child);

    this.registerOutputs({ maintenanceWindowId: this.maintenanceWindowId });
  }
}

type ApprovalRule = aws.types.input.ssm.PatchBaselineApprovalRule;

/**
 * Security updates of one operating system. Debian and Ubuntu have no classification or
 * approval delay in SSM: Patch Manager takes their security updates from the distribution's
 * security repository, filtered by package priority and section (every priority, as AWS's own
 * Debian and Ubuntu baselines do, since security fixes ship at every priority), approved at once.
 */
export function approvalRule(os: PatchOperatingSystem, approveAfterDays: number, complianceLevel: string): ApprovalRule {
  if (os === "UBUNTU" || os === "DEBIAN") {
    return {
      complianceLevel,
      enableNonSecurity: false,
      patchFilters: [
        { key: "PRODUCT", values: ["*"] },
        { key: "SECTION", values: ["*"] },
        { key: "PRIORITY", values: ["Required", "Important", "Standard", "Optional", "Extra"] },
      ],
    };
  }
  return {
    approveAfterDays,
    complianceLevel,
    enableNonSecurity: false,
    patchFilters: [
      { key: "PRODUCT", values: ["*"] },
      { key: "CLASSIFICATION", values: ["Security"] },
      { key: "SEVERITY", values: ["Critical", "Important", "Medium", "Low"] },
    ],
  };
}
