// Reconciles a pack's configuration as the engine does before it calls Configure: each
// policy's default level and schema defaults, then the pack's own initial config, then the
// user's --policy-pack-config file ("all" first, then each policy), then schema validation.
import Ajv from "ajv";
import { InputError } from "../inputs/input-error";
import { ENVIRONMENTS_KEY, isEnforcementLevel, schemaDefaults } from "../baseline/pack-info";
import type { Level } from "./levels";
import type { PackInfo } from "./pack-info";

export interface PolicyConfig {
  level: Level;
  properties: Record<string, unknown>;
}

export type ReconciledConfig = Map<string, PolicyConfig>;

/** Applies one config entry (a level string or { enforcementLevel, ...properties }). */
function applyEntry(target: PolicyConfig, entry: unknown, file: string, field: string): void {
  if (typeof entry === "string") {
    if (!isEnforcementLevel(entry)) throw new InputError(file, field, `"${entry}" is not an enforcement level (advisory, mandatory, remediate, disabled)`);
    target.level = entry;
    return;
  }
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
    throw new InputError(file, field, "expected an enforcement level or an object of settings");
  }
  const { enforcementLevel, ...props } = entry as Record<string, unknown>;
  if (enforcementLevel !== undefined) {
    if (!isEnforcementLevel(enforcementLevel)) throw new InputError(file, `${field}.enforcementLevel`, `"${String(enforcementLevel)}" is not an enforcement level`);
    target.level = enforcementLevel;
  }
  Object.assign(target.properties, props);
}

type Validate = ReturnType<Ajv["compile"]>;
const validatorsOf = new WeakMap<PackInfo, Map<string, Validate>>();

/** Each policy's compiled schema, once per pack: a session that reconciles often would compile them again each time. */
function validators(pack: PackInfo): Map<string, Validate> {
  let compiled = validatorsOf.get(pack);
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    compiled = new Map();
    for (const p of pack.policies) {
      if (p.configSchema) compiled.set(p.name, ajv.compile({ type: "object", properties: p.configSchema.properties, required: p.configSchema.required ?? [] }));
    }
    validatorsOf.set(pack, compiled);
  }
  return compiled;
}

export function reconcileConfig(pack: PackInfo, userConfig: unknown, userFile: string): ReconciledConfig {
  const config: ReconciledConfig = new Map();
  for (const p of pack.policies) config.set(p.name, { level: p.level, properties: structuredClone(schemaDefaults(p)) });

  for (const [name, initial] of Object.entries(pack.initialConfig)) {
    const targets = name === "all" ? [...config.values()] : [config.get(name)].filter((c): c is PolicyConfig => !!c);
    for (const t of targets) {
      // The protocol cannot tell "advisory" from "no level given" when settings come along.
      if (Object.keys(initial.properties).length === 0 || initial.level !== "advisory") t.level = initial.level;
      Object.assign(t.properties, initial.properties);
    }
  }

  if (userConfig !== undefined) {
    if (userConfig === null || typeof userConfig !== "object" || Array.isArray(userConfig)) {
      throw new InputError(userFile, "", "a policy pack config must be a JSON object of policy name → level or settings");
    }
    const entries = userConfig as Record<string, unknown>;
    if (entries.all !== undefined) {
      if (!isEnforcementLevel(entries.all)) throw new InputError(userFile, "all", `"${String(entries.all)}" is not an enforcement level`);
      for (const c of config.values()) c.level = entries.all;
    }
    for (const [name, entry] of Object.entries(entries)) {
      // `environments` names ESC environments, not a policy (the CLI takes it out before reading policies).
      if (name === "all" || name === "$schema" || name === ENVIRONMENTS_KEY) continue;
      const target = config.get(name);
      if (target) applyEntry(target, entry, userFile, name); // unknown names: the engine ignores them
    }
  }

  for (const [name, validate] of validators(pack)) {
    const c = config.get(name)!;
    if (!validate(c.properties)) {
      const why = (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`).join("; ");
      throw new InputError(userFile || `policy pack ${pack.name}`, name, `config does not match the policy's schema: ${why}`);
    }
  }
  return config;
}
