// The (type, property path) pairs whose values are credentials: the table sensitive-inputs.json,
// read once and checked for shape, so a broken edit fails at pack start rather than silently.
import table from "./sensitive-inputs.json";

export interface SensitiveInput {
  readonly type: string;
  /** "password", "advancedSecurityOptions.masterUserOptions.masterUserPassword", "users[].password". */
  readonly property: string;
}

function load(raw: unknown): ReadonlyMap<string, readonly string[]> {
  const doc = raw as { source?: unknown; retrieved?: unknown; inputs?: unknown };
  if (typeof doc.source !== "string" || typeof doc.retrieved !== "string" || !Array.isArray(doc.inputs)) {
    throw new Error("policies/compute/sensitive-inputs.json needs source, retrieved and inputs");
  }
  const byType = new Map<string, string[]>();
  for (const entry of doc.inputs as SensitiveInput[]) {
    if (typeof entry?.type !== "string" || typeof entry.property !== "string" || entry.property === "") {
      throw new Error(`policies/compute/sensitive-inputs.json: bad entry ${JSON.stringify(entry)}`);
    }
    const list = byType.get(entry.type);
    if (list) list.push(entry.property);
    else byType.set(entry.type, [entry.property]);
  }
  return byType;
}

/** Type token → the property paths of that type that hold credentials. */
export const SENSITIVE_INPUTS = load(table);
