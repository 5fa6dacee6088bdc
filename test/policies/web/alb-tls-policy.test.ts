import { ELB17_POLICIES, TLS12_PLUS_POLICIES, albTlsPolicy } from "../../../policies/web/alb-tls-policy";
import { UNKNOWN_STRING, runResourcePolicy, secret } from "../../helpers/policy-harness";
import { LISTENER } from "./web-fixtures";

const forward = { type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1" };
const cert = "arn:aws:acm:eu-west-1:123456789012:certificate/abc";

function https(props: Record<string, unknown>): Record<string, unknown> {
  return { port: 443, protocol: "HTTPS", certificateArn: cert, defaultActions: [forward], ...props };
}

interface Row {
  label: string;
  type: string;
  props: Record<string, unknown>;
  config?: Record<string, unknown>;
}

describe("alb-tls-policy", () => {
  const bad: (Row & { expected: RegExp })[] = [
    { label: "aws:lb HTTPS listener without sslPolicy (API default 2016-08)", type: LISTENER.lb, props: https({}), expected: /uses no sslPolicy \(the API applies ELBSecurityPolicy-2016-08\)/ },
    { label: "aws:alb HTTPS listener without sslPolicy", type: LISTENER.alb, props: https({}), expected: /HTTPS listener "subject"/ },
    { label: "explicit ELBSecurityPolicy-2016-08", type: LISTENER.lb, props: https({ sslPolicy: "ELBSecurityPolicy-2016-08" }), expected: /sslPolicy "ELBSecurityPolicy-2016-08"/ },
    { label: "TLS13-1-2-2021-06 when the allowlist is ELB.17's narrower list", type: LISTENER.alb, props: https({ sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" }), config: { allowedSslPolicies: ELB17_POLICIES }, expected: /ELBSecurityPolicy-TLS13-1-2-2021-06/ },
    { label: "TLS13-1-0-PQ (post-quantum, but TLS 1.0 accepted)", type: LISTENER.alb, props: https({ sslPolicy: "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09" }), expected: /ELBSecurityPolicy-TLS13-1-0-PQ-2025-09/ },
    { label: "NLB TLS listener with a TLS 1.0 policy", type: LISTENER.lb, props: { port: 443, protocol: "TLS", certificateArn: cert, sslPolicy: "ELBSecurityPolicy-TLS-1-0-2015-04", defaultActions: [forward] }, expected: /TLS listener/ },
    { label: "lower-case https protocol, FS 1.1 policy", type: LISTENER.lb, props: https({ protocol: "https", sslPolicy: "ELBSecurityPolicy-FS-1-1-2019-08" }), expected: /not an allowed TLS policy/ },
    {
      label: "an accepted policy left out of a stricter allowlist",
      type: LISTENER.lb,
      props: https({ sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06" }),
      config: { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-3-2021-06"] },
      expected: /ELBSecurityPolicy-TLS13-1-2-Res-2021-06/,
    },
  ];

  it.each(bad)("flags: $label", async ({ type, props, config, expected }) => {
    const outcome = await runResourcePolicy(albTlsPolicy, { type, props }, config);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(expected);
  });

  const good: Row[] = [
    ...TLS12_PLUS_POLICIES.map((sslPolicy, i) => ({ label: `accepted policy ${sslPolicy}`, type: i % 2 ? LISTENER.alb : LISTENER.lb, props: https({ sslPolicy }) })),
    { label: "NLB TLS listener with a TLS 1.3 policy", type: LISTENER.alb, props: { port: 443, protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS13-1-3-2021-06", defaultActions: [forward] } },
    { label: "HTTP listener is judged by alb-https-only, not here", type: LISTENER.lb, props: { port: 80, protocol: "HTTP", defaultActions: [forward] } },
    { label: "listener with no protocol (HTTP default)", type: LISTENER.lb, props: { port: 80, defaultActions: [forward] } },
    { label: "TCP listener", type: LISTENER.alb, props: { port: 5432, protocol: "TCP", defaultActions: [forward] } },
    { label: "a custom allowlist", type: LISTENER.lb, props: https({ sslPolicy: "ELBSecurityPolicy-FS-1-2-Res-2020-10" }), config: { allowedSslPolicies: ["ELBSecurityPolicy-FS-1-2-Res-2020-10"] } },
  ];

  it.each(good)("passes: $label", async ({ type, props, config }) => {
    const outcome = await runResourcePolicy(albTlsPolicy, { type, props }, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  it.each([
    { label: "sslPolicy unknown", props: https({ sslPolicy: UNKNOWN_STRING }), mentions: "sslPolicy" },
    { label: "protocol unknown", props: https({ protocol: UNKNOWN_STRING }), mentions: "protocol" },
  ])("does not guess when $label", async ({ props, mentions }) => {
    const outcome = await runResourcePolicy(albTlsPolicy, { type: LISTENER.lb, props });
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(mentions);
  });

  it("never repeats secret values", async () => {
    const outcome = await runResourcePolicy(albTlsPolicy, { type: LISTENER.lb, props: https({ certificateArn: secret("hunter2-cert"), sslPolicy: secret("hunter2 s3cr3t") }) });
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/hunter2|s3cr3t/);
  });

  it("accepts an allowed policy held as a secret", async () => {
    const outcome = await runResourcePolicy(albTlsPolicy, { type: LISTENER.alb, props: https({ sslPolicy: secret("ELBSecurityPolicy-TLS13-1-3-2021-06") }) });
    expect(outcome.violations).toEqual([]);
  });
});
