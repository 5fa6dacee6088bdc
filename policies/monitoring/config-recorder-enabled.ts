// config-recorder-enabled: AWS Config records every resource type of the region (Config.1). A
// configuration recorder records nothing until an aws.cfg.RecorderStatus starts it (isEnabled),
// which needs a delivery channel; recordingGroup.allSupported (true by default) records all
// supported types, and Config.1 also expects the recorder to use the AWSServiceRoleForConfig
// service-linked role (Security Hub controls reference, "[Config.1] AWS Config should be enabled
// and use the service-linked role for resource recording"; where Security Hub's own
// service-linked recorder runs, Security Hub passes Config.1 regardless, but a customer recorder
// is what delivers configuration history to the account's bucket). There is one recorder per account
// and region, so whether a stack must create one is a per-stack choice (requireRecorder, off by
// default): the account baseline stack turns it on, workload stacks leave it off and are judged
// only on the recorders they do create.
import type { StackResource } from "../lib/resource-view";
import { stackPolicy } from "../lib/control";
import type { Judge } from "../lib/judge";
import type { StackModel } from "../lib/stack-model";
import { isUnknown } from "../lib/unknown";
import { at, readBool, readString } from "../lib/values";
import { MON, RECORDER_PROPS as R, RECORDER_STATUS_PROPS as S } from "./types";

interface Config {
  requireRecorder: boolean;
  requireServiceLinkedRole: boolean;
}

const SERVICE_LINKED_ROLE = /:role\/aws-service-role\/config\.amazonaws\.com\/AWSServiceRoleForConfig$/;

/** A recorder's or status's recorder name: "default" when unset, as the provider defaults it. */
function nameOf(r: StackResource, prop: string): string | undefined {
  const name = readString(r.props[prop]);
  if (isUnknown(name)) return undefined;
  return typeof name === "string" && name.trim() !== "" ? name.trim() : "default";
}

/** The started state of a recorder: "yes" (a status starts it), "no", or "maybe" during preview. */
function started(stack: StackModel, recorder: StackResource): "yes" | "no" | "maybe" {
  let maybe = false;
  const recorderName = nameOf(recorder, R.name);
  for (const status of stack.ofType(MON.configRecorderStatus)) {
    const deps = status.propertyDependencies[S.name] ?? [];
    const statusName = nameOf(status, S.name);
    const matches = deps.includes(recorder.urn) || (deps.length === 0 && statusName !== undefined && statusName === recorderName);
    const unsure = !matches && deps.length === 0 && (statusName === undefined || recorderName === undefined);
    if (!matches && !unsure) continue;
    const enabled = readBool(status.props[S.isEnabled]);
    if (matches && enabled === true) return "yes";
    if (enabled !== false) maybe = true;
  }
  return maybe ? "maybe" : "no";
}

function judgeRecorder(stack: StackModel, recorder: StackResource, config: Config, judge: Judge): void {
  const state = started(stack, recorder);
  if (state === "maybe") judge.unknown(`the status of ${recorder.name}`);
  else if (state === "no") {
    judge.violation(
      `AWS Config recorder "${recorder.name}" is never started (no aws.cfg.RecorderStatus with isEnabled true names it). ` +
        "Add one, after the delivery channel.",
      recorder.urn,
    );
  }
  const all = readBool(at(recorder.props, R.recordingGroup, "allSupported"));
  if (isUnknown(all)) judge.unknown(`recordingGroup.allSupported of ${recorder.name}`);
  else if (all === false) {
    judge.violation(`AWS Config recorder "${recorder.name}" records only some resource types (recordingGroup.allSupported is false). Record all supported types.`, recorder.urn);
  }
  if (readBool(config.requireServiceLinkedRole) !== true) return;
  if (stack.referenced(recorder, R.roleArn, [MON.serviceLinkedRole]).length > 0) return;
  const role = readString(recorder.props[R.roleArn]);
  if (isUnknown(role)) return judge.unknown(`roleArn of ${recorder.name}`);
  if (typeof role === "string" && SERVICE_LINKED_ROLE.test(role.trim())) return;
  judge.violation(
    `AWS Config recorder "${recorder.name}" does not use the AWSServiceRoleForConfig service-linked role (roleArn). ` +
      "Point roleArn at arn:<partition>:iam::<account>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig.",
    recorder.urn,
  );
}

export const configRecorderEnabled = stackPolicy<Config>({
  name: "config-recorder-enabled",
  description:
    "AWS Config recorders in the stack are started, record all supported resource types and use the service-linked role; " +
    "optionally (requireRecorder), the stack must create one.",
  severity: "medium",
  // Hygiene: an unrecorded configuration exposes nothing by itself (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["Config.1"] }, { framework: "cis-aws", ids: ["3.3"] }],
  remediationSteps:
    "In the account baseline stack create an aws.cfg.Recorder (recordingGroup allSupported and includeGlobalResourceTypes true, roleArn the " +
    "AWSServiceRoleForConfig service-linked role), an aws.cfg.DeliveryChannel to a hardened bucket, and an aws.cfg.RecorderStatus with " +
    "isEnabled true that depends on the channel; set requireRecorder for that stack.",
  config: {
    requireRecorder: {
      type: "boolean",
      default: false,
      description: "Report a stack that creates no AWS Config recorder (set it for the account baseline stack; one recorder per account and region).",
    },
    requireServiceLinkedRole: {
      type: "boolean",
      default: true,
      description: "Report a recorder whose roleArn is not the AWSServiceRoleForConfig service-linked role (Config.1 checks it).",
    },
  },
  check(stack, config, judge) {
    const recorders = stack.ofType(MON.configRecorder);
    if (recorders.length === 0 && readBool(config.requireRecorder) === true) {
      judge.violation(
        "This stack creates no AWS Config recorder (requireRecorder is set). Add an aws.cfg.Recorder, a DeliveryChannel and a RecorderStatus " +
          "so configuration changes are recorded, or record through an organization-wide setup.",
      );
    }
    for (const recorder of recorders) judgeRecorder(stack, recorder, config, judge);
  },
});
