// Validates a policy-pack config file (a baseline) for any pack, given its policies' names and
// configSchemas: everything the Pulumi CLI checks (levels, each policy's properties against its
// schema) and what it lets slip (unknown policy names, properties it would ignore, exceptions
// whose expiry is too far ahead or already past, globs that do not parse, duplicate keys).
import * as fs from "fs";
import type { ValidateFunction } from "ajv";
import { kindOf, schemaProblems, sharedAjv } from "../../policies/lib/ajv-lazy";
import { dayOf, today } from "../../policies/lib/dates";
import { checkExceptionList, maxDaysOf } from "../../policies/lib/exception-list";
import { readJson, pointerJoin, positionOf, unreadableText } from "./json-source";
import { ALL_KEY, ENFORCEMENT_LEVELS, ENVIRONMENTS_KEY, PolicySchemaInfo, environmentsOf, isEnforcementLevel, schemaDefaults } from "./pack-info";
import { didYouMean } from "../../policies/lib/suggest";

export interface BaselineProblem {
  readonly file: string;
  /** JSON pointer to the offending value ("" is the whole document). */
  readonly path: string;
  readonly message: string;
  readonly severity: "error" | "warning";
  /** 1-based position of the offending value (or of the syntax error), when known. */
  readonly line?: number;
  readonly column?: number;
}

export interface ValidateOptions {
  /** "YYYY-MM-DD"; defaults to today (RAMPART_TODAY or the clock). */
  readonly today?: string;
  /** Named in messages about unknown policies. */
  readonly packName?: string;
}

const LEVEL_LIST = ENFORCEMENT_LEVELS.join(", ");

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** True when a policy's `exceptions` property is Rampart's (entries with resource/reason/expires). */
function hasRampartExceptions(policy: PolicySchemaInfo): boolean {
  const prop = policy.configSchema?.properties?.exceptions as { items?: { properties?: Record<string, unknown> } } | undefined;
  const items = prop?.items?.properties;
  return !!items && "expires" in items && "reason" in items && "resource" in items;
}

// Compiled per distinct schema and kept: the checker validates once per run, tests many times.
const validators = new Map<string, ValidateFunction | string>();

function validatorFor(policy: PolicySchemaInfo): ValidateFunction | string {
  const schema = {
    type: "object",
    properties: { ...(policy.configSchema?.properties ?? {}) },
    ...(policy.configSchema?.required?.length ? { required: [...policy.configSchema.required] } : {}),
    additionalProperties: false,
  };
  const key = JSON.stringify(schema);
  let v = validators.get(key);
  if (v === undefined) {
    try {
      v = sharedAjv().compile(schema);
    } catch (e) {
      v = `the pack's configSchema for ${policy.name} cannot be compiled (${e instanceof Error ? e.message : String(e)}), so its properties were not checked`;
    }
    validators.set(key, v);
  }
  return v;
}

export function validateBaselineText(text: string, file: string, policies: readonly PolicySchemaInfo[], options: ValidateOptions = {}): BaselineProblem[] {
  const problems: BaselineProblem[] = [];
  const unreadable = unreadableText(text);
  if (unreadable) return [{ file, path: "", message: unreadable, severity: "error", line: 1, column: 1 }];
  const source = readJson(text);
  if (!source.ok) {
    const { line, column } = positionOf(text, source.offset);
    return [{ file, path: "", message: `not valid JSON: ${source.message} at line ${line}, column ${column}`, severity: "error", line, column }];
  }
  const add = (path: string, message: string, severity: "error" | "warning" = "error"): void => {
    // A missing property has no offset of its own: point at the nearest enclosing value.
    let at = path;
    while (!source.offsets.has(at) && at !== "") at = at.slice(0, at.lastIndexOf("/"));
    const offset = source.offsets.get(at);
    const pos = offset === undefined ? undefined : positionOf(text, offset);
    problems.push({ file, path, message, severity, ...(pos ? { line: pos.line, column: pos.column } : {}) });
  };
  // Fail closed: the Pulumi CLI keeps only the last value, which could quietly weaken a policy.
  for (const dup of source.duplicates) {
    const first = positionOf(text, dup.firstOffset);
    add(dup.pointer, `this key appears more than once (its first value is at line ${first.line}, column ${first.column}); only the last would count, so remove one`);
  }

  const doc = source.value;
  if (!isRecord(doc)) {
    add("", `must be an object mapping policy names to enforcement levels or configs, not ${kindOf(doc)}`);
    return problems;
  }
  const todayDay = dayOf(options.today) ?? today();
  const byName = new Map(policies.map((p) => [p.name, p]));
  for (const [name, value] of Object.entries(doc)) {
    const path = pointerJoin("", name);
    if (name === ALL_KEY) {
      checkAll(value, path, add);
      continue;
    }
    if (name === ENVIRONMENTS_KEY) {
      const environments = environmentsOf(doc);
      if (environments && "problem" in environments) add(path, environments.problem);
      continue;
    }
    const policy = byName.get(name);
    if (!policy) {
      const pack = options.packName ? ` in pack ${options.packName}` : "";
      add(path, `unknown policy ${JSON.stringify(name)}${pack}: the Pulumi CLI would silently ignore it${didYouMean(name, byName.keys())}`);
      continue;
    }
    checkPolicy(policy, value, path, todayDay, add);
  }
  return problems;
}

type Add = (path: string, message: string, severity?: "error" | "warning") => void;

function checkLevel(value: unknown, path: string, add: Add): void {
  if (isEnforcementLevel(value)) return;
  if (typeof value === "string") {
    add(path, `${JSON.stringify(value)} is not an enforcement level; use one of ${LEVEL_LIST}${didYouMean(value, ENFORCEMENT_LEVELS)}`);
  } else {
    add(path, `must be an enforcement level string (${LEVEL_LIST}), not ${kindOf(value)}`);
  }
}

function checkAll(value: unknown, path: string, add: Add): void {
  if (typeof value === "string") return checkLevel(value, path, add);
  if (!isRecord(value)) return add(path, `must be an enforcement level (${LEVEL_LIST}) or {"enforcementLevel": ...}, not ${kindOf(value)}`);
  for (const [key, v] of Object.entries(value)) {
    if (key === "enforcementLevel") checkLevel(v, pointerJoin(path, key), add);
    else add(pointerJoin(path, key), `"all" only sets the enforcement level; the Pulumi CLI ignores ${JSON.stringify(key)} here: set it on each policy instead`);
  }
}

/** The property names the policy's schema allows at `path` (for "did you mean"). */
function knownPropertiesAt(policy: PolicySchemaInfo, path: readonly (string | number)[]): string[] {
  if (path.length === 0) return ["enforcementLevel", ...Object.keys(policy.configSchema?.properties ?? {})];
  let schema: unknown = { properties: policy.configSchema?.properties ?? {} };
  for (const step of path) {
    if (!isRecord(schema)) return [];
    schema = typeof step === "number" ? schema.items : isRecord(schema.properties) ? schema.properties[step] : undefined;
  }
  return isRecord(schema) && isRecord(schema.properties) ? Object.keys(schema.properties) : [];
}

function checkPolicy(policy: PolicySchemaInfo, value: unknown, path: string, todayDay: number, add: Add): void {
  if (typeof value === "string") return checkLevel(value, path, add);
  if (!isRecord(value)) {
    return add(path, `must be an enforcement level (${LEVEL_LIST}) or an object {"enforcementLevel": ..., ...properties}, not ${kindOf(value)}`);
  }
  const { enforcementLevel, ...configured } = value;
  if ("enforcementLevel" in value) checkLevel(enforcementLevel, pointerJoin(path, "enforcementLevel"), add);
  // The CLI fills in the schema's defaults, then validates the result against the schema.
  const merged = { ...schemaDefaults(policy), ...configured };
  const validate = validatorFor(policy);
  if (typeof validate === "string") add(path, validate, "warning");
  else if (!validate(merged)) {
    for (const p of schemaProblems(validate.errors)) {
      const pointer = p.path.reduce<string>((acc, step) => pointerJoin(acc, step), path);
      const hint = p.unknownProperty !== undefined ? didYouMean(p.unknownProperty, knownPropertiesAt(policy, p.path.slice(0, -1))) : "";
      add(pointer, `${p.message}${hint}`);
    }
  }
  if (hasRampartExceptions(policy)) {
    const { issues } = checkExceptionList(merged.exceptions, todayDay, maxDaysOf(merged.maxExceptionDays));
    for (const issue of issues) add(issue.path.reduce<string>((acc, step) => pointerJoin(acc, step), path), issue.message, issue.severity);
  }
}

/** Reads and validates one file; an unreadable file is an error of its own. */
export function validateBaselineFile(file: string, policies: readonly PolicySchemaInfo[], options: ValidateOptions = {}): BaselineProblem[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : e instanceof Error ? e.message : String(e);
    return [{ file, path: "", message: `cannot read the file: ${reason}`, severity: "error" }];
  }
  return validateBaselineText(text, file, policies, options);
}

export function hasErrors(problems: readonly BaselineProblem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** "FILE: PATH: message" (a warning says so). */
export function formatProblem(p: BaselineProblem): string {
  return `${p.file}: ${p.path === "" ? "(root)" : p.path}: ${p.severity === "warning" ? "warning: " : ""}${p.message}`;
}
