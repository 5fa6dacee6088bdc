import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const DIST = "aws:cloudfront/distribution:Distribution";

function distribution(defaultPolicy: unknown, ordered?: unknown): Record<string, unknown> {
  const behavior = (policy: unknown, path?: string) => ({ ...(path ? { pathPattern: path } : {}), targetOriginId: "site", viewerProtocolPolicy: policy, allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] });
  return {
    enabled: true,
    origins: [{ originId: "site", domainName: "site-bucket.s3.eu-west-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" }],
    defaultCacheBehavior: behavior(defaultPolicy),
    ...(ordered === undefined ? {} : { orderedCacheBehaviors: Array.isArray(ordered) ? ordered.map((p, i) => behavior(p, `/path${i}/*`)) : ordered }),
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: { acmCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" },
  };
}

export const examples = policyExamples({
  policy: "cloudfront-viewer-https-only",
  good: [
    {
      title: "HTTP requests redirected to HTTPS",
      resources: [{ type: DIST, name: "site", props: distribution("redirect-to-https") }],
    },
    {
      title: "an API path that refuses HTTP outright beside a redirecting default",
      resources: [{ type: DIST, name: "site", props: distribution("redirect-to-https", ["https-only"]) }],
    },
  ],
  bad: [
    {
      title: "the default behavior serves HTTP (allow-all)",
      resources: [{ type: DIST, name: "site", props: distribution("allow-all") }],
      violations: ["site"],
      message: /CloudFront distribution "site" serves viewers over plain HTTP: defaultCacheBehavior.viewerProtocolPolicy "allow-all"/,
    },
    {
      title: "one ordered behavior serves HTTP while the default redirects",
      resources: [{ type: DIST, name: "site", props: distribution("redirect-to-https", ["https-only", "allow-all"]) }],
      violations: ["site"],
      message: /orderedCacheBehaviors\[1\].viewerProtocolPolicy "allow-all"/,
    },
  ],
  unknown: [
    {
      title: "a viewer protocol policy read from config during preview",
      resources: [{ type: DIST, name: "site", props: distribution(UNKNOWN_SENTINELS.string) }],
    },
    {
      title: "ordered behaviors computed during preview",
      resources: [{ type: DIST, name: "site", props: distribution("redirect-to-https", UNKNOWN_SENTINELS.string) }],
    },
  ],
});
