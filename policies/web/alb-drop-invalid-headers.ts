// Application load balancers drop HTTP headers whose names are not valid, instead of passing
// them to targets where they can smuggle requests or confuse header-based security checks.
// Advisory: a hardening of the request path, not an exposure by itself (strict.json makes it
// mandatory).
import { resourcePolicy } from "../lib/control";
import type { ResourceView } from "../lib/resource-view";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { lbKind } from "../aws/lb/load-balancer";
import { LB_PROPS, LB_TYPES } from "../aws/lb/types";

type Verdict = "ok" | "fix" | "unknown" | "not-judged";

function verdict(lb: ResourceView): { verdict: Verdict; what?: string } {
  const kind = lbKind(lb.props);
  if (kind === UNKNOWN) return { verdict: "unknown", what: "loadBalancerType" };
  // The attribute exists only on application load balancers.
  if (kind !== "application") return { verdict: "not-judged" };
  const drop = readBool(lb.props[LB_PROPS.dropInvalidHeaderFields]);
  if (drop === UNKNOWN) return { verdict: "unknown", what: "dropInvalidHeaderFields" };
  return { verdict: drop === true ? "ok" : "fix" };
}

export const albDropInvalidHeaders = resourcePolicy<Record<string, never>>({
  name: "alb-drop-invalid-headers",
  description:
    "Every application load balancer (aws:lb and aws:alb) sets dropInvalidHeaderFields to true (the default is false). Remediable: remediation sets it to true.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["ELB.4"] },
    { framework: "owasp", ids: ["A05:2021"] },
  ],
  remediationSteps: "Set dropInvalidHeaderFields: true on the application load balancer (or run the pack with enforcementLevel remediate).",
  types: [...LB_TYPES],
  check(lb, _config, judge) {
    const v = verdict(lb);
    if (v.verdict === "unknown") judge.unknown(v.what ?? "load balancer");
    else if (v.verdict === "fix") {
      judge.violation(
        `Application load balancer "${lb.name}" forwards HTTP headers with invalid names to its targets (dropInvalidHeaderFields is not true). Set dropInvalidHeaderFields: true.`,
      );
    }
  },
  remediate(lb) {
    if (verdict(lb).verdict !== "fix") return undefined;
    return { ...lb.props, [LB_PROPS.dropInvalidHeaderFields]: true };
  },
});
