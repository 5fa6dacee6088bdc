import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const REST = "aws:apigateway/domainName:DomainName";
const V2 = "aws:apigatewayv2/domainName:DomainName";
const CERT = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

const rest = (securityPolicy?: unknown) => ({
  domainName: "api.example.com",
  regionalCertificateArn: CERT,
  endpointConfiguration: { types: "REGIONAL" },
  ...(securityPolicy === undefined ? {} : { securityPolicy }),
});
const v2 = (securityPolicy: unknown) => ({ domainName: "ws.example.com", domainNameConfiguration: { certificateArn: CERT, endpointType: "REGIONAL", securityPolicy } });

export const examples = policyExamples({
  policy: "apigateway-domain-tls-minimum",
  good: [
    {
      title: "a regional REST domain on TLS_1_2",
      resources: [{ type: REST, name: "api", props: rest("TLS_1_2") }],
    },
    {
      title: "a REST domain on an enhanced post-quantum policy",
      resources: [{ type: REST, name: "api", props: { ...rest("SecurityPolicy_TLS13_1_2_PQ_2025_09"), endpointAccessMode: "STRICT" } }],
    },
    {
      title: "an HTTP API domain on TLS_1_2",
      resources: [{ type: V2, name: "ws", props: v2("TLS_1_2") }],
    },
  ],
  bad: [
    {
      title: "a REST domain on TLS_1_0, which accepts TLS 1.0 and 1.1",
      resources: [{ type: REST, name: "api", props: rest("TLS_1_0") }],
      violations: ["api"],
      message: /API Gateway domain name "api" has securityPolicy "TLS_1_0", which accepts TLS 1.0 and 1.1/,
    },
    {
      title: "a REST domain that leaves the security policy to AWS",
      resources: [{ type: REST, name: "api", props: rest() }],
      violations: ["api"],
      message: /has no securityPolicy/,
    },
  ],
  unknown: [
    {
      title: "a security policy read from config during preview",
      resources: [{ type: REST, name: "api", props: rest(UNKNOWN_SENTINELS.string) }],
    },
    {
      title: "a v2 domain configuration computed during preview",
      resources: [{ type: V2, name: "ws", props: { domainName: "ws.example.com", domainNameConfiguration: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
