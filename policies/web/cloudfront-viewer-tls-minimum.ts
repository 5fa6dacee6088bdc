// Viewers negotiate TLS 1.2 or later with a CloudFront distribution: its viewer certificate names a
// security policy (minimumProtocolVersion) from TLSv1.2_2021 on. The provider's default is TLSv1,
// and a distribution on the default *.cloudfront.net certificate (cloudfrontDefaultCertificate
// true) always gets TLSv1 whatever minimumProtocolVersion says (CloudFront API Reference,
// ViewerCertificate: "If the distribution uses the CloudFront domain name ... CloudFront
// automatically sets the security policy to TLSv1"; Developer Guide, "Supported protocols and
// ciphers between viewers and CloudFront"). Such a distribution is reported: serve it on an alias
// with an ACM certificate. Security Hub's CloudFront.15 asks for the 2025 policies; narrow
// allowedMinimumProtocolVersions to those to follow it.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool, readString } from "../lib/values";
import { safeToken } from "../lib/safe-text";
import { blockOf } from "./nested-block";
import { DISTRIBUTION_PROPS as P, VIEWER_CERTIFICATE_PROPS as V, WEB_T } from "./types";

interface Config {
  allowedMinimumProtocolVersions: string[];
}

/** What CloudFront applies when minimumProtocolVersion is not set, or the default certificate is used. */
const DEFAULT_POLICY = "TLSv1";

export const cloudfrontViewerTlsMinimum = resourcePolicy<Config>({
  name: "cloudfront-viewer-tls-minimum",
  description:
    "Every CloudFront distribution serves viewers a custom certificate with a minimumProtocolVersion from the allowed list (by default TLSv1.2_2021 and later); the default CloudFront certificate always allows TLSv1.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["CloudFront.15"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    "Serve the distribution on an alias (aliases) with an ACM certificate from us-east-1: viewerCertificate { acmCertificateArn, sslSupportMethod: \"sni-only\", minimumProtocolVersion: \"TLSv1.2_2021\" } (or TLSv1.2_2025 / TLSv1.3_2025).",
  config: {
    allowedMinimumProtocolVersions: {
      type: "array",
      items: { type: "string" },
      description: "CloudFront viewer security policies (minimumProtocolVersion) a distribution may use.",
      default: ["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"],
    },
  },
  types: [WEB_T.distribution],
  check(distribution, config, judge) {
    const cert = blockOf(distribution.props[P.viewerCertificate]);
    if (cert === UNKNOWN) return judge.unknown(P.viewerCertificate);
    const fix = "Use an ACM certificate (sslSupportMethod sni-only) with minimumProtocolVersion TLSv1.2_2021 or later.";
    const useDefault = cert === undefined ? true : readBool(cert[V.cloudfrontDefaultCertificate]);
    if (useDefault === UNKNOWN) return judge.unknown(`${P.viewerCertificate}.${V.cloudfrontDefaultCertificate}`);
    if (useDefault === true) {
      return judge.violation(`CloudFront distribution "${distribution.name}" uses the default CloudFront certificate, whose security policy is always ${DEFAULT_POLICY} (TLS 1.0 accepted). ${fix}`);
    }
    const raw = cert === undefined ? undefined : cert[V.minimumProtocolVersion];
    const version = raw === undefined || raw === null || raw === "" ? undefined : readString(raw);
    if (version === UNKNOWN) return judge.unknown(`${P.viewerCertificate}.${V.minimumProtocolVersion}`);
    const allowed = Array.isArray(config.allowedMinimumProtocolVersions) ? config.allowedMinimumProtocolVersions : [];
    if (version !== undefined && allowed.includes(version.trim())) return;
    const shown = version === undefined ? `no ${V.minimumProtocolVersion} (CloudFront applies ${DEFAULT_POLICY})` : `${V.minimumProtocolVersion} "${safeToken(version, "an unreadable value")}"`;
    judge.violation(`CloudFront distribution "${distribution.name}" has ${shown}, which is not an allowed viewer security policy. ${fix}`);
  },
});
