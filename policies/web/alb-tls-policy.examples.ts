import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const LISTENER = "aws:lb/listener:Listener";
const LB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188";
const NLB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/mqtt/2b3c4d5e6f708192";
const CERT = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
const FORWARD = [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067" }];

function https(sslPolicy?: unknown): Record<string, unknown> {
  const base = { loadBalancerArn: LB_ARN, port: 443, protocol: "HTTPS", certificateArn: CERT, defaultActions: FORWARD };
  return sslPolicy === undefined ? base : { ...base, sslPolicy };
}

export const examples = policyExamples({
  policy: "alb-tls-policy",
  good: [
    {
      title: "an HTTPS listener on TLS 1.2/1.3 with strong ciphers and post-quantum key exchange",
      resources: [{ type: LISTENER, name: "https", props: https("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09") }],
    },
    {
      title: "a TLS listener of a network load balancer that accepts only TLS 1.3",
      resources: [{ type: "aws:alb/listener:Listener", name: "mqtts", props: { loadBalancerArn: NLB_ARN, port: 8883, protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS13-1-3-2021-06", certificateArn: CERT, defaultActions: FORWARD } }],
    },
    {
      title: "ELBSecurityPolicy-TLS13-1-2-2021-06 (TLS 1.2 and 1.3) is in AWS's table of TLS 1.2+ policies, allowed by default",
      resources: [{ type: LISTENER, name: "https", props: https("ELBSecurityPolicy-TLS13-1-2-2021-06") }],
    },
    {
      title: "a FIPS policy with TLS 1.2 extended ciphers is TLS 1.2+ too",
      resources: [{ type: LISTENER, name: "https", props: https("ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04") }],
    },
    {
      title: "the former console default ELBSecurityPolicy-TLS13-1-2-2021-06, when a custom allowedSslPolicies lists it",
      config: { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-2021-06"] },
      resources: [{ type: LISTENER, name: "https", props: https("ELBSecurityPolicy-TLS13-1-2-2021-06") }],
    },
    {
      title: "a plain HTTP listener has no TLS policy to judge",
      resources: [{ type: LISTENER, name: "http", props: { loadBalancerArn: LB_ARN, port: 80, protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }] } }],
    },
  ],
  bad: [
    {
      title: "an HTTPS listener that names no sslPolicy gets ELBSecurityPolicy-2016-08, which accepts TLS 1.0",
      resources: [{ type: LISTENER, name: "https", props: https() }],
      violations: ["https"],
      message: /HTTPS listener "https" uses no sslPolicy \(the API applies ELBSecurityPolicy-2016-08\)/,
    },
    {
      title: "an HTTPS listener pinned to the legacy ELBSecurityPolicy-TLS-1-1-2017-01",
      resources: [{ type: LISTENER, name: "https", props: https("ELBSecurityPolicy-TLS-1-1-2017-01") }],
      violations: ["https"],
      message: /sslPolicy "ELBSecurityPolicy-TLS-1-1-2017-01", which is not an allowed TLS policy/,
    },
    {
      title: "a TLS 1.3 policy that still accepts TLS 1.1 clients",
      resources: [{ type: LISTENER, name: "https", props: https("ELBSecurityPolicy-TLS13-1-1-2021-06") }],
      violations: ["https"],
      message: /sslPolicy "ELBSecurityPolicy-TLS13-1-1-2021-06", which is not an allowed TLS policy/,
    },
    {
      title: "TLS 1.2 allowed, when allowedSslPolicies asks for TLS 1.3 only",
      config: { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-3-2021-06", "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09"] },
      resources: [{ type: LISTENER, name: "https", props: https("ELBSecurityPolicy-TLS13-1-2-Res-2021-06") }],
      violations: ["https"],
      message: /sslPolicy "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"/,
    },
  ],
  unknown: [
    {
      title: "an sslPolicy computed from config during preview",
      resources: [{ type: LISTENER, name: "https", props: https(UNKNOWN_SENTINELS.string) }],
    },
    {
      title: "a listener with no sslPolicy whose protocol is computed during preview",
      resources: [{ type: LISTENER, name: "front", props: { loadBalancerArn: LB_ARN, port: 443, protocol: UNKNOWN_SENTINELS.string, certificateArn: CERT, defaultActions: FORWARD } }],
    },
  ],
});
