// One JSON Schema for a whole policy-pack config file, built from the policies' own
// configSchemas: editors use it (baselines/schema.json) and tests check the shipped baselines
// against it. A property schema shared verbatim by several policies (Rampart's exception
// settings) is written once under definitions.
import { ALL_KEY, ENFORCEMENT_LEVELS, ENVIRONMENTS_KEY, PolicySchemaInfo, schemaDefaults } from "./pack-info";

const LEVEL_REF = { $ref: "#/definitions/enforcementLevel" };

function sharedProperties(policies: readonly PolicySchemaInfo[]): Map<string, string> {
  // property name → JSON of its schema, for the names whose schema is identical in 2+ policies.
  const seen = new Map<string, { json: string; count: number; conflict: boolean }>();
  for (const p of policies) {
    for (const [key, schema] of Object.entries(p.configSchema?.properties ?? {})) {
      const json = JSON.stringify(schema);
      const entry = seen.get(key);
      if (!entry) seen.set(key, { json, count: 1, conflict: false });
      else if (entry.json === json) entry.count++;
      else entry.conflict = true;
    }
  }
  const out = new Map<string, string>();
  for (const [key, e] of seen) if (e.count > 1 && !e.conflict) out.set(key, e.json);
  return out;
}

function policyEntry(policy: PolicySchemaInfo, shared: Map<string, string>): Record<string, unknown> {
  const properties: Record<string, unknown> = { enforcementLevel: LEVEL_REF };
  for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
    properties[key] = shared.has(key) ? { $ref: `#/definitions/${key}` } : schema;
  }
  // The CLI fills in defaults before validating, so only properties without one are really required.
  const defaults = schemaDefaults(policy);
  const required = (policy.configSchema?.required ?? []).filter((key) => !(key in defaults));
  const object: Record<string, unknown> = { type: "object", properties, additionalProperties: false };
  if (required.length > 0) object.required = required;
  const entry: Record<string, unknown> = {};
  if (policy.description) entry.description = policy.enforcementLevel ? `${policy.description} (default: ${policy.enforcementLevel})` : policy.description;
  entry.anyOf = [LEVEL_REF, object];
  return entry;
}

export function buildPackConfigSchema(packName: string, policies: readonly PolicySchemaInfo[]): Record<string, unknown> {
  const shared = sharedProperties(policies);
  const definitions: Record<string, unknown> = {
    enforcementLevel: { type: "string", enum: [...ENFORCEMENT_LEVELS] },
  };
  for (const [key, json] of [...shared].sort(([a], [b]) => a.localeCompare(b))) definitions[key] = JSON.parse(json);
  const properties: Record<string, unknown> = {
    [ALL_KEY]: {
      description: "The enforcement level of every policy; per-policy entries override it. Only the level is read.",
      anyOf: [LEVEL_REF, { type: "object", properties: { enforcementLevel: LEVEL_REF }, additionalProperties: false }],
    },
  };
  properties[ENVIRONMENTS_KEY] = {
    description: "ESC environments whose policyConfig and environment variables the Pulumi CLI adds for the pack (Pulumi Cloud only; rampart check cannot resolve them offline).",
    type: "array",
    items: { type: "string" },
  };
  for (const policy of policies) properties[policy.name] = policyEntry(policy, shared);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: `${packName} policy-pack config`,
    description:
      "Pulumi's --policy-pack-config format: policy name → enforcement level, or { enforcementLevel, ...properties }. " +
      "Generated from the policies' metadata by scripts/generate-baseline-schema.ts; do not edit.",
    type: "object",
    definitions,
    properties,
    additionalProperties: false,
  };
}
