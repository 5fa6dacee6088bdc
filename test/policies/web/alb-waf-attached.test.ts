import { albWafAttached } from "../../../policies/web/alb-waf-attached";
import { StackInput, UNKNOWN_BOOL, UNKNOWN_STRING, runStackPolicy, secret, urnOf } from "../../helpers/policy-harness";
import { LB, arnOfLb, associationByArn, associationByDependency, loadBalancer } from "./web-fixtures";

type Case = [label: string, stack: StackInput[], config?: Record<string, unknown>];

describe("alb-waf-attached", () => {
  const bad: [label: string, stack: StackInput[], offender: string, config?: Record<string, unknown>][] = [
    ["aws:lb application load balancer with no association", [loadBalancer("web")], urnOf(LB.lb, "web")],
    ["aws:alb load balancer with no association", [loadBalancer("web", {}, LB.alb)], urnOf(LB.alb, "web")],
    ["explicit application type, internal false", [loadBalancer("web", { loadBalancerType: "application", internal: false })], urnOf(LB.lb, "web")],
    [
      "the only association protects another load balancer",
      [loadBalancer("web"), loadBalancer("admin"), associationByArn("waf", arnOfLb("admin"))],
      urnOf(LB.lb, "web"),
    ],
    [
      "association to an ARN outside the stack",
      [loadBalancer("web", {}, LB.alb), associationByArn("waf", "arn:aws:apigateway:eu-west-1::/restapis/abc/stages/prod")],
      urnOf(LB.alb, "web"),
    ],
    ["internal as the string \"false\"", [loadBalancer("web", { internal: "false" })], urnOf(LB.lb, "web")],
    ["internal load balancer when includeInternal is on", [loadBalancer("inner", { internal: true })], urnOf(LB.lb, "inner"), { includeInternal: true }],
  ];

  it.each(bad)("flags: %s", async (_label, stack, offender, config) => {
    const outcome = await runStackPolicy(albWafAttached, stack, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].urn).toBe(offender);
    expect(outcome.violations[0].message).toMatch(/no WAFv2 web ACL/);
    expect(outcome.notApplicable).toBeUndefined();
  });

  const good: Case[] = [
    ["aws:lb load balancer associated through propertyDependencies (preview)", [loadBalancer("web", { arn: UNKNOWN_STRING, id: UNKNOWN_STRING }), associationByDependency("waf", LB.lb, "web", UNKNOWN_STRING)]],
    ["aws:alb load balancer associated by ARN value", [loadBalancer("web", {}, LB.alb), associationByArn("waf", arnOfLb("web"))]],
    ["network load balancer needs no web ACL", [loadBalancer("nlb", { loadBalancerType: "network" })]],
    ["gateway load balancer needs no web ACL", [loadBalancer("gwlb", { loadBalancerType: "gateway" }, LB.alb)]],
    ["internal application load balancer (default config)", [loadBalancer("inner", { internal: true })]],
    ["two load balancers, each associated", [loadBalancer("a"), loadBalancer("b", {}, LB.alb), associationByArn("wa", arnOfLb("a")), associationByArn("wb", arnOfLb("b"))]],
    ["a stack without load balancers", [associationByArn("waf", arnOfLb("elsewhere"))]],
  ];

  it.each(good)("passes: %s", async (_label, stack, config) => {
    const outcome = await runStackPolicy(albWafAttached, stack, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  const unknown: [label: string, stack: StackInput[], mentions: string][] = [
    ["load balancer type unknown", [loadBalancer("web", { loadBalancerType: UNKNOWN_STRING })], "loadBalancerType"],
    ["internal flag unknown", [loadBalancer("web", { internal: UNKNOWN_BOOL })], "internal"],
    ["association target unknown and not linked", [loadBalancer("web"), associationByArn("waf", UNKNOWN_STRING)], "WebAclAssociation"],
  ];

  it.each(unknown)("does not guess when %s", async (_label, stack, mentions) => {
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
