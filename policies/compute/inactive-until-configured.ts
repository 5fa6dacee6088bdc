// Some controls only mean something once an organisation configures them (an image allowlist).
// Until then they report themselves not applicable through the SDK, rather than passing
// silently or failing everything.
import type { ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import type { RampartResourcePolicy } from "../lib/control";
import { isRecord } from "../lib/values";

export function inactiveUntilConfigured(
  policy: RampartResourcePolicy,
  configured: (config: Record<string, unknown>) => boolean,
  reason: string,
): RampartResourcePolicy {
  const inner = policy.validateResource as Exclude<ResourceValidationPolicy["validateResource"], unknown[] | undefined>;
  const types = new Set(policy.rampart.types);
  const validateResource: typeof inner = (args: ResourceValidationArgs, report) => {
    if (!types.has(args.type)) return;
    let config: unknown;
    try {
      config = args.getConfig<Record<string, unknown>>();
    } catch {
      config = undefined;
    }
    if (!configured(isRecord(config) ? config : {})) args.notApplicable(reason);
    return inner(args, report);
  };
  return { ...policy, validateResource };
}
