// What the baseline tools need to know about a policy pack: each policy's name and configSchema.
// Rampart's own policies have them; so does any pack's GetAnalyzerInfo answer, which is how the
// checker validates configs for third-party packs too.
import { ENFORCEMENT_LEVELS, EnforcementLevelName, isEnforcementLevel } from "../../policies/lib/codec";

export { ENFORCEMENT_LEVELS, isEnforcementLevel };
export type { EnforcementLevelName };

/** The key of Pulumi's policy-pack-config format that sets every policy's level. */
export const ALL_KEY = "all";

/**
 * The key of Pulumi's policy-pack-config format that names ESC environments (a list of names),
 * whose policy config and environment variables the CLI adds for the pack; it is no policy.
 */
export const ENVIRONMENTS_KEY = "environments";

/** The ESC environments a policy-pack config names, or why its `environments` is not a list of names (the CLI's words). */
export function environmentsOf(doc: unknown): { names: string[] } | { problem: string } | undefined {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc) || !(ENVIRONMENTS_KEY in doc)) return undefined;
  const value = (doc as Record<string, unknown>)[ENVIRONMENTS_KEY];
  if (!Array.isArray(value)) return { problem: `"environments" must be an array of strings, not ${value === null ? "null" : typeof value}` };
  const bad = value.findIndex((v) => typeof v !== "string");
  if (bad >= 0) return { problem: `"environments[${bad}]" must be a string` };
  return { names: value as string[] };
}

export interface PolicySchemaInfo {
  readonly name: string;
  readonly description?: string;
  readonly enforcementLevel?: string;
  readonly configSchema?: {
    readonly properties?: Readonly<Record<string, unknown>>;
    readonly required?: readonly string[];
  };
}

/** The defaults a pack's configSchema declares (the Pulumi CLI fills these in before validating). */
export function schemaDefaults(policy: PolicySchemaInfo): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(policy.configSchema?.properties ?? {})) {
    if (prop !== null && typeof prop === "object" && "default" in prop) out[key] = (prop as { default: unknown }).default;
  }
  return out;
}
