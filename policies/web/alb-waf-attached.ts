// Every internet-facing application load balancer sits behind a WAFv2 web ACL, so injection and
// exploit payloads are filtered before they reach the targets.
import { stackPolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { loadBalancerGraphOf } from "../aws/lb/graph";
import { isInternetFacing, lbKind } from "../aws/lb/load-balancer";
import { LB_TYPES } from "../aws/lb/types";

interface Config {
  includeInternal: boolean;
}

export const albWafAttached = stackPolicy<Config>({
  name: "alb-waf-attached",
  description:
    "Every internet-facing application load balancer (aws:lb and aws:alb) has an aws.wafv2.WebAclAssociation whose resourceArn refers to it.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["ELB.16"] },
    { framework: "owasp", ids: ["A03:2021", "A05:2021"] },
  ],
  remediationSteps:
    "Create an aws.wafv2.WebAcl with scope REGIONAL (with AWS managed rule groups, see waf-owasp-managed-rules) and an aws.wafv2.WebAclAssociation { resourceArn: loadBalancer.arn, webAclArn: webAcl.arn }.",
  config: {
    includeInternal: {
      type: "boolean",
      description: "Also require a web ACL on internal application load balancers.",
      default: false,
    },
  },
  types: [...LB_TYPES],
  check(stack, config, judge) {
    const graph = loadBalancerGraphOf(stack);
    const unresolved = graph.unresolvedWebAclAssociations;
    for (const lb of graph.balancers) {
      const kind = lbKind(lb.props);
      if (kind === UNKNOWN) {
        judge.unknown(`${lb.name}.loadBalancerType`);
        continue;
      }
      if (kind !== "application") continue;
      const facing = isInternetFacing(lb.props);
      if (facing === UNKNOWN) {
        judge.unknown(`${lb.name}.internal`);
        continue;
      }
      if (!facing && config.includeInternal !== true) continue;
      if (graph.webAclAssociationsOf(lb).length > 0) continue;
      if (unresolved > 0) {
        judge.unknown(`the load balancer that ${unresolved} WebAclAssociation(s) protect`);
        continue;
      }
      judge.violation(
        `${facing ? "Internet-facing" : "Internal"} application load balancer "${lb.name}" has no WAFv2 web ACL: no aws.wafv2.WebAclAssociation refers to it. Associate a web ACL with AWS managed rule groups (resourceArn: the load balancer's arn).`,
        lb.urn,
      );
    }
  },
});
