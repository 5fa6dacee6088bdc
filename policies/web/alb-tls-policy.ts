// HTTPS and TLS listeners negotiate nothing older than TLS 1.2: by default their sslPolicy is one of
// AWS's predefined ELB security policies whose oldest protocol is TLS 1.2 or 1.3 (the table in
// data/elb-security-policies.json, from the ALB and NLB "Security policies" pages). That includes
// ELBSecurityPolicy-TLS13-1-2-2021-06 and the -Ext, -FIPS, -RFC9151 and -PQ variants; ELB.17's
// narrower list (strong TLS 1.2 ciphers only) stays available as ELB17_POLICIES, and a strict
// config may narrow further to TLS 1.3 only (elbPoliciesFrom("TLSv1.3")). A missing sslPolicy is
// not "no policy": the API then applies ELBSecurityPolicy-2016-08, which still allows TLS 1.0 and 1.1.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { listenerProtocol } from "../aws/lb/listener";
import { safeToken } from "../lib/safe-text";
import { LISTENER_PROPS, LISTENER_TYPES } from "../aws/lb/types";
import { elbPoliciesFrom } from "./elb-security-policies";

interface Config {
  allowedSslPolicies: string[];
}

/** What the Elastic Load Balancing API applies when a listener names no policy. */
const API_DEFAULT_POLICY = "ELBSecurityPolicy-2016-08";

/** Every predefined policy that accepts TLS 1.2 and 1.3 only, or TLS 1.3 only: the default allowlist. */
export const TLS12_PLUS_POLICIES: readonly string[] = elbPoliciesFrom("TLSv1.2");

/** The predefined policies that accept TLS 1.3 only: what a strict config may narrow the allowlist to. */
export const TLS13_ONLY_POLICIES: readonly string[] = elbPoliciesFrom("TLSv1.3");

/** The policies Security Hub control ELB.17 accepts (TLS 1.3-only, or TLS 1.2 restricted to strong ciphers; FIPS and post-quantum variants). */
export const ELB17_POLICIES = [
  "ELBSecurityPolicy-TLS13-1-3-2021-06",
  "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
  "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
  "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09",
];

export const albTlsPolicy = resourcePolicy<Config>({
  name: "alb-tls-policy",
  description:
    "Every HTTPS or TLS listener (aws:lb and aws:alb) names an sslPolicy from the allowed list (by default every predefined ELB security policy whose oldest protocol is TLS 1.2 or later). A missing sslPolicy means the API default ELBSecurityPolicy-2016-08, which allows TLS 1.0.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["ELB.17"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    "Set the listener's sslPolicy to ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09 (TLS 1.2 and 1.3, strong ciphers, hybrid post-quantum key exchange) or ELBSecurityPolicy-TLS13-1-3-2021-06 when every client speaks TLS 1.3.",
  config: {
    allowedSslPolicies: {
      type: "array",
      items: { type: "string" },
      description: "sslPolicy names HTTPS and TLS listeners may use. Default: every predefined ELB security policy that accepts nothing older than TLS 1.2.",
      default: [...TLS12_PLUS_POLICIES],
    },
  },
  types: [...LISTENER_TYPES],
  check(listener, config, judge) {
    const protocol = listenerProtocol(listener.props);
    if (protocol === UNKNOWN) {
      judge.unknown("protocol");
      return;
    }
    if (protocol !== "HTTPS" && protocol !== "TLS") return;
    const raw = listener.props[LISTENER_PROPS.sslPolicy];
    const policy = raw === undefined || raw === null || raw === "" ? API_DEFAULT_POLICY : readString(raw);
    if (policy === UNKNOWN) {
      judge.unknown("sslPolicy");
      return;
    }
    const allowed = Array.isArray(config.allowedSslPolicies) ? config.allowedSslPolicies : [];
    if (policy !== undefined && allowed.includes(policy.trim())) return;
    const shown = policy === API_DEFAULT_POLICY && raw !== API_DEFAULT_POLICY ? `no sslPolicy (the API applies ${API_DEFAULT_POLICY})` : `sslPolicy "${safeToken(policy, "an unreadable value")}"`;
    judge.violation(
      `${protocol} listener "${listener.name}" uses ${shown}, which is not an allowed TLS policy. Set sslPolicy to ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09 or another policy in allowedSslPolicies.`,
    );
  },
});
