import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const LB = "aws:lb/loadBalancer:LoadBalancer";
const PLACEMENT = { subnets: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"], securityGroups: ["sg-0123456789abcdef0"] };

export const examples = policyExamples({
  policy: "alb-drop-invalid-headers",
  good: [
    {
      title: "an application load balancer that drops headers with invalid names",
      resources: [{ type: LB, name: "web", props: { loadBalancerType: "application", ...PLACEMENT, dropInvalidHeaderFields: true } }],
    },
    {
      title: "a network load balancer, which does not parse HTTP headers",
      resources: [{ type: LB, name: "tcp-ingress", props: { loadBalancerType: "network", subnets: PLACEMENT.subnets } }],
    },
  ],
  bad: [
    {
      title: "an application load balancer that leaves dropInvalidHeaderFields at its default (false)",
      resources: [{ type: LB, name: "web", props: { ...PLACEMENT } }],
      violations: ["web"],
      message: /Application load balancer "web" forwards HTTP headers with invalid names/,
    },
    {
      title: "an aws:alb load balancer that turns dropInvalidHeaderFields off",
      resources: [{ type: "aws:alb/loadBalancer:LoadBalancer", name: "api", props: { loadBalancerType: "application", internal: true, ...PLACEMENT, dropInvalidHeaderFields: false } }],
      violations: ["api"],
      message: /dropInvalidHeaderFields is not true/,
    },
  ],
  unknown: [
    {
      title: "dropInvalidHeaderFields computed from config during preview",
      resources: [{ type: LB, name: "web", props: { ...PLACEMENT, dropInvalidHeaderFields: UNKNOWN_SENTINELS.boolean } }],
    },
    {
      title: "the load balancer type computed during preview",
      resources: [{ type: LB, name: "edge", props: { loadBalancerType: UNKNOWN_SENTINELS.string, ...PLACEMENT } }],
    },
  ],
});
