import { albWafAttached } from "../../../policies/web/alb-waf-attached";
import { StackInput, UNKNOWN_BOOL, UNKNOWN_STRING, runStackPolicy, secret, urnOf } from "../../helpers/policy-harness";
import { LB, arnOfLb, associationByArn, associationByDependency, loadBalancer } from "./web-fixtures";

interface Row {
  label: string;
  stack: StackInput[];
  config?: Record<string, unknown>;
}

describe("alb-waf-attached", () => {
  const bad: (Row & { offender: string })[] = [
    { label: "aws:lb application load balancer with no association", stack: [loadBalancer("web")], offender: urnOf(LB.lb, "web") },
    { label: "aws:alb load balancer with no association", stack: [loadBalancer("web", {}, LB.alb)], offender: urnOf(LB.alb, "web") },
    {
      label: "explicit application type, internal false",
      stack: [loadBalancer("web", { loadBalancerType: "application", internal: false })],
      offender: urnOf(LB.lb, "web"),
    },
    {
      label: "the only association protects another load balancer",
      stack: [loadBalancer("web"), loadBalancer("admin"), associationByArn("waf", arnOfLb("admin"))],
      offender: urnOf(LB.lb, "web"),
    },
    {
      label: "association to an ARN outside the stack",
      stack: [loadBalancer("web", {}, LB.alb), associationByArn("waf", "arn:aws:apigateway:eu-west-1::/restapis/abc/stages/prod")],
      offender: urnOf(LB.alb, "web"),
    },
    { label: "internal as the string \"false\"", stack: [loadBalancer("web", { internal: "false" })], offender: urnOf(LB.lb, "web") },
    {
      label: "internal load balancer when includeInternal is on",
      stack: [loadBalancer("inner", { internal: true })],
      offender: urnOf(LB.lb, "inner"),
      config: { includeInternal: true },
    },
  ];

  it.each(bad)("flags: $label", async ({ stack, offender, config }) => {
    const outcome = await runStackPolicy(albWafAttached, stack, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].urn).toBe(offender);
    expect(outcome.violations[0].message).toMatch(/no WAFv2 web ACL/);
    expect(outcome.notApplicable).toBeUndefined();
  });

  const good: Row[] = [
    {
      label: "aws:lb load balancer associated through propertyDependencies (preview)",
      stack: [loadBalancer("web", { arn: UNKNOWN_STRING, id: UNKNOWN_STRING }), associationByDependency("waf", LB.lb, "web", UNKNOWN_STRING)],
    },
    { label: "aws:alb load balancer associated by ARN value", stack: [loadBalancer("web", {}, LB.alb), associationByArn("waf", arnOfLb("web"))] },
    { label: "network load balancer needs no web ACL", stack: [loadBalancer("nlb", { loadBalancerType: "network" })] },
    { label: "gateway load balancer needs no web ACL", stack: [loadBalancer("gwlb", { loadBalancerType: "gateway" }, LB.alb)] },
    { label: "internal application load balancer (default config)", stack: [loadBalancer("inner", { internal: true })] },
    {
      label: "two load balancers, each associated",
      stack: [loadBalancer("a"), loadBalancer("b", {}, LB.alb), associationByArn("wa", arnOfLb("a")), associationByArn("wb", arnOfLb("b"))],
    },
    { label: "a stack without load balancers", stack: [associationByArn("waf", arnOfLb("elsewhere"))] },
  ];

  it.each(good)("passes: $label", async ({ stack, config }) => {
    const outcome = await runStackPolicy(albWafAttached, stack, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  const unknown: (Row & { mentions: string })[] = [
    { label: "load balancer type unknown", stack: [loadBalancer("web", { loadBalancerType: UNKNOWN_STRING })], mentions: "loadBalancerType" },
    { label: "internal flag unknown", stack: [loadBalancer("web", { internal: UNKNOWN_BOOL })], mentions: "internal" },
    { label: "association target unknown and not linked", stack: [loadBalancer("web"), associationByArn("waf", UNKNOWN_STRING)], mentions: "WebAclAssociation" },
  ];

  it.each(unknown)("does not guess when $label", async ({ stack, mentions }) => {
    const outcome = await runStackPolicy(albWafAttached, stack);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(mentions);
  });

  it("never prints secret properties of the load balancer", async () => {
    const outcome = await runStackPolicy(albWafAttached, [loadBalancer("web", { name: secret("hunter2-lb-name"), tags: secret({ token: "s3cr3t" }) })]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toContain("hunter2");
    expect(outcome.violations[0].message).not.toContain("s3cr3t");
  });

  it("still judges a load balancer whose type is a secret", async () => {
    const outcome = await runStackPolicy(albWafAttached, [loadBalancer("web", { loadBalancerType: secret("application") })]);
    expect(outcome.violations).toHaveLength(1);
  });
});
