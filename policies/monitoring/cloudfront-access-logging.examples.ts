import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CF = "aws:cloudfront/distribution:Distribution";
const SOURCE = "aws:cloudwatch/logDeliverySource:LogDeliverySource";
const DEST = "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination";
const DELIVERY = "aws:cloudwatch/logDelivery:LogDelivery";
const ARN = "arn:aws:cloudfront::123456789012:distribution/E2EXAMPLE";
const DEST_ARN = "arn:aws:logs:us-east-1:123456789012:delivery-destination:cdn-logs";
const base = {
  enabled: true,
  origins: [{ domainName: "site.s3.eu-west-1.amazonaws.com", originId: "site" }],
  defaultCacheBehavior: { targetOriginId: "site", viewerProtocolPolicy: "redirect-to-https", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] },
  restrictions: { geoRestriction: { restrictionType: "none" } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
};
const cdn = (props: Record<string, unknown> = {}) => ({ type: CF, name: "cdn", props: { ...base, ...props }, outputs: { ...base, ...props, arn: ARN } });
const v2 = (sourceArn: unknown) => [
  { type: SOURCE, name: "cdn-logs", props: { name: "cdn-access", logType: "ACCESS_LOGS", resourceArn: sourceArn } },
  { type: DEST, name: "cdn-logs-bucket", props: { name: "cdn-logs", deliveryDestinationConfiguration: { destinationResourceArn: "arn:aws:s3:::cdn-logs-7f3a" } }, outputs: { arn: DEST_ARN } },
  { type: DELIVERY, name: "cdn-logs", props: { deliverySourceName: "cdn-access", deliveryDestinationArn: DEST_ARN } },
];

export const examples = policyExamples({
  policy: "cloudfront-access-logging",
  good: [
    {
      title: "a distribution with standard logging v2 (delivery source, destination, delivery)",
      resources: [cdn(), ...v2(ARN)],
    },
    {
      title: "a distribution with legacy standard logging to S3",
      resources: [cdn({ loggingConfig: { bucket: "cdn-logs-7f3a.s3.amazonaws.com", prefix: "cdn/", includeCookies: false } })],
    },
  ],
  bad: [
    {
      title: "a distribution without any logging",
      resources: [cdn()],
      violations: ["cdn"],
      message: /CloudFront distribution "cdn" logs no viewer requests/,
    },
    {
      title: "a delivery source for the distribution that no delivery reads",
      resources: [cdn(), v2(ARN)[0]],
      violations: ["cdn"],
    },
  ],
  unknown: [
    {
      title: "a delivery source whose distribution ARN is computed during preview, linked by no dependency",
      resources: [cdn(), ...v2(UNKNOWN_SENTINELS.string)],
    },
  ],
});
