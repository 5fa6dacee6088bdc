// The Configure request for a reconciled config (also used to probe one policy at a time).
import type { AnalyzerClient } from "./client";
import { levelValue } from "./levels";
import { toStruct } from "./marshal";
import { analyzerProto } from "./pulumi-modules";
import type { ReconciledConfig } from "./reconcile-config";

export async function sendConfig(client: AnalyzerClient, config: ReconciledConfig): Promise<void> {
  const req = new analyzerProto.ConfigureAnalyzerRequest();
  const map = req.getPolicyconfigMap();
  for (const [name, c] of config) {
    const pc = new analyzerProto.PolicyConfig();
    pc.setEnforcementlevel(levelValue(c.level));
    pc.setProperties(toStruct(c.properties));
    map.set(name, pc);
  }
  await client.configure(req);
}

/** The same config with every policy but `only` disabled. */
export function onlyPolicy(config: ReconciledConfig, only: string): ReconciledConfig {
  return onlyPolicies(config, [only]);
}

/** The same config with every policy not named in `only` disabled. */
export function onlyPolicies(config: ReconciledConfig, only: readonly string[]): ReconciledConfig {
  const kept = new Set(only);
  return new Map([...config].map(([name, c]) => [name, kept.has(name) ? c : { ...c, level: "disabled" as const }]));
}
