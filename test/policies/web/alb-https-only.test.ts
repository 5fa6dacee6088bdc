import { albHttpsOnly } from "../../../policies/web/alb-https-only";
import { UNKNOWN_ARRAY, UNKNOWN_STRING, runStackPolicy, secret } from "../../helpers/policy-harness";
import { LISTENER } from "./web-fixtures";

const toHttps = { type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } };
const forward = { type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1" };
const lbArn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/1";

interface Row {
  label: string;
  type: string;
  props: Record<string, unknown>;
}

describe("alb-https-only", () => {
  const bad: (Row & { expected: RegExp })[] = [
    { label: "aws:lb HTTP listener forwarding to targets", type: LISTENER.lb, props: { loadBalancerArn: lbArn, port: 80, protocol: "HTTP", defaultActions: [forward] }, expected: /defaultActions\[0\] has type "forward"/ },
    { label: "aws:alb HTTP listener forwarding to targets", type: LISTENER.alb, props: { loadBalancerArn: lbArn, port: 80, protocol: "HTTP", defaultActions: [forward] }, expected: /serves clear text/ },
    { label: "protocol missing (defaults to HTTP) with a forward", type: LISTENER.lb, props: { loadBalancerArn: lbArn, port: 8080, defaultActions: [forward] }, expected: /HTTP listener/ },
    {
      label: "redirect that keeps the request protocol",
      type: LISTENER.lb,
      props: { port: 80, protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { port: "8080", statusCode: "HTTP_302" } }] },
      expected: /redirect protocol "#\{protocol\}" instead of HTTPS/,
    },
    {
      label: "redirect to plain HTTP",
      type: LISTENER.alb,
      props: { port: 80, protocol: "http", defaultActions: [{ type: "redirect", redirect: { protocol: "HTTP", statusCode: "HTTP_301" } }] },
      expected: /redirect protocol "HTTP"/,
    },
    { label: "fixed response over HTTP", type: LISTENER.lb, props: { port: 80, protocol: "HTTP", defaultActions: [{ type: "fixed-response", fixedResponse: { contentType: "text/plain", statusCode: "200" } }] }, expected: /type "fixed-response"/ },
    { label: "no default actions at all", type: LISTENER.lb, props: { port: 80, protocol: "HTTP", defaultActions: [] }, expected: /has no default action redirecting to HTTPS/ },
  ];

  it.each(bad)("flags: $label", async ({ type, props, expected }) => {
    const outcome = await runStackPolicy(albHttpsOnly, [{ type, props }]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(expected);
  });

  it("reports each offending action of a listener", async () => {
    const outcome = await runStackPolicy(albHttpsOnly, [{ type: LISTENER.lb, props: { port: 80, protocol: "HTTP", defaultActions: [toHttps, forward, { type: "redirect", redirect: { protocol: "HTTP" } }] } }]);
    expect(outcome.violations.map((v) => v.message)).toEqual([expect.stringMatching(/defaultActions\[1\]/), expect.stringMatching(/defaultActions\[2\]/)]);
  });

  const good: Row[] = [
    { label: "aws:lb HTTP listener redirecting to HTTPS", type: LISTENER.lb, props: { port: 80, protocol: "HTTP", defaultActions: [toHttps] } },
    { label: "aws:alb HTTP listener redirecting to HTTPS", type: LISTENER.alb, props: { port: 80, protocol: "HTTP", defaultActions: [toHttps] } },
    { label: "protocol missing, redirect given as a list of one, lower-case https", type: LISTENER.lb, props: { port: 80, defaultActions: [{ type: "redirect", redirect: [{ protocol: "https", statusCode: "HTTP_301" }] }] } },
    { label: "HTTPS listener forwarding", type: LISTENER.lb, props: { port: 443, protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", defaultActions: [forward] } },
    { label: "network load balancer TCP listener", type: LISTENER.alb, props: { port: 22, protocol: "TCP", defaultActions: [forward] } },
    { label: "gateway load balancer listener (no port, no protocol)", type: LISTENER.lb, props: { defaultActions: [forward] } },
    { label: "UDP listener", type: LISTENER.lb, props: { port: 53, protocol: "UDP", defaultActions: [forward] } },
  ];

  it.each(good)("passes: $label", async ({ type, props }) => {
    const outcome = await runStackPolicy(albHttpsOnly, [{ type, props }]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  const unknown: (Row & { mentions: string })[] = [
    { label: "protocol unknown", type: LISTENER.lb, props: { port: 80, protocol: UNKNOWN_STRING, defaultActions: [forward] }, mentions: "protocol" },
    { label: "default actions unknown", type: LISTENER.alb, props: { port: 80, protocol: "HTTP", defaultActions: UNKNOWN_ARRAY }, mentions: "defaultActions" },
    { label: "redirect protocol unknown", type: LISTENER.lb, props: { port: 80, protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { protocol: UNKNOWN_STRING } }] }, mentions: "defaultActions[0]" },
    { label: "action type unknown", type: LISTENER.lb, props: { port: 80, protocol: "HTTP", defaultActions: [{ type: UNKNOWN_STRING }] }, mentions: "defaultActions[0]" },
  ];

  it.each(unknown)("does not guess when $label", async ({ type, props, mentions }) => {
    const outcome = await runStackPolicy(albHttpsOnly, [{ type, props }]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(mentions);
  });

  it("never repeats secret values", async () => {
    const outcome = await runStackPolicy(albHttpsOnly, [{
      type: LISTENER.lb,
      props: { port: 80, protocol: secret("HTTP"), certificateArn: secret("arn:aws:acm:hunter2"), defaultActions: [{ type: secret("hunter2 s3cr3t forward"), forward: {} }] },
    }]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/hunter2|s3cr3t/);
    expect(outcome.violations[0].message).toContain("an unexpected value");
  });
});
