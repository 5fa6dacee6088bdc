// A pure entry point for the bench: runs every network stack control over a stack, the same
// code the policies run, without the policy server. Linear in the number of resources: one
// indexed StackModel, rule sets built once and shared, per-set work bounded by the set's rules.
import type { StackControl } from "../../lib/control";
import { CollectingJudge } from "../../lib/judge";
import type { StackResource } from "../../lib/resource-view";
import { StackModel } from "../../lib/stack-model";
import { defaultSecurityGroupControl } from "../default-security-group-restricts-all";
import { naclAnyAnyIngressControl } from "../nacl-no-any-any-ingress";
import { naclRestrictedPortsControl } from "../nacl-no-internet-ingress-to-restricted-ports";
import { anyAnyEgressAcrossRulesControl } from "../no-any-any-egress-across-rules";
import { anyAnyIngressAcrossRulesControl } from "../no-any-any-ingress-across-rules";
import { restrictedPortsAcrossRulesControl } from "../no-internet-ingress-to-restricted-ports-across-rules";
import { noMixedRulesControl } from "../no-mixed-inline-and-standalone-rules";
import { vpcDefaultNaclControl } from "../vpc-default-nacl-adopted";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const NETWORK_STACK_CONTROLS: readonly StackControl<any>[] = [
  anyAnyIngressAcrossRulesControl,
  restrictedPortsAcrossRulesControl,
  anyAnyEgressAcrossRulesControl,
  naclAnyAnyIngressControl,
  naclRestrictedPortsControl,
  vpcDefaultNaclControl,
  defaultSecurityGroupControl,
  noMixedRulesControl,
];

export interface StackAnalysis {
  readonly findings: { policy: string; message: string; urn?: string }[];
  readonly unknowns: { policy: string; what: string }[];
}

function defaultsOf(control: StackControl<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(control.config ?? {})) out[key] = prop.default;
  return out;
}

/** Runs every network stack control (default config) over `resources` (props = outputs). */
export function analyseNetworkStack(resources: readonly StackResource[]): StackAnalysis {
  const stack = new StackModel(resources);
  const findings: StackAnalysis["findings"] = [];
  const unknowns: StackAnalysis["unknowns"] = [];
  for (const control of NETWORK_STACK_CONTROLS) {
    const judge = new CollectingJudge();
    control.check(stack, defaultsOf(control), judge);
    for (const v of judge.violations) findings.push({ policy: control.name, message: v.message, urn: v.urn });
    for (const what of judge.unknowns) unknowns.push({ policy: control.name, what });
  }
  return { findings, unknowns };
}
