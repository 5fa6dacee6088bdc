import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const LISTENER = "aws:lb/listener:Listener";
const LB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188";
const HTTP_LISTENER_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/web/50dc6c495c0c9188/1f2e3d4c5b6a7980";
const TARGETS = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067";
const CERT = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
const TO_HTTPS = { type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } };
const FORWARD = { type: "forward", targetGroupArn: TARGETS };

export const examples = policyExamples({
  policy: "alb-https-only",
  good: [
    {
      title: "an HTTP listener whose only action redirects to HTTPS",
      resources: [{ type: LISTENER, name: "http", props: { loadBalancerArn: LB_ARN, port: 80, protocol: "HTTP", defaultActions: [TO_HTTPS] } }],
    },
    {
      title: "an HTTPS listener that forwards to targets",
      resources: [{ type: LISTENER, name: "https", props: { loadBalancerArn: LB_ARN, port: 443, protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", certificateArn: CERT, defaultActions: [FORWARD] } }],
    },
    {
      title: "a TCP listener of a network load balancer is not an HTTP listener",
      resources: [{ type: "aws:alb/listener:Listener", name: "ssh", props: { loadBalancerArn: LB_ARN, port: 22, protocol: "TCP", defaultActions: [FORWARD] } }],
    },
  ],
  bad: [
    {
      title: "an HTTP listener that forwards requests to targets in clear text",
      resources: [{ type: LISTENER, name: "http", props: { loadBalancerArn: LB_ARN, port: 80, protocol: "HTTP", defaultActions: [FORWARD] } }],
      violations: ["http"],
      message: /HTTP listener "http" serves clear text: defaultActions\[0\] has type "forward" instead of redirect/,
    },
    {
      title: "a listener with no protocol (HTTP by default) whose redirect keeps the request's protocol",
      resources: [{ type: LISTENER, name: "legacy", props: { loadBalancerArn: LB_ARN, port: 8080, defaultActions: [{ type: "redirect", redirect: { port: "80", statusCode: "HTTP_302" } }] } }],
      violations: ["legacy"],
      message: /redirect protocol "#\{protocol\}" instead of HTTPS/,
    },
    {
      title: "an HTTP listener that redirects by default, but whose listener rule forwards /api/* in clear text",
      resources: [
        {
          type: LISTENER,
          name: "http",
          props: { loadBalancerArn: LB_ARN, port: 80, protocol: "HTTP", defaultActions: [TO_HTTPS] },
          outputs: { id: HTTP_LISTENER_ARN, arn: HTTP_LISTENER_ARN, loadBalancerArn: LB_ARN, port: 80, protocol: "HTTP", defaultActions: [TO_HTTPS] },
        },
        {
          type: "aws:lb/listenerRule:ListenerRule",
          name: "api-over-http",
          props: { listenerArn: HTTP_LISTENER_ARN, priority: 10, actions: [FORWARD], conditions: [{ pathPattern: { values: ["/api/*"] } }] },
        },
      ],
      violations: ["api-over-http"],
    },
  ],
  unknown: [
    {
      title: "an HTTP listener whose default actions are computed during preview",
      resources: [{ type: LISTENER, name: "http", props: { loadBalancerArn: LB_ARN, port: 80, protocol: "HTTP", defaultActions: UNKNOWN_SENTINELS.array } }],
    },
    {
      title: "a forwarding listener whose protocol is computed from config during preview",
      resources: [{ type: LISTENER, name: "front", props: { loadBalancerArn: LB_ARN, port: 80, protocol: UNKNOWN_SENTINELS.string, defaultActions: [FORWARD] } }],
    },
  ],
});
