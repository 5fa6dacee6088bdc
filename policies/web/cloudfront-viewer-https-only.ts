// Viewers reach a CloudFront distribution over HTTPS only: every cache behavior's
// viewerProtocolPolicy is redirect-to-https or https-only. allow-all serves content in clear text
// on port 80 (CloudFront Developer Guide, "Require HTTPS for communication between viewers and
// CloudFront").
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { safeToken } from "../lib/safe-text";
import { cacheBehaviorsOf } from "./cloudfront";
import { CACHE_BEHAVIOR_PROPS as B, WEB_T } from "./types";

const HTTPS_POLICIES = ["redirect-to-https", "https-only"];

export const cloudfrontViewerHttpsOnly = resourcePolicy<Record<string, never>>({
  name: "cloudfront-viewer-https-only",
  description: "Every cache behavior of a CloudFront distribution (the default one and each ordered one) has viewerProtocolPolicy redirect-to-https or https-only.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["CloudFront.3"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps: "Set viewerProtocolPolicy to \"redirect-to-https\" (or \"https-only\") on defaultCacheBehavior and on every entry of orderedCacheBehaviors.",
  types: [WEB_T.distribution],
  check(distribution, _config, judge) {
    const plain: string[] = [];
    for (const { path, block } of cacheBehaviorsOf(distribution.props)) {
      if (block === UNKNOWN) {
        judge.unknown(path);
        continue;
      }
      const policy = readString(block[B.viewerProtocolPolicy]);
      if (policy === UNKNOWN) judge.unknown(`${path}.${B.viewerProtocolPolicy}`);
      else if (!HTTPS_POLICIES.includes((policy ?? "").trim().toLowerCase())) plain.push(`${path}.${B.viewerProtocolPolicy} "${safeToken(policy)}"`);
    }
    if (plain.length === 0) return;
    judge.violation(`CloudFront distribution "${distribution.name}" serves viewers over plain HTTP: ${plain.join(", ")}. Set viewerProtocolPolicy to "redirect-to-https" or "https-only".`);
  },
});
