// The containers of an ECS task definition, read once for every policy that judges them. The
// provider takes containerDefinitions as a JSON string (often built with pulumi.jsonStringify, so
// the whole string is unknown during a preview when any part of it is); exports may carry the list
// itself. ECS Developer Guide, "Container definitions":
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definitions
import { valuesAtPath } from "../../lib/secret-paths";
import { wireFormOf } from "../../lib/secret-tracking";
import { UNKNOWN, Unknown, isUnknown } from "../../lib/unknown";
import { isRecord, readList } from "../../lib/values";
import { CONTAINER_PROPS as C, TASK_DEFINITION_PROPS as P } from "./types";

/** The list of container definitions, or why there is none to read. */
export type ContainerList = { readonly list: readonly unknown[] } | "unknown" | "invalid" | undefined;

export function readContainerDefinitions(value: unknown): ContainerList {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return "unknown";
  let doc: unknown = value;
  if (typeof value === "string") {
    try {
      doc = JSON.parse(value);
    } catch {
      return "invalid";
    }
  }
  const list = readList(doc);
  return Array.isArray(list) ? { list } : "invalid";
}

/** Whether the container definitions arrived as a secret (then the names and values inside them are secret too). */
export function containerDefinitionsArrivedSecret(props: object): boolean {
  const wire = wireFormOf(props);
  return wire === undefined || valuesAtPath(wire, P.containerDefinitions).some((v) => v.state === "secret");
}

export interface Container {
  /** Where it is: "containerDefinitions[1]". */
  readonly path: string;
  /** `container "web"` when it has a name that may be shown, else its path. */
  readonly label: string;
  /** Its settings, UNKNOWN when the whole entry is unknown during preview. */
  readonly definition: Record<string, unknown> | Unknown;
}

/** The list's container definitions; entries that are no object (AWS rejects them) are left out. */
export function containersOf(list: readonly unknown[], showNames: boolean): Container[] {
  const out: Container[] = [];
  for (const [i, entry] of list.entries()) {
    const path = `${P.containerDefinitions}[${i}]`;
    if (isUnknown(entry)) out.push({ path, label: path, definition: UNKNOWN });
    else if (isRecord(entry)) {
      const name = entry[C.name];
      const label = showNames && typeof name === "string" && !isUnknown(name) ? `container "${name}"` : path;
      out.push({ path, label, definition: entry });
    }
  }
  return out;
}
