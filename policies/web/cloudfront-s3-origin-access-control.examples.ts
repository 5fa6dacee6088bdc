import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const DIST = "aws:cloudfront/distribution:Distribution";

function distribution(origins: unknown): Record<string, unknown> {
  return {
    enabled: true,
    origins,
    defaultCacheBehavior: { targetOriginId: "site", viewerProtocolPolicy: "redirect-to-https", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] },
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: { cloudfrontDefaultCertificate: true },
  };
}

const API = { originId: "api", domainName: "api.example.com", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] } };

export const examples = policyExamples({
  policy: "cloudfront-s3-origin-access-control",
  good: [
    {
      title: "a private bucket read through origin access control",
      resources: [{ type: DIST, name: "site", props: distribution([{ originId: "site", domainName: "site-bucket.s3.eu-west-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" }]) }],
    },
    {
      title: "a custom origin (an API) needs no origin access control",
      resources: [{ type: DIST, name: "site", props: distribution([API]) }],
    },
    {
      title: "an S3 website endpoint is a custom origin, which origin access control does not serve",
      resources: [{ type: DIST, name: "site", props: distribution([{ originId: "site", domainName: "site-bucket.s3-website-eu-west-1.amazonaws.com", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "http-only", originSslProtocols: ["TLSv1.2"] } }]) }],
    },
  ],
  bad: [
    {
      title: "a bucket REST endpoint read anonymously (the bucket must be public)",
      resources: [{ type: DIST, name: "site", props: distribution([API, { originId: "site", domainName: "site-bucket.s3.amazonaws.com" }]) }],
      violations: ["site"],
      message: /CloudFront distribution "site" reads S3 without origin access control: origins\[1\] has no originAccessControlId/,
    },
    {
      title: "a legacy origin access identity instead of origin access control",
      resources: [{ type: DIST, name: "site", props: distribution([{ originId: "site", domainName: "site-bucket.s3.eu-west-1.amazonaws.com", s3OriginConfig: { originAccessIdentity: "origin-access-identity/cloudfront/E1ABCDEXAMPLE" } }]) }],
      violations: ["site"],
      message: /origins\[0\] has no originAccessControlId/,
    },
  ],
  unknown: [
    {
      title: "a bucket's regional domain name, not known during preview, and no origin access control",
      resources: [{ type: DIST, name: "site", props: distribution([{ originId: "site", domainName: UNKNOWN_SENTINELS.string }]) }],
    },
    {
      title: "an origin access control id not known during preview",
      resources: [{ type: DIST, name: "site", props: distribution([{ originId: "site", domainName: "site-bucket.s3.amazonaws.com", originAccessControlId: UNKNOWN_SENTINELS.string }]) }],
    },
  ],
});
