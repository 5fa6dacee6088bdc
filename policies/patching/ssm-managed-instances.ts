// SSM-managed instances: every instance, launch template and launch configuration has an
// instance profile whose role carries AmazonSSMManagedInstanceCore, so SSM Agent can register
// the instance: Patch Manager can patch it and Session Manager replaces SSH.
import { stackPolicy } from "../lib/control";
import type { Judge } from "../lib/judge";
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { isUnknown } from "../lib/unknown";
import { readBool, readList, readString } from "../lib/values";
import { launchedFromTemplate } from "../aws/ec2/launch-template-ref";
import { LAUNCH_TYPES, launchKindOf } from "../aws/ec2/launch-kinds";
import { IamGraph, iamGraphOf, normalisedArn } from "../aws/iam/graph";
import { instanceProfileOf, instanceProfileRef } from "../aws/iam/instance-profile";
import { IAM } from "../aws/iam/types";
import { SSM_CORE_POLICY } from "./types";

export interface SsmManagedConfig {
  acceptedPolicyArns: string[];
  allowDefaultHostManagement: boolean;
}

const FIX = `Attach ${SSM_CORE_POLICY} to the role (aws.iam.RolePolicyAttachment).`;

function label(resource: StackResource): string {
  const kind = launchKindOf(resource.type) ?? "instance";
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} '${resource.name}'`;
}

function acceptedArns(config: SsmManagedConfig): Set<string> {
  const list = readList(config.acceptedPolicyArns);
  const arns = (Array.isArray(list) ? list : []).filter((a): a is string => typeof a === "string" && a.trim() !== "");
  return new Set((arns.length > 0 ? arns : [SSM_CORE_POLICY]).map(normalisedArn));
}

function judgeLauncher(stack: StackModel, iam: IamGraph, accepted: Set<string>, config: SsmManagedConfig, resource: StackResource, judge: Judge): void {
  const ref = instanceProfileRef(resource);
  const profile = instanceProfileOf(stack, resource);
  if (ref.state === "absent" && !profile) {
    // An instance launched from a template takes the template's profile; the template is judged.
    if (launchedFromTemplate(resource) || readBool(config.allowDefaultHostManagement) === true) return;
    return judge.violation(
      `${label(resource)} has no instance profile (iamInstanceProfile), so SSM Agent cannot register it: Patch Manager cannot patch it and Session Manager cannot reach it. Give it an instance profile whose role carries AmazonSSMManagedInstanceCore.`,
      resource.urn,
    );
  }
  if (!profile) {
    // Unknown during preview, or a profile managed outside this stack: it cannot be verified here.
    return judge.unknown(ref.state === "unknown" ? `instance profile of ${resource.name}` : `instance profile of ${resource.name} (not in this stack)`);
  }
  const roleValue = profile.props.role;
  const role = stack.referenced(profile, "role", [IAM.role])[0];
  if (!role) {
    if (isUnknown(roleValue)) return judge.unknown(`role of instance profile ${profile.name}`);
    const named = readString(roleValue);
    if (typeof named === "string" && named !== "") return judge.unknown(`role of instance profile ${profile.name} (not in this stack)`);
    return judge.violation(
      `${label(resource)} uses instance profile '${profile.name}', which has no role, so SSM Agent cannot register the instance. Give the profile a role that carries AmazonSSMManagedInstanceCore.`,
      resource.urn,
    );
  }
  const carries = iam.carriesManagedPolicy(role, accepted);
  if (carries === "maybe") return judge.unknown(`policies attached to role ${role.name}`);
  if (carries === "no") {
    judge.violation(
      `${label(resource)} uses instance profile '${profile.name}', whose role '${role.name}' does not carry AmazonSSMManagedInstanceCore: SSM Agent cannot register the instance, so Patch Manager cannot patch it and Session Manager cannot reach it. ${FIX}`,
      resource.urn,
    );
  }
}

export const ssmManagedInstances = stackPolicy<SsmManagedConfig>({
  name: "ssm-managed-instances",
  description:
    "Every instance, launch template and launch configuration has an instance profile whose role carries AmazonSSMManagedInstanceCore (or another policy in acceptedPolicyArns), traced across the stack: instance profile → role → Role.managedPolicyArns, RolePolicyAttachment, RolePolicyAttachmentsExclusive or PolicyAttachment. Profiles and roles outside the stack cannot be verified and are reported as not applicable.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "patching",
  references: [{ framework: "aws-fsbp", ids: ["SSM.1"] }],
  remediationSteps:
    `Create a role that EC2 can assume, attach ${SSM_CORE_POLICY} with aws.iam.RolePolicyAttachment, wrap it in an aws.iam.InstanceProfile and set iamInstanceProfile on the instance (launch templates: iamInstanceProfile: { arn } or { name }). Accounts that use Systems Manager Default Host Management Configuration can set allowDefaultHostManagement.`,
  config: {
    acceptedPolicyArns: {
      type: "array",
      items: { type: "string" },
      default: [SSM_CORE_POLICY],
      description: "Managed policies that let SSM Agent register the instance (the partition is ignored).",
    },
    allowDefaultHostManagement: {
      type: "boolean",
      default: false,
      description: "The account uses Default Host Management Configuration, so instances without an instance profile are managed too.",
    },
  },
  types: LAUNCH_TYPES,
  check(stack, config, judge) {
    const iam = iamGraphOf(stack);
    const accepted = acceptedArns(config);
    for (const resource of stack.ofType(...LAUNCH_TYPES)) judgeLauncher(stack, iam, accepted, config, resource, judge);
  },
});
