// The "shape floor": a pack with exactly rampart-aws's policies (names, kinds, type fast paths,
// config schemas) whose bodies do nothing. Against it the bench separates what
// @pulumi/policy spends per policy (deserialising each resource for every policy) from what
// Rampart's own judgements cost.
import { PolicyPack } from "@pulumi/policy";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { policies } from "../../policies/all";

function typed<F extends object>(fn: F, from: unknown): F {
  const t = (from as { __pulumiType?: string } | undefined)?.__pulumiType;
  if (t) (fn as { __pulumiType?: string }).__pulumiType = t;
  return fn;
}

new PolicyPack("rampart-aws-shape", {
  policies: policies.map((p) => {
    const base = { name: p.name, description: p.description, enforcementLevel: p.enforcementLevel, configSchema: p.configSchema };
    if ("validateStack" in p) return { ...base, validateStack: typed(() => undefined, p.validateStack) } as StackValidationPolicy;
    return { ...base, validateResource: typed(() => undefined, (p as ResourceValidationPolicy).validateResource) } as ResourceValidationPolicy;
  }),
});
