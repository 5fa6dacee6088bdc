import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const LB = "aws:lb/loadBalancer:LoadBalancer";
const ALB = "aws:alb/loadBalancer:LoadBalancer";
const base = { loadBalancerType: "application", internal: false, subnets: ["subnet-0a1b2c3d", "subnet-1a2b3c4d"] };

export const examples = policyExamples({
  policy: "alb-access-logs-enabled",
  good: [
    {
      title: "an internet-facing ALB that logs to its access-log bucket",
      resources: [{ type: LB, name: "web", props: { ...base, accessLogs: { bucket: "web-access-logs-4f1c", prefix: "alb", enabled: true } } }],
    },
    {
      title: "a log bucket created in the same deployment (its name unknown during preview)",
      resources: [{ type: LB, name: "web", props: { ...base, accessLogs: { bucket: UNKNOWN_SENTINELS.string, enabled: true } } }],
    },
    {
      title: "a network load balancer (outside ELB.5) without access logs",
      resources: [{ type: LB, name: "tcp", props: { ...base, loadBalancerType: "network" } }],
    },
  ],
  bad: [
    {
      title: "an ALB without an accessLogs block logs nothing",
      resources: [{ type: LB, name: "web", props: base }],
      violations: ["web"],
      message: /Load balancer "web" writes no access logs \(accessLogs\.enabled is not set and defaults to false\)/,
    },
    {
      title: "an aws.alb load balancer whose bucket is named but logging is switched off",
      resources: [{ type: ALB, name: "admin", props: { accessLogs: { bucket: "admin-logs", enabled: false } } }],
      violations: ["admin"],
      message: /accessLogs\.enabled is false/,
    },
    {
      title: "logging enabled with an empty bucket name",
      resources: [{ type: LB, name: "web", props: { ...base, accessLogs: { bucket: "", enabled: true } } }],
      violations: ["web"],
      message: /enables access logs without a destination/,
    },
  ],
  unknown: [
    {
      title: "enabled computed from config during preview",
      resources: [{ type: LB, name: "web", props: { ...base, accessLogs: { bucket: "logs", enabled: UNKNOWN_SENTINELS.boolean } } }],
    },
    {
      title: "the load balancer type computed during preview",
      resources: [{ type: LB, name: "web", props: { loadBalancerType: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
