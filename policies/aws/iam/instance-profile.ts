// How an instance, launch template or launch configuration names its instance profile:
// instance and launch configuration `iamInstanceProfile` (a name, or an ARN), launch template
// `iamInstanceProfile.{arn,name}`.
import type { ResourceView, StackResource } from "../../lib/resource-view";
import type { StackModel } from "../../lib/stack-model";
import { UNKNOWN, isUnknown } from "../../lib/unknown";
import { at, isRecord, readString } from "../../lib/values";
import { T } from "../types";
import { IAM } from "./types";

export type ProfileRef =
  | { readonly state: "absent" }
  | { readonly state: "unknown" }
  | { readonly state: "named"; readonly value: string };

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}

export function instanceProfileRef(resource: ResourceView): ProfileRef {
  const raw = resource.props.iamInstanceProfile;
  if (isUnknown(raw)) return { state: "unknown" };
  if (resource.type === T.launchTemplate) {
    const block = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
    if (isUnknown(block)) return { state: "unknown" };
    if (!isRecord(block)) return { state: "absent" };
    const arn = readString(at(block, "arn"));
    const name = readString(at(block, "name"));
    if (typeof arn === "string" && arn !== "") return { state: "named", value: arn };
    if (typeof name === "string" && name !== "") return { state: "named", value: name };
    return arn === UNKNOWN || name === UNKNOWN ? { state: "unknown" } : { state: "absent" };
  }
  const value = readString(raw);
  if (value === UNKNOWN) return { state: "unknown" };
  return typeof value === "string" && present(value) ? { state: "named", value } : { state: "absent" };
}

/** The profile name inside an instance-profile ARN (arn:aws:iam::123:instance-profile/path/name). */
function profileNameOf(value: string): string {
  const marker = ":instance-profile/";
  const at = value.indexOf(marker);
  if (at < 0) return value;
  const rest = value.slice(at + marker.length);
  return rest.slice(rest.lastIndexOf("/") + 1);
}

/** The stack's instance profile that `launcher` names, by dependency, then by value, name or ARN. */
export function instanceProfileOf(stack: StackModel, launcher: StackResource): StackResource | undefined {
  // An empty value asks referenced() for the dependency-linked profile only.
  const viaDeps = stack.referenced(launcher, "iamInstanceProfile", [IAM.instanceProfile], "");
  if (viaDeps.length > 0) return viaDeps[0];
  const ref = instanceProfileRef(launcher);
  if (ref.state !== "named") return undefined;
  const found = stack.referenced(launcher, "iamInstanceProfile", [IAM.instanceProfile], ref.value);
  if (found.length > 0) return found[0];
  const name = profileNameOf(ref.value);
  return name !== ref.value ? stack.referenced(launcher, "iamInstanceProfile", [IAM.instanceProfile], name)[0] : undefined;
}
