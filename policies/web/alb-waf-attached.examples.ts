import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const LB = "aws:lb/loadBalancer:LoadBalancer";
const ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation";
const ACL_ARN = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/edge/a1b2c3d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d";
const PLACEMENT = { subnets: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"], securityGroups: ["sg-0123456789abcdef0"] };

function arnOf(name: string): string {
  return `arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/${name}/50dc6c495c0c9188`;
}

/** A deployed load balancer: id and arn are its ARN, the value a WebAclAssociation names. */
function loadBalancer(name: string, inputs: Record<string, unknown>, type = LB) {
  return { type, name, props: { ...PLACEMENT, ...inputs }, outputs: { ...PLACEMENT, ...inputs, id: arnOf(name), arn: arnOf(name) } };
}

function association(name: string, resourceArn: unknown) {
  return { type: ASSOCIATION, name, props: { resourceArn, webAclArn: ACL_ARN } };
}

export const examples = policyExamples({
  policy: "alb-waf-attached",
  good: [
    {
      title: "an internet-facing application load balancer with a web ACL associated",
      resources: [loadBalancer("web", { loadBalancerType: "application" }), association("web-waf", arnOf("web"))],
    },
    {
      title: "an internal application load balancer needs no web ACL by default",
      resources: [loadBalancer("admin", { internal: true })],
    },
    {
      title: "a network load balancer cannot take a web ACL",
      resources: [loadBalancer("tcp-ingress", { loadBalancerType: "network" }, "aws:alb/loadBalancer:LoadBalancer")],
    },
  ],
  bad: [
    {
      title: "an internet-facing application load balancer that no web ACL protects",
      resources: [loadBalancer("web", {})],
      violations: ["web"],
      message: /Internet-facing application load balancer "web" has no WAFv2 web ACL/,
    },
    {
      title: "the only association protects another load balancer",
      resources: [loadBalancer("web", {}), loadBalancer("api", {}, "aws:alb/loadBalancer:LoadBalancer"), association("api-waf", arnOf("api"))],
      violations: ["web"],
      message: /"web" has no WAFv2 web ACL/,
    },
    {
      title: "an internal application load balancer without a web ACL, when includeInternal is on",
      config: { includeInternal: true },
      resources: [loadBalancer("admin", { internal: true })],
      violations: ["admin"],
      message: /Internal application load balancer "admin" has no WAFv2 web ACL/,
    },
  ],
  unknown: [
    {
      title: "an association whose target is computed during preview",
      resources: [{ type: LB, name: "web", props: PLACEMENT }, association("web-waf", UNKNOWN_SENTINELS.string)],
    },
    {
      title: "whether the load balancer is internal is computed from config during preview",
      resources: [{ type: LB, name: "web", props: { ...PLACEMENT, internal: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
