// Reads a pack's PulumiPolicy.yaml as the engine does (workspace.PolicyPackProject): `runtime` is
// required; `version`, when set, overrides the version the pack reports (in GetAnalyzerInfo, in
// every diagnostic and remediation); `description` stands in when the pack reports none. `main` is
// part of the format, but a Node pack is started from its folder (package.json's `main`), as the
// Node language host starts it.
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { InputError } from "../inputs/input-error";

export interface PolicyProject {
  file: string;
  runtime: string;
  version?: string;
  description?: string;
}

function optionalText(doc: Record<string, unknown>, field: string, file: string): string | undefined {
  const value = doc[field];
  if (value === undefined || value === null) return undefined;
  // YAML reads `version: 1.2` as a number; the engine's YAML decoder takes it as the text it is.
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") throw new InputError(file, field, `expected text, not ${Array.isArray(value) ? "a list" : typeof value}`);
  return value;
}

export function readPolicyProject(dir: string): PolicyProject {
  const file = path.join(dir, "PulumiPolicy.yaml");
  let doc: unknown;
  try {
    doc = parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(file, "", `not valid YAML: ${(e as Error).message}`);
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) throw new InputError(file, "", "expected a YAML mapping with at least `runtime`");
  const fields = doc as Record<string, unknown>;
  const runtime = typeof fields.runtime === "string" ? fields.runtime : (fields.runtime as { name?: unknown } | null | undefined)?.name;
  if (typeof runtime !== "string" || runtime === "") throw new InputError(file, "runtime", "missing: the Pulumi CLI refuses a policy pack without a runtime");
  if (runtime !== "nodejs") throw new InputError(file, "runtime", `"${runtime}" packs cannot be run by rampart check; only nodejs`);
  const version = optionalText(fields, "version", file);
  const description = optionalText(fields, "description", file);
  return { file, runtime, ...(version ? { version } : {}), ...(description ? { description } : {}) };
}
