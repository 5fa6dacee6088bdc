// Which instances the stack's patch installs reach: maintenance window tasks (RUN_COMMAND of a
// patch document with Operation=Install, through their window targets) and scheduled State
// Manager associations of a patch document with Operation=Install. Their targets are indexed once
// by tag key/value, tag key and instance id, so judging each instance is a few map lookups.
import type { StackResource } from "../lib/resource-view";
import type { StackModel } from "../lib/stack-model";
import { T } from "../aws/types";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { at, readList, readString } from "../lib/values";
import type { PatchSubject } from "./patch-subjects";
import { SsmTarget, documentName, readTargets } from "./ssm-targets";
import { P } from "./types";
import type { Tri } from "../lib/tri";


type Verdict = boolean | typeof UNKNOWN;

function installs(values: unknown): Verdict {
  const list = readList(values);
  if (list === UNKNOWN) return UNKNOWN;
  let unknown = false;
  for (const v of list ?? []) {
    const text = readString(v);
    if (text === UNKNOWN) unknown = true;
    else if (typeof text === "string" && text.trim().toLowerCase() === "install") return true;
  }
  return unknown ? UNKNOWN : false;
}

function both(a: Verdict, b: Verdict): Verdict {
  if (a === false || b === false) return false;
  return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : true;
}

export class PatchCoverage {
  private readonly tagPairs = new Set<string>();
  private readonly tagKeys = new Set<string>();
  private readonly instanceIds = new Set<string>();
  private readonly instanceUrns = new Set<string>();
  private everything = false;
  /** Some patch source or target could not be read (unknown during preview, resource groups). */
  private uncertain = false;
  /** How many tasks and associations install patches. */
  sources = 0;

  constructor(private readonly stack: StackModel, private readonly documents: ReadonlySet<string>) {
    for (const task of stack.ofType(P.maintenanceWindowTask)) this.addTask(task);
    for (const association of stack.ofType(P.association)) this.addAssociation(association);
  }

  private patchDocument(value: unknown): Verdict {
    const name = documentName(value);
    if (name === UNKNOWN) return UNKNOWN;
    return typeof name === "string" && this.documents.has(name);
  }

  private addTask(task: StackResource): void {
    const type = readString(task.props.taskType);
    const isRunCommand: Verdict = type === UNKNOWN ? UNKNOWN : typeof type === "string" && type.trim().toUpperCase() === "RUN_COMMAND";
    const installsPatches = this.operationInstalls(task);
    const qualifies = both(both(isRunCommand, this.patchDocument(task.props.taskArn)), installsPatches);
    if (qualifies === false) return;
    if (qualifies === UNKNOWN) {
      this.uncertain = true;
      return;
    }
    this.sources++;
    const targets = readTargets(task.props.targets);
    if (targets === UNKNOWN) {
      // The window targets may still be linked through dependencies.
      this.addWindowTargets(task, undefined);
      return;
    }
    for (const target of targets ?? []) {
      if (target.key === "WindowTargetIds") this.addWindowTargets(task, target.values);
      else this.addTarget(target, task, "targets");
    }
  }

  /** Whether a task's Run Command parameters say Operation=Install (the document's default is Scan). */
  private operationInstalls(task: StackResource): Verdict {
    const parameters = readList(at(task.props.taskInvocationParameters, "runCommandParameters", "parameters"));
    if (parameters === UNKNOWN) return UNKNOWN;
    let nameUnknown = false;
    for (const p of parameters ?? []) {
      const name = readString(at(p, "name"));
      if (name === UNKNOWN) nameUnknown = true;
      else if (name === "Operation") return installs(at(p, "values"));
    }
    return nameUnknown ? UNKNOWN : false;
  }

  private addWindowTargets(task: StackResource, ids: string[] | typeof UNKNOWN | undefined): void {
    const found = new Set<StackResource>();
    // An empty value asks referenced() for the dependency-linked window targets only.
    const viaDeps = this.stack.referenced(task, "targets", [P.maintenanceWindowTarget], "");
    viaDeps.forEach((t) => found.add(t));
    if (viaDeps.length === 0 && Array.isArray(ids)) {
      for (const id of ids) this.stack.referenced(task, "targets", [P.maintenanceWindowTarget], id).forEach((t) => found.add(t));
    }
    if (found.size === 0 && (ids === undefined || ids === UNKNOWN)) this.uncertain = true;
    for (const windowTarget of found) {
      const targets = readTargets(windowTarget.props.targets);
      if (targets === UNKNOWN) this.uncertain = true;
      else for (const target of targets ?? []) this.addTarget(target, windowTarget, "targets");
    }
  }

  private addAssociation(association: StackResource): void {
    const parameters = association.props.parameters;
    const operation: Verdict = isUnknown(parameters) ? UNKNOWN : installs(at(parameters, "Operation"));
    const schedule = readString(association.props.scheduleExpression);
    // Without a schedule an association runs once, at creation: no ongoing patching.
    const scheduled: Verdict = schedule === UNKNOWN ? UNKNOWN : typeof schedule === "string" && schedule.trim() !== "";
    const qualifies = both(both(this.patchDocument(association.props.name), operation), scheduled);
    if (qualifies === false) return;
    if (qualifies === UNKNOWN) {
      this.uncertain = true;
      return;
    }
    this.sources++;
    const targets = readTargets(association.props.targets);
    if (targets === UNKNOWN) this.uncertain = true;
    else for (const target of targets ?? []) this.addTarget(target, association, "targets");
  }

  private addTarget(target: SsmTarget, holder: StackResource, prop: string): void {
    const { key, values } = target;
    if (key === "InstanceIds") {
      if (values === UNKNOWN) {
        const instances = (holder.propertyDependencies[prop] ?? []).map((u) => this.stack.byUrn(u)).filter((r) => r?.type === T.instance);
        if (instances.length === 0) this.uncertain = true;
        instances.forEach((r) => this.instanceUrns.add(r!.urn));
        return;
      }
      for (const id of values) {
        if (id === "*") this.everything = true;
        else this.instanceIds.add(id);
      }
      // Ids taken from instance outputs also link the instances through dependencies.
      for (const urn of holder.propertyDependencies[prop] ?? []) if (this.stack.byUrn(urn)?.type === T.instance) this.instanceUrns.add(urn);
      return;
    }
    if (key.startsWith("tag:")) {
      if (values === UNKNOWN) this.uncertain = true;
      else for (const v of values) this.tagPairs.add(`${key.slice(4)}\u0000${v}`);
      return;
    }
    if (key === "tag-key") {
      if (values === UNKNOWN) this.uncertain = true;
      else for (const v of values) this.tagKeys.add(v);
      return;
    }
    // Resource groups and other keys cannot be resolved from the stack.
    this.uncertain = true;
  }

  covers(subject: PatchSubject): Tri {
    if (this.everything || this.instanceUrns.has(subject.resource.urn)) return "yes";
    if (subject.instanceId !== undefined && this.instanceIds.has(subject.instanceId)) return "yes";
    for (const [key, value] of subject.tags) {
      if (this.tagKeys.has(key) || this.tagPairs.has(`${key}\u0000${value}`)) return "yes";
    }
    return subject.tagsUnknown || this.uncertain ? "maybe" : "no";
  }
}
