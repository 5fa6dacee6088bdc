// Turns one resource of Pulumi's state shape (a stack export resource, or a preview step's
// newState) into a CheckedResource, checking each field it relies on.
import { InputError } from "./input-error";
import { CheckedResource, defaultOptions, nameFromUrn } from "./resource";
import { UNKNOWN_STRING, WireOptions, WireValueError, toWireProperties } from "./wire-values";

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function stringList(v: unknown, file: string, field: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new InputError(file, field, "expected a list of strings");
  return v as string[];
}

export function fromStateResource(raw: unknown, file: string, field: string, wire: WireOptions, preview: boolean): CheckedResource {
  if (!isRecord(raw)) throw new InputError(file, field, "expected a resource object");
  const { urn, type } = raw;
  if (typeof urn !== "string" || !urn.startsWith("urn:pulumi:")) throw new InputError(file, `${field}.urn`, "missing or not a Pulumi URN");
  if (typeof type !== "string" || type === "") throw new InputError(file, `${field}.type`, "missing resource type");
  for (const key of ["inputs", "outputs", "propertyDependencies"] as const) {
    if (raw[key] !== undefined && raw[key] !== null && !isRecord(raw[key])) throw new InputError(file, `${field}.${key}`, "expected an object");
  }
  const wireOf = (key: "inputs" | "outputs") => {
    try {
      return toWireProperties(raw[key], wire);
    } catch (e) {
      if (e instanceof WireValueError) throw new InputError(file, `${field}.${key}${e.at}`, `${e.message} (resource ${urn})`);
      throw e;
    }
  };
  const inputs = wireOf("inputs");
  let outputs = wireOf("outputs");
  const custom = raw.custom !== false;
  const id = typeof raw.id === "string" && raw.id !== "" ? raw.id : undefined;
  // A resource not yet created has no outputs: the engine analyses its inputs, with the id unknown.
  if (Object.keys(outputs).length === 0) outputs = { ...inputs };
  if (custom && outputs.id === undefined) outputs.id = id ?? (preview ? UNKNOWN_STRING : undefined);
  if (outputs.id === undefined) delete outputs.id;
  const propertyDependencies: Record<string, string[]> = {};
  for (const [prop, deps] of Object.entries((raw.propertyDependencies as Record<string, unknown>) ?? {})) {
    propertyDependencies[prop] = stringList(deps, file, `${field}.propertyDependencies.${prop}`);
  }
  if (raw.parent !== undefined && raw.parent !== null && typeof raw.parent !== "string") throw new InputError(file, `${field}.parent`, "expected a URN string");
  if (raw.provider !== undefined && raw.provider !== null && typeof raw.provider !== "string") throw new InputError(file, `${field}.provider`, "expected a provider reference string");
  const options = defaultOptions();
  options.protect = raw.protect === true;
  options.additionalSecretOutputs = stringList(raw.additionalSecretOutputs, file, `${field}.additionalSecretOutputs`);
  options.aliases = stringList(raw.aliases, file, `${field}.aliases`).filter((a) => typeof a === "string");
  if (typeof raw.deleteBeforeReplace === "boolean") options.deleteBeforeReplace = raw.deleteBeforeReplace;
  // Only located, never checked: a malformed position is the locator's to warn about and pass over.
  const position = raw.sourcePosition;
  const sourcePositions = position === undefined || position === null ? undefined : [typeof position === "string" ? position : JSON.stringify(position)];
  return {
    urn,
    type,
    name: nameFromUrn(urn),
    custom,
    id,
    inputs,
    outputs,
    parent: (raw.parent as string | undefined) || undefined,
    dependencies: stringList(raw.dependencies, file, `${field}.dependencies`),
    propertyDependencies,
    provider: (raw.provider as string | undefined) || undefined,
    options,
    ...(sourcePositions ? { sourcePositions } : {}),
  };
}
