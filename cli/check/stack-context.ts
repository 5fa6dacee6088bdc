// The stack a check runs as, told to every pack through ConfigureStack (and to the program): in
// program mode from Pulumi.yaml and Pulumi.<stack>.yaml (name, config, the tags a backend derives
// from them); for a stack export or a preview, from the stack and project its URNs record.
import { DEFAULT_ORGANIZATION, StackContext, stackContextOf } from "../analyzer/stack-context";
import { InputError } from "../inputs/input-error";
import type { CheckInput } from "../inputs/resource";
import { PulumiProject, readProject } from "../program/project-file";

/** The config key whose object of strings a backend adds to the stack's tags. */
const TAGS_CONFIG_KEY = "pulumi:tags";

/** The tags a backend sets from the project and its config (backend.GetEnvironmentTagsForCurrentStack, less git's). */
function stackTags(project: PulumiProject): Record<string, string> {
  const tags: Record<string, string> = { "pulumi:project": project.name, "pulumi:runtime": "nodejs" };
  if (project.description) tags["pulumi:description"] = project.description;
  const text = project.config[TAGS_CONFIG_KEY];
  if (text === undefined) return tags;
  const where = project.stackFile ?? `${project.dir}/Pulumi.yaml`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = text;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new InputError(where, `config.${TAGS_CONFIG_KEY}`, "must be an object of strings");
  for (const [name, tag] of Object.entries(value)) {
    if (typeof tag !== "string") throw new InputError(where, `config.${TAGS_CONFIG_KEY}.${name}`, "must be a string");
    tags[name] = tag;
  }
  return tags;
}

function warnAboutEnvironments(project: PulumiProject, warn: (line: string) => void): void {
  if (!project.environments) return;
  const ignored = project.environmentKey === "environments" ? " (the Pulumi CLI reads this key as `environment` and ignores `environments`)" : "";
  warn(
    `warning: ${project.stackFile}: ${project.environmentKey}: ESC environments (${project.environments.join(", ")}) are not available offline${ignored}; ` +
      "the program and the packs get only the file's own config, without the values those environments would add",
  );
}

/** Program mode: read before the program runs, so that what is not available offline is said first. */
export function programStackContext(options: { dir: string; stack: string; preview: boolean; organization?: string }, warn: (line: string) => void): StackContext {
  const project = readProject(options.dir, options.stack);
  warnAboutEnvironments(project, warn);
  return {
    stack: options.stack,
    project: project.name,
    organization: options.organization || DEFAULT_ORGANIZATION,
    dryRun: options.preview,
    config: project.config,
    configSecretKeys: project.secretKeys,
    tags: stackTags(project),
  };
}

/** A stack export or a preview: the stack and project its URNs record. */
export function inputStackContext(input: CheckInput, organization?: string): StackContext {
  return stackContextOf(input, organization || DEFAULT_ORGANIZATION);
}
