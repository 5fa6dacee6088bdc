// Loads an OS baseline file and checks it against baselines/os/linux.schema.json with ajv.
// Every problem is reported as "<file>: <JSON path>: <reason>", all of them at once, so a
// security team editing the baseline sees everything wrong in one run.
import Ajv, { ErrorObject, ValidateFunction } from "ajv";
import * as fs from "fs";
import { schemaPath } from "./paths";
import { LinuxBaseline } from "./types";

export interface BaselineIssue {
  /** JSONPath of the offending value, e.g. $.sshd.settings.MaxAuthTries or $.sysctl.settings["net.ipv4.ip_forward"]. */
  path: string;
  reason: string;
}

export class LinuxBaselineError extends Error {
  constructor(
    readonly file: string,
    readonly issues: BaselineIssue[],
  ) {
    super(`invalid OS baseline ${file}:\n` + issues.map((i) => `  ${file}: ${i.path}: ${i.reason}`).join("\n"));
    this.name = "LinuxBaselineError";
  }
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(fs.readFileSync(schemaPath(), "utf8"));
    // discriminator: audit rules pick their branch by "kind", which gives one clear error instead of a oneOf dump.
    const ajv = new Ajv({ allErrors: true, strict: true, discriminator: true });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Checks parsed JSON; returns it typed, or throws LinuxBaselineError naming `file`, the path and the reason. */
export function validateLinuxBaseline(data: unknown, file: string): LinuxBaseline {
  const validate = validator();
  const issues = validate(data) ? consistencyIssues(data as LinuxBaseline) : toIssues(validate.errors ?? [], data);
  if (issues.length > 0) throw new LinuxBaselineError(file, issues);
  return data as LinuxBaseline;
}

/** Reads, parses and validates a baseline file. */
export function loadLinuxBaselineFile(file: string): LinuxBaseline {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new LinuxBaselineError(file, [{ path: "$", reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LinuxBaselineError(file, [{ path: "$", reason: `is not valid JSON (${(error as Error).message})` }]);
  }
  return validateLinuxBaseline(data, file);
}

/** Rules the schema cannot express. */
function consistencyIssues(baseline: LinuxBaseline): BaselineIssue[] {
  const issues: BaselineIssue[] = [];
  const { KbdInteractiveAuthentication: kbd, ChallengeResponseAuthentication: challenge } = baseline.sshd.settings;
  // OpenSSH treats ChallengeResponseAuthentication as an alias of KbdInteractiveAuthentication and keeps the
  // first one it reads, so two different values would silently lose one of them.
  if (kbd !== undefined && challenge !== undefined && kbd !== challenge) {
    issues.push({
      path: "$.sshd.settings.ChallengeResponseAuthentication",
      reason: `must equal KbdInteractiveAuthentication (${kbd}): sshd treats it as an alias of that directive`,
    });
  }
  return issues;
}

function toIssues(errors: ErrorObject[], data: unknown): BaselineIssue[] {
  // A oneOf/anyOf failure arrives with one error per branch: fold the branches into one reason.
  const branchesOf = new Map<ErrorObject, ErrorObject[]>();
  const folded = new Set<ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== "oneOf" && error.keyword !== "anyOf") continue;
    // Same schema location and same place in the data: a shared definition may fail at several places.
    const within = (e: ErrorObject) => e.instancePath === error.instancePath || e.instancePath.startsWith(error.instancePath + "/");
    const branches = errors.filter((e) => e !== error && within(e) && e.schemaPath.startsWith(error.schemaPath + "/"));
    branches.forEach((b) => folded.add(b));
    branchesOf.set(error, branches);
  }
  const issues: BaselineIssue[] = [];
  for (const error of errors) {
    if (folded.has(error)) continue;
    if (error.keyword === "propertyNames") continue; // its inner "pattern" error says the same, with the key name
    // The discriminator repeats what the enum on "kind" already said.
    if (error.keyword === "discriminator" && errors.some((e) => e.instancePath === `${error.instancePath}/kind`)) continue;
    const branches = branchesOf.get(error);
    const reason = branches && branches.length > 0 ? unique(branches.map(reasonOf)).join(", or ") : reasonOf(error);
    issues.push({ path: jsonPath(data, error.instancePath, extraSegment(error)), reason });
  }
  const seen = new Set<string>();
  return issues.filter((i) => {
    const id = `${i.path}\u0000${i.reason}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Errors about a property name or a missing property point at that property, not at its parent. */
function extraSegment(error: ErrorObject): string | undefined {
  if (error.keyword === "additionalProperties") return String(error.params.additionalProperty);
  if (error.keyword === "required") return String(error.params.missingProperty);
  if (error.propertyName !== undefined) return error.propertyName;
  return undefined;
}

function reasonOf(error: ErrorObject): string {
  switch (error.keyword) {
    case "additionalProperties":
      return "is not an allowed property here (check its spelling)";
    case "required":
      return "is required";
    case "enum":
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(error.params.allowedValue)}`;
    case "pattern":
      return error.propertyName !== undefined
        ? `is not a valid name: must match ${error.params.pattern}`
        : `must match ${error.params.pattern}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** Turns ajv's JSON Pointer into a JSONPath, using the data to tell array indexes from keys. */
function jsonPath(data: unknown, pointer: string, extra?: string): string {
  const segments = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (extra !== undefined) segments.push(extra);
  let out = "$";
  let current: unknown = data;
  for (const segment of segments) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
    current = current !== null && typeof current === "object" ? (current as Record<string, unknown>)[segment] : undefined;
  }
  return out;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
