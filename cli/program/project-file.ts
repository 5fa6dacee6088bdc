// Reads a Pulumi project (Pulumi.yaml) and, when present, a stack's config file
// (Pulumi.<stack>.yaml), the way the CLI resolves them.
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { InputError } from "../inputs/input-error";

export interface PulumiProject {
  dir: string;
  name: string;
  /** Pulumi.yaml's `description`, when it has one. */
  description?: string;
  /** The file or folder the Node.js language host would require. */
  main: string;
  /** Config for the program: "project:key" or "pkg:key" → string value (structured values JSON-encoded). */
  config: Record<string, string>;
  secretKeys: string[];
  /** The stack's config file, when there is one. */
  stackFile?: string;
  /**
   * The ESC environments the stack's config file imports (its `environment` key): names, or
   * "an inline environment" for a definition written in place. The CLI resolves them through
   * Pulumi Cloud; offline their values are not available.
   */
  environments?: string[];
  /** The key they were under: `environment`, or `environments`, which the CLI does not read. */
  environmentKey?: "environment" | "environments";
}

/** The names an `environment` block imports: a list of names, or a definition with `imports`. */
function environmentNames(value: unknown, file: string, key: string): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) {
    return value.map((v, i) => {
      if (typeof v !== "string") throw new InputError(file, `${key}[${i}]`, "expected an environment name");
      return v;
    });
  }
  if (value !== null && typeof value === "object") {
    const imports = (value as { imports?: unknown }).imports;
    const names = Array.isArray(imports) ? imports.map((v) => (typeof v === "string" ? v : v !== null && typeof v === "object" ? Object.keys(v)[0] : undefined)).filter((v): v is string => !!v) : [];
    return names.length > 0 ? names : ["an inline environment"];
  }
  throw new InputError(file, key, "expected a list of ESC environment names or an environment definition");
}

function readYaml(file: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(file, "", `not valid YAML: ${(e as Error).message}`);
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) throw new InputError(file, "", "expected a YAML mapping");
  return doc as Record<string, unknown>;
}

function configValue(value: unknown): { text: string; secret: boolean } {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "secure" in value) {
    // Encrypted config cannot be read offline; programs get a placeholder, kept secret.
    return { text: "rampart-check-placeholder", secret: true };
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "value" in value) {
    return configValue((value as { value: unknown }).value);
  }
  return { text: typeof value === "string" ? value : JSON.stringify(value), secret: false };
}

function qualify(key: string, project: string): string {
  return key.includes(":") ? key : `${project}:${key}`;
}

export function readProject(dir: string, stack: string): PulumiProject {
  const file = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file) throw new InputError(path.join(dir, "Pulumi.yaml"), "", "not found: the folder is not a Pulumi project (use --stack-export or --preview-json for state files)");
  const doc = readYaml(file);
  if (typeof doc.name !== "string" || doc.name === "") throw new InputError(file, "name", "missing project name");
  const runtime = typeof doc.runtime === "string" ? doc.runtime : (doc.runtime as { name?: unknown } | undefined)?.name;
  if (runtime !== "nodejs") throw new InputError(file, "runtime", `"${String(runtime)}" programs cannot be run by rampart check; only nodejs (export the stack and use --stack-export)`);
  if (doc.main !== undefined && typeof doc.main !== "string") throw new InputError(file, "main", "expected a path");
  const main = path.resolve(dir, (doc.main as string | undefined) ?? ".");
  if (!fs.existsSync(main)) throw new InputError(file, "main", `${main} does not exist`);

  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  const add = (key: string, value: unknown) => {
    const v = configValue(value);
    const k = qualify(key, doc.name as string);
    config[k] = v.text;
    if (v.secret) secretKeys.push(k);
  };
  // Project-level defaults: `config: { key: { default: v } }` or `key: v`.
  for (const [key, spec] of Object.entries((doc.config as Record<string, unknown>) ?? {})) {
    if (spec !== null && typeof spec === "object" && !Array.isArray(spec)) {
      if ("default" in spec) add(key, (spec as { default: unknown }).default);
      else if ("value" in spec) add(key, (spec as { value: unknown }).value);
    } else add(key, spec);
  }
  const stackFile = path.join(dir, `Pulumi.${stack}.yaml`);
  let environments: string[] | undefined;
  let environmentKey: PulumiProject["environmentKey"];
  const hasStackFile = fs.existsSync(stackFile);
  if (hasStackFile) {
    const stackDoc = readYaml(stackFile);
    for (const [key, value] of Object.entries((stackDoc.config as Record<string, unknown>) ?? {})) add(key, value);
    environmentKey = stackDoc.environment != null ? "environment" : stackDoc.environments != null ? "environments" : undefined;
    if (environmentKey) environments = environmentNames(stackDoc[environmentKey], stackFile, environmentKey);
  }
  const description = typeof doc.description === "string" ? doc.description : undefined;
  return {
    dir,
    name: doc.name,
    ...(description ? { description } : {}),
    main,
    config,
    secretKeys,
    ...(hasStackFile ? { stackFile } : {}),
    ...(environments ? { environments, environmentKey } : {}),
  };
}
