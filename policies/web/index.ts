// The web controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { albDropInvalidHeaders } from "./alb-drop-invalid-headers";
import { albHttpsOnly } from "./alb-https-only";
import { albTlsPolicy } from "./alb-tls-policy";
import { albWafAttached } from "./alb-waf-attached";
import { apigatewayDomainTlsMinimum } from "./apigateway-domain-tls-minimum";
import { apigatewayWafAttached } from "./apigateway-waf-attached";
import { cloudfrontS3OriginAccessControl } from "./cloudfront-s3-origin-access-control";
import { cloudfrontViewerHttpsOnly } from "./cloudfront-viewer-https-only";
import { cloudfrontViewerTlsMinimum } from "./cloudfront-viewer-tls-minimum";
import { cloudfrontWafAttached } from "./cloudfront-waf-attached";
import { s3DenyInsecureTransport } from "./s3-deny-insecure-transport";
import { wafOwaspManagedRules } from "./waf-owasp-managed-rules";

export const webPolicies: RampartPolicy[] = [
  albWafAttached,
  wafOwaspManagedRules,
  albHttpsOnly,
  albTlsPolicy,
  albDropInvalidHeaders,
  cloudfrontWafAttached,
  cloudfrontViewerHttpsOnly,
  cloudfrontViewerTlsMinimum,
  cloudfrontS3OriginAccessControl,
  apigatewayWafAttached,
  apigatewayDomainTlsMinimum,
  s3DenyInsecureTransport,
];
