import { albDropInvalidHeaders } from "../../../policies/web/alb-drop-invalid-headers";
import { UNKNOWN_BOOL, UNKNOWN_STRING, runResourcePolicy, secret } from "../../helpers/policy-harness";
import { LB } from "./web-fixtures";

const base = { subnets: ["subnet-1", "subnet-2"], securityGroups: ["sg-1"] };

interface Row {
  label: string;
  type: string;
  props: Record<string, unknown>;
}

describe("alb-drop-invalid-headers", () => {
  const bad: Row[] = [
    { label: "aws:lb application load balancer without the flag (default false)", type: LB.lb, props: { ...base } },
    { label: "aws:alb load balancer without the flag", type: LB.alb, props: { ...base } },
    { label: "flag explicitly false", type: LB.lb, props: { ...base, dropInvalidHeaderFields: false } },
    { label: "flag as the string \"false\"", type: LB.alb, props: { ...base, dropInvalidHeaderFields: "false" } },
    { label: "explicit application type, internal", type: LB.lb, props: { ...base, loadBalancerType: "application", internal: true } },
    { label: "flag of an unreadable shape", type: LB.lb, props: { ...base, dropInvalidHeaderFields: { on: true } } },
  ];

  it.each(bad)("flags and remediates: $label", async ({ type, props }) => {
    const outcome = await runResourcePolicy(albDropInvalidHeaders, { type, props });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(/dropInvalidHeaderFields is not true/);
    // Remediation returns every input unchanged except the flag.
    expect(outcome.remediated).toEqual({ ...props, dropInvalidHeaderFields: true });
  });

  const good: Row[] = [
    { label: "aws:lb flag true", type: LB.lb, props: { ...base, dropInvalidHeaderFields: true } },
    { label: "aws:alb flag true", type: LB.alb, props: { ...base, dropInvalidHeaderFields: true } },
    { label: "flag as the string \"true\"", type: LB.lb, props: { ...base, dropInvalidHeaderFields: "true" } },
    { label: "network load balancer (the attribute does not exist)", type: LB.lb, props: { ...base, loadBalancerType: "network" } },
    { label: "gateway load balancer", type: LB.alb, props: { loadBalancerType: "gateway" } },
    { label: "flag held as a secret", type: LB.lb, props: { ...base, dropInvalidHeaderFields: secret(true) } },
  ];

  it.each(good)("passes without remediation: $label", async ({ type, props }) => {
    const outcome = await runResourcePolicy(albDropInvalidHeaders, { type, props });
    expect(outcome.violations).toEqual([]);
    expect(outcome.remediated).toBeUndefined();
  });

  it.each([
    { label: "flag unknown", props: { ...base, dropInvalidHeaderFields: UNKNOWN_BOOL }, mentions: "dropInvalidHeaderFields" },
    { label: "type unknown", props: { ...base, loadBalancerType: UNKNOWN_STRING }, mentions: "loadBalancerType" },
  ])("neither flags nor remediates when $label", async ({ props, mentions }) => {
    const outcome = await runResourcePolicy(albDropInvalidHeaders, { type: LB.lb, props });
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(mentions);
    expect(outcome.remediated).toBeUndefined();
  });

  it("keeps the other inputs, unknowns included, when remediating", async () => {
    const props = { ...base, name: UNKNOWN_STRING, idleTimeout: 60, accessLogs: { bucket: "logs", enabled: true } };
    const outcome = await runResourcePolicy(albDropInvalidHeaders, { type: LB.alb, props });
    expect(outcome.remediated).toEqual({ ...props, dropInvalidHeaderFields: true });
  });

  it("never prints secret inputs", async () => {
    const outcome = await runResourcePolicy(albDropInvalidHeaders, { type: LB.lb, props: { ...base, name: secret("hunter2-lb"), tags: secret({ k: "s3cr3t" }) } });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/hunter2|s3cr3t/);
  });

  it("is remediable in its metadata", () => {
    expect(albDropInvalidHeaders.rampart.remediable).toBe(true);
  });
});
