// What the baseline tools need to know about a policy pack: each policy's name and configSchema.
// Rampart's own policies have them; so does any pack's GetAnalyzerInfo answer, which is how the
// checker validates configs for third-party packs too.
import { ENFORCEMENT_LEVELS, EnforcementLevelName, isEnforcementLevel } from "../../policies/lib/codec";

export { ENFORCEMENT_LEVELS, isEnforcementLevel };
export type { EnforcementLevelName };

/** The key of Pulumi's policy-pack-config format that sets every policy's level. */
export const ALL_KEY = "all";

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
