// SSM target lists ([{ key, values }]) as maintenance window targets, maintenance window tasks
// and State Manager associations spell them: "InstanceIds", "tag:<Key>", "tag-key",
// "WindowTargetIds", "resource-groups:Name".
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { Read, at, readList, readString } from "../lib/values";

export interface SsmTarget {
  readonly key: string;
  /** The values; UNKNOWN when the list or one of its items is unknown during preview. */
  readonly values: string[] | typeof UNKNOWN;
}

export function readTargets(value: unknown): Read<SsmTarget[]> {
  const list = readList(value);
  if (list === UNKNOWN) return UNKNOWN;
  const targets: SsmTarget[] = [];
  for (const item of list ?? []) {
    if (isUnknown(item)) return UNKNOWN;
    const key = readString(at(item, "key"));
    if (key === UNKNOWN) return UNKNOWN;
    if (typeof key !== "string" || key === "") continue;
    const values = readList(at(item, "values"));
    const unknown = values === UNKNOWN || (values ?? []).some((v) => isUnknown(v));
    targets.push({
      key: key.trim(),
      values: unknown ? UNKNOWN : (values ?? []).map((v) => readString(v)).filter((v): v is string => typeof v === "string"),
    });
  }
  return targets;
}

/** The SSM document name of a task or association: a name, or the name at the end of a document ARN. */
export function documentName(value: unknown): string | typeof UNKNOWN | undefined {
  const text = readString(value);
  if (typeof text !== "string") return text;
  const marker = ":document/";
  const at = text.indexOf(marker);
  return (at >= 0 ? text.slice(at + marker.length) : text).trim();
}
