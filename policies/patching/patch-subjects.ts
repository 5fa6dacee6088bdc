// What can be patched, and how an SSM target could name it: instances (their tags, the tags
// their launch template stamps on them, and their id) and Auto Scaling groups (the tags they
// propagate at launch and their launch template's instance tags; their instances' ids are not
// known in advance).
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { T } from "../aws/types";
import { AUTOSCALING_GROUP } from "../aws/ec2/launch-kinds";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { at, readBool, readList, readRecord, readString } from "../lib/values";
import { launchSourceOf } from "../aws/ec2/launch-source";

export interface PatchSubject {
  readonly resource: StackResource;
  readonly tags: Map<string, string>;
  /** Some tag (or the tag map) is unknown during preview. */
  readonly tagsUnknown: boolean;
  readonly instanceId?: string;
}

function addTagMap(value: unknown, tags: Map<string, string>): boolean {
  const record = readRecord(value);
  if (record === UNKNOWN) return true;
  let unknown = false;
  for (const [key, v] of Object.entries(record ?? {})) {
    const text = readString(v);
    if (text === UNKNOWN) unknown = true;
    else if (typeof text === "string") tags.set(key, text);
  }
  return unknown;
}

/** The tags a launch template stamps on the instances it launches (tagSpecifications "instance"). */
function templateInstanceTags(template: StackResource, tags: Map<string, string>): boolean {
  const specs = readList(template.props.tagSpecifications);
  if (specs === UNKNOWN) return true;
  let unknown = false;
  for (const spec of specs ?? []) {
    const type = readString(at(spec, "resourceType"));
    if (type === UNKNOWN) unknown = true;
    else if (type === "instance") unknown = addTagMap(at(spec, "tags"), tags) || unknown;
  }
  return unknown;
}

function templateTags(stack: StackModel, resource: StackResource, tags: Map<string, string>): boolean {
  const ref = launchSourceOf(stack, resource);
  // A template named but not found (unknown during preview, or outside the stack) may stamp any tags.
  if (ref.named && !ref.source) return true;
  return ref.source?.type === T.launchTemplate ? templateInstanceTags(ref.source, tags) : false;
}

function instanceSubject(stack: StackModel, instance: StackResource): PatchSubject {
  const tags = new Map<string, string>();
  // Template tags first: the instance's own tags win on the same key.
  let unknown = templateTags(stack, instance, tags);
  unknown = addTagMap(instance.props.tagsAll, tags) || unknown;
  unknown = addTagMap(instance.props.tags, tags) || unknown;
  const id = instance.props.id;
  return { resource: instance, tags, tagsUnknown: unknown, instanceId: typeof id === "string" && !isUnknown(id) && id !== "" ? id : undefined };
}

function groupSubject(stack: StackModel, group: StackResource): PatchSubject {
  const tags = new Map<string, string>();
  let unknown = templateTags(stack, group, tags);
  const list = readList(group.props.tags);
  if (list === UNKNOWN) unknown = true;
  for (const tag of list === UNKNOWN ? [] : list ?? []) {
    const key = readString(at(tag, "key"));
    const value = readString(at(tag, "value"));
    const propagates = readBool(at(tag, "propagateAtLaunch"));
    if (key === UNKNOWN || value === UNKNOWN || propagates === UNKNOWN) unknown = true;
    else if (typeof key === "string" && typeof value === "string" && propagates === true) tags.set(key, value);
  }
  return { resource: group, tags, tagsUnknown: unknown };
}

export function patchSubjects(stack: StackModel): PatchSubject[] {
  return [
    ...stack.ofType(T.instance).map((i) => instanceSubject(stack, i)),
    ...stack.ofType(AUTOSCALING_GROUP).map((g) => groupSubject(stack, g)),
  ];
}
