// One Ajv instance, created on first use: loading and compiling with Ajv costs tens of
// milliseconds, and the pack's start-up is measured, so nothing here runs at import time.
import type Ajv from "ajv";
import type { ErrorObject } from "ajv";

let instance: Ajv | undefined;

export function sharedAjv(): Ajv {
  if (!instance) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const AjvClass = (require("ajv") as typeof import("ajv")).default;
    // strict: false because third-party config schemas may carry keywords Ajv does not know.
    // verbose: errors carry the offending value, so a message can say what was found.
    instance = new AjvClass({ allErrors: true, strict: false, verbose: true });
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    (require("ajv-formats") as typeof import("ajv-formats")).default(instance);
  }
  return instance;
}

export interface SchemaProblem {
  /** Path segments inside the validated value. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** Set for an unknown property, so callers can suggest a near name. */
  readonly unknownProperty?: string;
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** "a string", "an array", "null": what a value is, never the value itself (it may be a secret). */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return withArticle(typeof value);
}

function segments(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Ajv's errors as path + plain message, naming what is expected rather than the keyword. */
export function schemaProblems(errors: readonly ErrorObject[] | null | undefined): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    const path = segments(e.instancePath);
    const last = path[path.length - 1];
    let problem: SchemaProblem;
    const params = e.params as Record<string, unknown>;
    if (e.keyword === "required") {
      problem = { path: [...path, String(params.missingProperty)], message: "is required but missing" };
    } else if (e.keyword === "additionalProperties") {
      const name = String(params.additionalProperty);
      problem = { path: [...path, name], message: "is not a known property", unknownProperty: name };
    } else if (e.keyword === "pattern" && last === "expires") {
      problem = { path, message: "must be a date in the form YYYY-MM-DD" };
    } else if (e.keyword === "pattern" && last === "reason") {
      problem = { path, message: "must be a non-empty reason" };
    } else if (e.keyword === "type") {
      const expected = String(params.type).split(",").map(withArticle).join(" or ");
      problem = { path, message: `must be ${expected}, not ${kindOf(e.data)}` };
    } else if (e.keyword === "enum") {
      problem = { path, message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}` };
    } else {
      problem = { path, message: e.message ?? `fails ${e.keyword}` };
    }
    const key = `${JSON.stringify(problem.path)} ${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}

/** "exceptions[0].reason" for messages. */
export function dottedPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const step of path) out += typeof step === "number" ? `[${step}]` : out === "" ? step : `.${step}`;
  return out === "" ? "(config)" : out;
}
