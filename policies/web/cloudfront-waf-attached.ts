// Every CloudFront distribution sits behind a WAFv2 web ACL, so injection and exploit payloads
// are filtered at the edge. CloudFront takes its web ACL in the distribution's own webAclId (the
// web ACL's ARN for WAFv2, created with scope CLOUDFRONT in us-east-1); aws.wafv2.WebAclAssociation
// does not accept distributions (AWS WAF Developer Guide, "Using AWS WAF with Amazon CloudFront").
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { DISTRIBUTION_PROPS as P, WEB_T } from "./types";

export const cloudfrontWafAttached = resourcePolicy<Record<string, never>>({
  name: "cloudfront-waf-attached",
  description: "Every CloudFront distribution names a WAFv2 web ACL in webAclId (CloudFront is always internet-facing).",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["CloudFront.6"] },
    { framework: "owasp", ids: ["A03:2021", "A05:2021"] },
  ],
  remediationSteps:
    "Create an aws.wafv2.WebAcl with scope CLOUDFRONT in us-east-1 (with AWS managed rule groups, see waf-owasp-managed-rules) and set the distribution's webAclId to the web ACL's arn.",
  types: [WEB_T.distribution],
  check(distribution, _config, judge) {
    const acl = readString(distribution.props[P.webAclId]);
    if (acl === UNKNOWN) return judge.unknown(P.webAclId);
    if (acl !== undefined && acl.trim() !== "") return;
    judge.violation(`CloudFront distribution "${distribution.name}" has no WAF web ACL (webAclId is not set). Set webAclId to the arn of a CLOUDFRONT-scope aws.wafv2.WebAcl with AWS managed rule groups.`);
  },
});
