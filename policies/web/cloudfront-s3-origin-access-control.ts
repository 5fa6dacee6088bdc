// CloudFront reads S3 origins through origin access control (OAC), so the bucket stays private and
// grants s3:GetObject to the cloudfront.amazonaws.com service principal for this distribution only.
// Without OAC CloudFront fetches anonymously (the bucket must be public) or through a legacy origin
// access identity, which AWS no longer recommends (no SSE-KMS, no opt-in Regions) (CloudFront
// Developer Guide, "Restrict access to an Amazon S3 origin"). An origin is an S3 origin when it has
// an s3OriginConfig or a bucket REST endpoint as domainName; S3 website endpoints are custom
// origins, which OAC does not serve.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { readString } from "../lib/values";
import { blocksOf } from "./cloudfront";
import { DISTRIBUTION_PROPS as P, ORIGIN_PROPS as O, WEB_T } from "./types";

/** bucket.s3.amazonaws.com, bucket.s3.eu-west-1.amazonaws.com, bucket.s3-eu-west-1.amazonaws.com (and .com.cn). */
const S3_REST_ENDPOINT = /\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?\.?$/i;
const S3_WEBSITE_ENDPOINT = /\.s3-website[.-]/i;

type Kind = "s3" | "other" | typeof UNKNOWN;

function originKind(origin: Record<string, unknown>): Kind {
  const s3Config = origin[O.s3OriginConfig];
  if (isUnknown(s3Config)) return UNKNOWN;
  if (s3Config !== undefined && s3Config !== null && !(Array.isArray(s3Config) && s3Config.length === 0)) return "s3";
  const domain = readString(origin[O.domainName]);
  if (domain === UNKNOWN) return UNKNOWN;
  if (domain === undefined || S3_WEBSITE_ENDPOINT.test(domain)) return "other";
  return S3_REST_ENDPOINT.test(domain.trim()) ? "s3" : "other";
}

export const cloudfrontS3OriginAccessControl = resourcePolicy<Record<string, never>>({
  name: "cloudfront-s3-origin-access-control",
  description: "Every S3 origin of a CloudFront distribution (an s3OriginConfig, or a bucket REST endpoint as domainName) names an origin access control in originAccessControlId.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["CloudFront.13"] },
    { framework: "owasp", ids: ["A01:2021"] },
  ],
  remediationSteps:
    "Create an aws.cloudfront.OriginAccessControl { originAccessControlOriginType: \"s3\", signingBehavior: \"always\", signingProtocol: \"sigv4\" }, set originAccessControlId on the origin, and let the bucket policy allow s3:GetObject to the cloudfront.amazonaws.com service principal on condition AWS:SourceArn = the distribution's arn.",
  types: [WEB_T.distribution],
  check(distribution, _config, judge) {
    const origins = blocksOf(distribution.props, P.origins);
    if (origins === UNKNOWN) return judge.unknown(P.origins);
    const missing: string[] = [];
    for (const { path, block } of origins) {
      if (block === UNKNOWN) {
        judge.unknown(path);
        continue;
      }
      const oac = readString(block[O.originAccessControlId]);
      if (oac === UNKNOWN) {
        judge.unknown(`${path}.${O.originAccessControlId}`);
        continue;
      }
      if (oac !== undefined && oac.trim() !== "") continue;
      const kind = originKind(block);
      if (kind === UNKNOWN) judge.unknown(`${path} (whether it is an S3 origin)`);
      else if (kind === "s3") missing.push(path);
    }
    if (missing.length === 0) return;
    judge.violation(`CloudFront distribution "${distribution.name}" reads S3 without origin access control: ${missing.join(", ")} has no ${O.originAccessControlId}. Create an aws.cloudfront.OriginAccessControl and set originAccessControlId.`);
  },
});
