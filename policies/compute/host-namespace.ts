// Whether a task definition shares one of the host's namespaces with its containers: pidMode or
// networkMode set to "host" (ECS Developer Guide, "Task definition parameters":
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html).
import { UNKNOWN, Unknown } from "../lib/unknown";
import { readString } from "../lib/values";

/** true when `value` is "host", UNKNOWN during preview. */
export function sharesHost(value: unknown): boolean | Unknown {
  const mode = readString(value);
  if (mode === UNKNOWN) return UNKNOWN;
  return mode !== undefined && mode.trim().toLowerCase() === "host";
}
