// API Gateway custom domain names accept nothing older than TLS 1.2. A REST domain (aws.apigateway)
// takes the legacy TLS_1_0 or TLS_1_2 policy or an enhanced SecurityPolicy_* one (all TLS 1.2 or
// later); TLS_1_0 accepts TLS 1.0 and 1.1. An HTTP/WebSocket domain (aws.apigatewayv2) only
// supports TLS_1_2 (API Gateway Developer Guide, "Choose a security policy for your custom domain").
// A REST domain with no securityPolicy is reported too: the provider only detects drift on a value
// it was given, and which policy AWS picks then is not stated per endpoint type.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { safeToken } from "../lib/safe-text";
import { blockOf } from "./nested-block";
import { APIGATEWAY_T, DOMAIN_NAME_PROPS as D, V2_DOMAIN_NAME_PROPS as V2 } from "../aws/apigateway";

/** Policies whose name says they accept TLS 1.0 or 1.1 (TLS_1_0, or an enhanced policy with a 1_0/1_1 floor). */
const BELOW_TLS12 = /^TLS_1_[01]$|^SecurityPolicy_TLS1[0-3]_1_[01](_|$)/i;

export const apigatewayDomainTlsMinimum = resourcePolicy<Record<string, never>>({
  name: "apigateway-domain-tls-minimum",
  description: "Every API Gateway custom domain name (REST and v2) names a security policy whose oldest protocol is TLS 1.2: TLS_1_2 or an enhanced SecurityPolicy_* policy, never TLS_1_0.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [{ framework: "owasp", ids: ["A02:2021"] }],
  remediationSteps:
    "Set securityPolicy: \"TLS_1_2\" (or an enhanced policy such as SecurityPolicy_TLS13_1_2_PQ_2025_09 with endpointAccessMode) on aws.apigateway.DomainName, and domainNameConfiguration.securityPolicy: \"TLS_1_2\" on aws.apigatewayv2.DomainName.",
  types: [APIGATEWAY_T.domainName, APIGATEWAY_T.v2DomainName],
  check(domain, _config, judge) {
    let raw: unknown;
    let path: string;
    if (domain.type === APIGATEWAY_T.v2DomainName) {
      const config = blockOf(domain.props[V2.domainNameConfiguration]);
      if (config === UNKNOWN) return judge.unknown(V2.domainNameConfiguration);
      path = `${V2.domainNameConfiguration}.securityPolicy`;
      raw = config?.securityPolicy;
    } else {
      path = D.securityPolicy;
      raw = domain.props[D.securityPolicy];
    }
    const policy = raw === undefined || raw === null || raw === "" ? undefined : readString(raw);
    if (policy === UNKNOWN) return judge.unknown(path);
    if (policy !== undefined && !BELOW_TLS12.test(policy.trim())) return;
    const shown = policy === undefined ? `no ${path}` : `${path} "${safeToken(policy, "an unreadable value")}", which accepts TLS 1.0 and 1.1`;
    judge.violation(`API Gateway domain name "${domain.name}" has ${shown}. Set ${path} to "TLS_1_2" or an enhanced SecurityPolicy_* policy.`);
  },
});
