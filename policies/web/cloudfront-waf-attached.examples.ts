import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const DIST = "aws:cloudfront/distribution:Distribution";
const ACL = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
const BASE = {
  enabled: true,
  origins: [{ originId: "site", domainName: "site-bucket.s3.eu-west-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" }],
  defaultCacheBehavior: { targetOriginId: "site", viewerProtocolPolicy: "redirect-to-https", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] },
  restrictions: { geoRestriction: { restrictionType: "none" } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
};

export const examples = policyExamples({
  policy: "cloudfront-waf-attached",
  good: [
    {
      title: "a distribution behind a CLOUDFRONT-scope WAFv2 web ACL",
      resources: [{ type: DIST, name: "site", props: { ...BASE, webAclId: ACL } }],
    },
  ],
  bad: [
    {
      title: "a distribution with no web ACL",
      resources: [{ type: DIST, name: "site", props: BASE }],
      violations: ["site"],
      message: /CloudFront distribution "site" has no WAF web ACL \(webAclId is not set\)/,
    },
    {
      title: "an empty webAclId is no web ACL",
      resources: [{ type: DIST, name: "assets", props: { ...BASE, webAclId: "" } }],
      violations: ["assets"],
      message: /has no WAF web ACL/,
    },
  ],
  unknown: [
    {
      title: "the web ACL's arn, not known until the web ACL exists",
      resources: [{ type: DIST, name: "site", props: { ...BASE, webAclId: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
