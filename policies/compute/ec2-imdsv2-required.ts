// IMDSv2 only: session tokens defeat the SSRF and open-proxy tricks that read instance role
// credentials through IMDSv1.
import type { Judge } from "../lib/judge";
import { resourcePolicy } from "../lib/control";
import type { ResourceView } from "../lib/resource-view";
import { UNKNOWN } from "../lib/unknown";
import { Fix, withFixes } from "./fixed-inputs";
import { ImdsSettings, imdsDisabled, readImds } from "./imds";
import { launchedFromTemplate } from "../aws/ec2/launch-template-ref";
import { quoteIfKnown } from "../lib/safe-text";
import { LAUNCH_TYPES, LaunchKind, launchKindOf } from "../aws/ec2/launch-kinds";

type Verdict =
  | { readonly kind: "ok" }
  | { readonly kind: "unknown"; readonly what: string }
  | { readonly kind: "violation"; readonly message: string };

const FIX = 'Set metadataOptions.httpTokens to "required" (or switch the endpoint off with httpEndpoint "disabled").';

function unsetMeaning(kind: LaunchKind): string {
  if (kind === "instance") {
    return "so the instance falls back to its AMI's default (IMDSv1 stays enabled unless the AMI is registered with ImdsSupport v2.0) and the account's regional IMDS defaults";
  }
  return `and ${kind}s default to "optional", so IMDSv1 stays enabled`;
}

function judgeImds(resource: ResourceView, imds: ImdsSettings): Verdict {
  const kind = launchKindOf(resource.type) ?? "instance";
  if (imds.block === "unknown") return { kind: "unknown", what: "metadataOptions" };
  if (imdsDisabled(imds) || imds.tokens === "required") return { kind: "ok" };
  if (imds.tokens === UNKNOWN) return { kind: "unknown", what: "metadataOptions.httpTokens" };
  // An unknown endpoint might be "disabled", which would make the token setting moot.
  if (imds.endpoint === UNKNOWN) return { kind: "unknown", what: "metadataOptions.httpEndpoint" };
  if (imds.tokens === undefined) {
    // The instance inherits the launch template's setting; the template is judged on its own.
    if (launchedFromTemplate(resource)) return { kind: "ok" };
    return { kind: "violation", message: `The ${kind} does not require IMDSv2: metadataOptions.httpTokens is not set, ${unsetMeaning(kind)}. ${FIX}` };
  }
  const value = quoteIfKnown(imds.tokens, ["optional", "required"]);
  return { kind: "violation", message: `The ${kind} does not require IMDSv2: metadataOptions.httpTokens is ${value}, which leaves IMDSv1 enabled. ${FIX}` };
}

function verdictOf(resource: ResourceView): Verdict {
  return judgeImds(resource, readImds(resource));
}

export const ec2Imdsv2Required = resourcePolicy<Record<string, never>>({
  name: "ec2-imdsv2-required",
  description:
    "EC2 instances, launch templates and launch configurations require IMDSv2 session tokens (metadataOptions.httpTokens = \"required\"), unless the metadata endpoint is disabled.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.8", "EC2.170", "AutoScaling.3"] },
    { framework: "cis-aws", ids: ["5.6"] },
    { framework: "aws-ct", ids: ["CT.EC2.PR.1"] },
  ],
  remediationSteps:
    'Add metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" } to the instance, launch template or launch configuration. Software on the instance must use IMDSv2 (current AWS SDKs and the AWS CLI do). With enforcementLevel "remediate" Rampart sets httpTokens to "required" and keeps the other metadata options.',
  types: LAUNCH_TYPES,
  check(resource: ResourceView, _config, judge: Judge) {
    const verdict = verdictOf(resource);
    if (verdict.kind === "unknown") judge.unknown(verdict.what);
    if (verdict.kind === "violation") judge.violation(verdict.message);
  },
  remediate(resource: ResourceView) {
    if (verdictOf(resource).kind !== "violation") return undefined;
    const current = resource.props.metadataOptions;
    const listShaped = Array.isArray(current) && current.length === 1;
    const fix: Fix = { path: listShaped ? ["metadataOptions", 0, "httpTokens"] : ["metadataOptions", "httpTokens"], value: "required" };
    return withFixes(resource.props, [fix]);
  },
});
