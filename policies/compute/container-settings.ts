// Judging one setting of every container of an ECS task definition (privileged, a read-only root
// filesystem, the user): the containers that break it, named for the message, while containers and
// settings unknown during preview are recorded on the judge, never counted as breaking it. Names
// and values are shown only when the container definitions did not arrive as a secret.
import { containerDefinitionsArrivedSecret, containersOf, readContainerDefinitions } from "../aws/ecs/container-definitions";
import type { Judge } from "../lib/judge";
import type { ResourceView } from "../lib/resource-view";
import { UNKNOWN } from "../lib/unknown";
import { TASK_DEFINITION_PROPS as P } from "./types";

/** A container's verdict: why it breaks the control, which of its settings is unknown, or undefined when it passes. */
export type ContainerVerdict = { readonly breaks: string } | { readonly unknown: string } | undefined;

/** Judges one container's settings; `showValues` is false when the values may be secret. */
export type ContainerCheck = (definition: Record<string, unknown>, showValues: boolean) => ContainerVerdict;

const LISTED = 8;

/** The containers of `task` that break the control, each as `container "web" (why)`; [] when none does. */
export function offendingContainers(task: ResourceView, judge: Judge, check: ContainerCheck): string[] {
  const read = readContainerDefinitions(task.props[P.containerDefinitions]);
  if (read === undefined) return [];
  if (read === "unknown") {
    judge.unknown(P.containerDefinitions);
    return [];
  }
  if (read === "invalid") {
    judge.notApplicable(`${P.containerDefinitions} is not a JSON list of container definitions`);
    return [];
  }
  const show = !containerDefinitionsArrivedSecret(task.props);
  const offenders: string[] = [];
  for (const container of containersOf(read.list, show)) {
    if (container.definition === UNKNOWN) {
      judge.unknown(container.path);
      continue;
    }
    const verdict = check(container.definition, show);
    if (verdict === undefined) continue;
    if ("unknown" in verdict) judge.unknown(`${container.path}.${verdict.unknown}`);
    else offenders.push(`${container.label} (${verdict.breaks})`);
  }
  return offenders;
}

/** The offenders for a message: the first few, then how many more. */
export function listContainers(offenders: readonly string[]): string {
  const more = offenders.length > LISTED ? `, and ${offenders.length - LISTED} more` : "";
  return offenders.slice(0, LISTED).join(", ") + more;
}
