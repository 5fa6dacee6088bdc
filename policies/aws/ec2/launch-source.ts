// The launch template or launch configuration a resource launches from, found across the stack:
// an instance's `launchTemplate`, an Auto Scaling group's `launchTemplate`,
// `mixedInstancesPolicy.launchTemplate.launchTemplateSpecification` or `launchConfiguration`.
// Matched through propertyDependencies first, then by id or name.
import type { StackResource } from "../../lib/resource-view";
import type { StackModel } from "../../lib/stack-model";
import { T } from "../types";
import { at } from "../../lib/values";

export interface LaunchSourceRef {
  /** The template or configuration, when it is part of the stack. */
  readonly source?: StackResource;
  /** Whether the resource names a template or configuration at all. */
  readonly named: boolean;
}

function named(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}

export function launchSourceOf(stack: StackModel, resource: StackResource): LaunchSourceRef {
  const lt = resource.props.launchTemplate;
  const ltKey = at(lt, "id") ?? at(lt, "name");
  if (named(lt)) {
    const found = stack.referenced(resource, "launchTemplate", [T.launchTemplate], ltKey);
    return { source: found[0], named: true };
  }
  const mixed = resource.props.mixedInstancesPolicy;
  const spec = at(mixed, "launchTemplate", "launchTemplateSpecification");
  if (named(spec)) {
    const key = at(spec, "launchTemplateId") ?? at(spec, "launchTemplateName");
    const found = stack.referenced(resource, "mixedInstancesPolicy", [T.launchTemplate], key);
    return { source: found[0], named: true };
  }
  const lc = resource.props.launchConfiguration;
  if (named(lc)) {
    const found = stack.referenced(resource, "launchConfiguration", [T.launchConfiguration], lc);
    return { source: found[0], named: true };
  }
  return { named: false };
}
