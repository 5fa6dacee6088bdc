// The one shape every input reader produces: what the engine knows of a resource when it
// calls the Analyzer (inputs for Analyze, outputs for AnalyzeStack, and the graph).
export interface ResourceOptions {
  protect: boolean;
  ignoreChanges: string[];
  deleteBeforeReplace?: boolean;
  aliases: string[];
  additionalSecretOutputs: string[];
  customTimeouts?: { create?: number; update?: number; delete?: number };
}

export interface CheckedResource {
  urn: string;
  type: string;
  name: string;
  /** True for resources a provider manages; components and the stack are not custom. */
  custom: boolean;
  id?: string;
  /** Inputs as the engine would send them to Analyze (engine wire form: secrets and unknowns as signature objects/sentinels). */
  inputs: Record<string, unknown>;
  /** Outputs as the engine would send them to AnalyzeStack. */
  outputs: Record<string, unknown>;
  parent?: string;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  /** Provider reference, "<provider URN>::<provider id>". */
  provider?: string;
  options: ResourceOptions;
  /**
   * Where the program declared the resource, as Pulumi's state writes it: `uri#line,column`, the
   * uri `project:///index.ts` (relative to the project folder) or `file:///...`. The registration's
   * own position first, then calling frames when the program was recorded. As the input gave them:
   * a malformed one is passed over when findings are located.
   */
  sourcePositions?: string[];
}

/** What a reader returns: the resources plus what it could not see into. */
export interface CheckInput {
  /** Where the resources came from, for the report. */
  source: string;
  kind: "program" | "stack-export" | "preview-json";
  resources: CheckedResource[];
  /** Components whose insides are invisible (remote components under mocks), by type. */
  opaqueComponents: { urn: string; type: string }[];
  /** Stack and project names when the input carries them. */
  stack?: string;
  project?: string;
  /** True when values may be unknown (a preview). */
  preview: boolean;
  /** The Pulumi project's folder, when the input was the program itself. */
  projectDir?: string;
}

export function defaultOptions(): ResourceOptions {
  return { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [] };
}

/** The name part of a URN (after the last "::"). */
export function nameFromUrn(urn: string): string {
  const at = urn.lastIndexOf("::");
  return at >= 0 ? urn.slice(at + 2) : urn;
}

/** The type part of a URN: the last "$"-separated segment of the qualified type. */
export function typeFromUrn(urn: string): string {
  const parts = urn.split("::");
  const qualified = parts.length >= 4 ? parts[2] : "";
  return qualified.split("$").pop() ?? "";
}
