import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const DIST = "aws:cloudfront/distribution:Distribution";
const CERT = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

function distribution(viewerCertificate: unknown): Record<string, unknown> {
  return {
    enabled: true,
    aliases: ["www.example.com"],
    origins: [{ originId: "site", domainName: "site-bucket.s3.eu-west-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" }],
    defaultCacheBehavior: { targetOriginId: "site", viewerProtocolPolicy: "redirect-to-https", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] },
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate,
  };
}

const acm = (minimumProtocolVersion?: unknown) => ({ acmCertificateArn: CERT, sslSupportMethod: "sni-only", ...(minimumProtocolVersion === undefined ? {} : { minimumProtocolVersion }) });

export const examples = policyExamples({
  policy: "cloudfront-viewer-tls-minimum",
  good: [
    {
      title: "an ACM certificate with the TLSv1.2_2021 security policy",
      resources: [{ type: DIST, name: "site", props: distribution(acm("TLSv1.2_2021")) }],
    },
    {
      title: "TLS 1.3 only",
      resources: [{ type: DIST, name: "site", props: distribution(acm("TLSv1.3_2025")) }],
    },
  ],
  bad: [
    {
      title: "the default *.cloudfront.net certificate always gets TLSv1",
      resources: [{ type: DIST, name: "site", props: distribution({ cloudfrontDefaultCertificate: true }) }],
      violations: ["site"],
      message: /CloudFront distribution "site" uses the default CloudFront certificate, whose security policy is always TLSv1/,
    },
    {
      title: "an ACM certificate without minimumProtocolVersion gets the provider's default TLSv1",
      resources: [{ type: DIST, name: "site", props: distribution(acm()) }],
      violations: ["site"],
      message: /has no minimumProtocolVersion \(CloudFront applies TLSv1\), which is not an allowed viewer security policy/,
    },
    {
      title: "TLSv1.2_2019, older than TLSv1.2_2021",
      resources: [{ type: DIST, name: "site", props: distribution(acm("TLSv1.2_2019")) }],
      violations: ["site"],
      message: /minimumProtocolVersion "TLSv1.2_2019"/,
    },
    {
      title: "TLSv1.2_2021, when allowedMinimumProtocolVersions follows CloudFront.15's 2025 policies",
      config: { allowedMinimumProtocolVersions: ["TLSv1.2_2025", "TLSv1.3_2025"] },
      resources: [{ type: DIST, name: "site", props: distribution(acm("TLSv1.2_2021")) }],
      violations: ["site"],
      message: /minimumProtocolVersion "TLSv1.2_2021"/,
    },
  ],
  unknown: [
    {
      title: "a security policy read from config during preview",
      resources: [{ type: DIST, name: "site", props: distribution(acm(UNKNOWN_SENTINELS.string)) }],
    },
    {
      title: "whether the default certificate is used, computed during preview",
      resources: [{ type: DIST, name: "site", props: distribution({ cloudfrontDefaultCertificate: UNKNOWN_SENTINELS.boolean }) }],
    },
  ],
});
