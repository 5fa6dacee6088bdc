// Tiny controls for exercising the central exception and config machinery of policies/lib,
// independent of the real policies (which other folders test).
import { resourcePolicy, stackPolicy } from "../../policies/lib/control";

export const THING = "test:index:Thing";
export const TODAY = "2025-06-01";

export const openThing = resourcePolicy<{ maxPort: number; allowedNames: string[] }>({
  name: "test-open-thing",
  description: "Test things must be closed.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "test",
  references: [{ framework: "cis-aws", ids: ["5.2"] }],
  remediationSteps: "Close the thing.",
  config: {
    maxPort: { type: "integer", minimum: 0, default: 1024 },
    allowedNames: { type: "array", items: { type: "string" }, default: [] },
  },
  types: [THING],
  check(resource, config, judge) {
    if (config.allowedNames.includes(resource.name)) return;
    if (resource.props.open === true) judge.violation(`${resource.name} is open on port ${config.maxPort + 1}; close it.`);
  },
  remediate(resource) {
    return resource.props.open === true ? { ...resource.props, open: false } : undefined;
  },
});

export const openThings = stackPolicy<Record<string, never>>({
  name: "test-open-things",
  description: "No thing in the stack may be open.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "test",
  references: [{ framework: "aws-fsbp", ids: ["EC2.1"] }],
  remediationSteps: "Close every thing.",
  // Two anchors, so the SDK's single-type fast path does not skip the policy before it runs.
  types: [THING, "test:index:Gadget"],
  check(stack, _config, judge) {
    for (const thing of stack.ofType(THING)) {
      if (thing.props.open === true) judge.violation(`${thing.name} is open.`, thing.urn);
    }
    if (stack.ofType(THING).length > 2) judge.violation("too many things in the stack.");
  },
});
