// Type tokens and property names of load balancers and listeners. Property names are checked
// against the @pulumi/aws v7 argument types at compile time (`satisfies`), so a renamed input
// breaks the build instead of silently never matching.
import type { ListenerArgs, LoadBalancerArgs } from "@pulumi/aws/lb";

export { LB_TYPES, LISTENER_TYPES } from "../types";

export const LISTENER_RULE_TYPES = ["aws:lb/listenerRule:ListenerRule", "aws:alb/listenerRule:ListenerRule"] as const;

export const LISTENER_CERTIFICATE_TYPES = ["aws:lb/listenerCertificate:ListenerCertificate", "aws:alb/listenerCertificate:ListenerCertificate"] as const;

export const LB_PROPS = {
  loadBalancerType: "loadBalancerType",
  internal: "internal",
  dropInvalidHeaderFields: "dropInvalidHeaderFields",
} as const satisfies Record<string, keyof LoadBalancerArgs>;

export const LISTENER_PROPS = {
  protocol: "protocol",
  port: "port",
  sslPolicy: "sslPolicy",
  defaultActions: "defaultActions",
} as const satisfies Record<string, keyof ListenerArgs>;
