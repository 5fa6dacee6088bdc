// Starting a pack of Rampart policies (Rampart's own, a selection, custom ones, or a mix), as
// `new PolicyPack` does, with the checks a composed pack needs first.
import { EnforcementLevel, PolicyPack, Policies } from "@pulumi/policy";
import { answerAnalyzerInfoDirectly } from "./analyzer-info";
import { shareDeserialisation, trackSecrets } from "./secret-tracking";

const isRampartPolicy = (policy: unknown): boolean => typeof (policy as { rampart?: unknown } | null)?.rampart === "object";

export interface PackOptions {
  readonly policies: Policies;
  readonly description?: string;
  /** The level of every policy that does not set its own. */
  readonly enforcementLevel?: EnforcementLevel;
}

/** A composition error found before the pack starts (a duplicate or missing name). */
export class PackCompositionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackCompositionError";
  }
}

function checkNames(packName: string, policies: Policies): void {
  if (!/^[a-zA-Z0-9._-]+$/.test(packName)) throw new PackCompositionError(`createPolicyPack: the pack name ${JSON.stringify(packName)} may hold only letters, digits, ".", "_" and "-"`);
  const seen = new Set<string>();
  for (const [i, policy] of policies.entries()) {
    const name = (policy as { name?: unknown } | undefined)?.name;
    if (typeof name !== "string" || name === "") throw new PackCompositionError(`createPolicyPack(${packName}): policies[${i}] has no name`);
    // The engine keys config and findings by policy name: two policies of one name could not be told apart.
    if (seen.has(name)) throw new PackCompositionError(`createPolicyPack(${packName}): two policies are named ${JSON.stringify(name)}`);
    seen.add(name);
  }
}

/**
 * Starts the policy pack `name` (as `new PolicyPack(name, …)`: call it from the pack's entry
 * module, which the Pulumi engine or `rampart check` runs as a program).
 */
export function createPolicyPack(name: string, options: PackOptions): PolicyPack {
  checkNames(name, options.policies);
  // Before the pack serves a request: findings must know which values arrived as secrets. Policies
  // built by Rampart only read their props, so they may share one deserialisation per request.
  if (options.policies.every(isRampartPolicy)) shareDeserialisation();
  else trackSecrets();
  // The same GetAnalyzerInfo answer without the SDK building a message per policy (a cold start waits for it).
  answerAnalyzerInfoDirectly();
  return new PolicyPack(name, { policies: [...options.policies], description: options.description, enforcementLevel: options.enforcementLevel });
}
