// An instance may take most of its settings from a launch template (its `launchTemplate` block).
// When the instance leaves a setting unset, the template's value applies, and the template is
// judged on its own; so the instance must not be blamed for the provider default.
import type { ResourceView } from "../../lib/resource-view";
import { T } from "../types";
import { isUnknown } from "../../lib/unknown";
import { at } from "../../lib/values";
import { readBlock } from "../read-block";

export function launchedFromTemplate(resource: ResourceView): boolean {
  if (resource.type !== T.instance) return false;
  const raw = resource.props.launchTemplate;
  if (isUnknown(raw)) return true;
  const block = readBlock(raw);
  if (block === undefined || isUnknown(block)) return block !== undefined;
  const id = at(block, "id");
  const name = at(block, "name");
  return (id !== undefined && id !== null && id !== "") || (name !== undefined && name !== null && name !== "");
}
