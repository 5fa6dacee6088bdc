// A static website on CloudFront that passes the web edge controls: viewers on HTTPS only
// (CloudFront.3) with TLS 1.2+ on a custom certificate (CloudFront.15), a CLOUDFRONT-scope WAF
// with AWS's managed OWASP rule groups (CloudFront.6, WAF.10) that logs to an encrypted group,
// access logs (standard logging v2) to an encrypted group kept a year, and a private
// HardenedBucket read only through origin access control (CloudFront.13) whose policy denies plain
// HTTP (S3.5). CloudFront's certificate and web ACL live in us-east-1 whatever the stack's region,
// so the edge resources use a us-east-1 provider (given, or one of the component's own); the
// content bucket stays in the stack's region.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EncryptedLogGroup } from "./encrypted-log-group";
import { HardenedBucket } from "./hardened-bucket";
import { BASELINE_MANAGED_RULE_GROUPS, managedRuleGroupRules, rateLimitRule, wafVisibility } from "./lib/waf-rules";

/** TLS 1.2 and 1.3 with forward-secret AEAD ciphers; TLSv1.2_2025 and TLSv1.3_2025 are stricter still. */
export const DEFAULT_VIEWER_SECURITY_POLICY = "TLSv1.2_2021";

/** AWS's managed CachingOptimized cache policy. */
const CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";

export interface HardenedStaticSiteArgs {
  /** The site's host name (the distribution's alias), e.g. static.example.com. */
  domainName: pulumi.Input<string>;
  /**
   * An ACM certificate for domainName in us-east-1 (CloudFront reads certificates only there).
   * Default: one is requested with DNS validation; validate it by hand or through Route 53.
   */
  certificateArn?: pulumi.Input<string>;
  /** Viewer security policy. Default TLSv1.2_2021. */
  minimumProtocolVersion?: string;
  /** AWS managed rule groups added to the baseline ones (Common, KnownBadInputs, SQLi). */
  additionalManagedRuleGroups?: string[];
  /** Requests per client IP per 5 minutes before the WAF blocks it; false for no limit. Default 2000. */
  rateLimit?: number | false;
  /** CloudFront price class. Default PriceClass_100 (North America and Europe). */
  priceClass?: string;
  /**
   * The provider for the edge resources, in us-east-1. Default: a new provider with region
   * us-east-1 and the ambient credentials (an explicit provider does not read the stack's aws:
   * config, such as aws:profile: pass your own then).
   */
  usEast1Provider?: aws.Provider;
  /** Retention of access and WAF logs. Default 365 days. */
  logRetentionInDays?: number;
  /**
   * An existing S3 access-log bucket (a HardenedBucket with serverAccessLogSink) for the content
   * bucket's server access logs (S3.9). Default: a sink bucket of the site's own.
   */
  serverAccessLogsBucket?: pulumi.Input<string>;
  tags?: Record<string, string>;
}

export class HardenedStaticSite extends pulumi.ComponentResource {
  readonly bucket: HardenedBucket;
  readonly distribution: aws.cloudfront.Distribution;
  readonly webAcl: aws.wafv2.WebAcl;
  /** The distribution's *.cloudfront.net name: point the alias (domainName) at it. */
  readonly distributionDomainName: pulumi.Output<string>;
  /** The bucket to upload the site's files to. */
  readonly bucketName: pulumi.Output<string>;

  constructor(name: string, args: HardenedStaticSiteArgs, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:stacks:HardenedStaticSite", name, {}, opts);
    const tags = args.tags;
    const usEast1 = args.usEast1Provider ?? new aws.Provider(`${name}-us-east-1`, { region: "us-east-1" }, { parent: this });
    const edge = { parent: this, provider: usEast1 };
    const retentionInDays = args.logRetentionInDays ?? 365;

    // The bucket policy names the distribution, which needs the bucket first: the policy reads the
    // distribution's ARN once the distribution exists.
    let setDistributionArn!: (arn: pulumi.Output<string>) => void;
    const distributionArn = pulumi.output(new Promise<pulumi.Output<string>>((resolve) => (setDistributionArn = resolve)));
    const accessLogsTarget = args.serverAccessLogsBucket === undefined
      ? new HardenedBucket(`${name}-s3-access-logs`, { serverAccessLogSink: true, tags }, { parent: this })
      : undefined;
    this.bucket = new HardenedBucket(`${name}-content`, {
      tags,
      serverAccessLogs: {
        targetBucket: accessLogsTarget?.bucketName ?? args.serverAccessLogsBucket!,
        targetPrefix: "site-content/",
        dependsOn: accessLogsTarget ? [accessLogsTarget.policy] : [],
      },
      policyStatements: (bucketArn) => [{
        Sid: "CloudFrontReadsThroughOriginAccessControl",
        Effect: "Allow",
        Principal: { Service: "cloudfront.amazonaws.com" },
        Action: "s3:GetObject",
        Resource: pulumi.interpolate`${bucketArn}/*`,
        Condition: { StringEquals: { "AWS:SourceArn": distributionArn } },
      }],
    }, { parent: this });

    const oac = new aws.cloudfront.OriginAccessControl(`${name}-oac`, {
      description: `CloudFront reads the ${name} bucket`,
      originAccessControlOriginType: "s3",
      signingBehavior: "always",
      signingProtocol: "sigv4",
    }, edge);

    const rules = managedRuleGroupRules([...BASELINE_MANAGED_RULE_GROUPS, ...(args.additionalManagedRuleGroups ?? [])]);
    const rateLimit = args.rateLimit ?? 2000;
    if (rateLimit !== false) rules.push(rateLimitRule(rateLimit, (rules.length + 1) * 10));
    this.webAcl = new aws.wafv2.WebAcl(`${name}-waf`, {
      scope: "CLOUDFRONT",
      description: `OWASP protections for ${name}`,
      defaultAction: { allow: {} },
      rules,
      visibilityConfig: wafVisibility(`${name}-waf`),
      tags,
    }, edge);
    const wafLogs = new EncryptedLogGroup(`${name}-waf-logs`, { namePrefix: `aws-waf-logs-${name}-`, retentionInDays, tags }, { parent: this, providers: [usEast1] });
    new aws.wafv2.WebAclLoggingConfiguration(`${name}-waf`, {
      resourceArn: this.webAcl.arn,
      logDestinationConfigs: [wafLogs.arn],
      redactedFields: [{ singleHeader: { name: "authorization" } }, { singleHeader: { name: "cookie" } }],
    }, edge);

    const certificateArn = args.certificateArn
      ?? new aws.acm.Certificate(`${name}-cert`, { domainName: args.domainName, validationMethod: "DNS", tags }, edge).arn;

    this.distribution = new aws.cloudfront.Distribution(name, {
      enabled: true,
      comment: `Static site ${name}`,
      aliases: [args.domainName],
      defaultRootObject: "index.html",
      httpVersion: "http2and3",
      priceClass: args.priceClass ?? "PriceClass_100",
      origins: [{ originId: "content", domainName: this.bucket.bucket.bucketRegionalDomainName, originAccessControlId: oac.id }],
      defaultCacheBehavior: {
        targetOriginId: "content",
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ["GET", "HEAD"],
        cachedMethods: ["GET", "HEAD"],
        cachePolicyId: CACHING_OPTIMIZED,
        compress: true,
      },
      restrictions: { geoRestriction: { restrictionType: "none" } },
      viewerCertificate: {
        acmCertificateArn: certificateArn,
        sslSupportMethod: "sni-only",
        minimumProtocolVersion: args.minimumProtocolVersion ?? DEFAULT_VIEWER_SECURITY_POLICY,
      },
      webAclId: this.webAcl.arn,
      tags,
    }, edge);
    setDistributionArn(this.distribution.arn);

    // Standard logging (v2) to CloudWatch Logs: the legacy S3 logging needs bucket ACLs, which
    // HardenedBucket disables.
    const accessLogs = new EncryptedLogGroup(`${name}-access-logs`, { retentionInDays, tags }, { parent: this, providers: [usEast1] });
    const source = new aws.cloudwatch.LogDeliverySource(`${name}-access-logs`, { logType: "ACCESS_LOGS", resourceArn: this.distribution.arn, tags }, edge);
    const destination = new aws.cloudwatch.LogDeliveryDestination(`${name}-access-logs`, {
      deliveryDestinationConfiguration: { destinationResourceArn: accessLogs.arn },
      tags,
    }, edge);
    new aws.cloudwatch.LogDelivery(`${name}-access-logs`, { deliverySourceName: source.name, deliveryDestinationArn: destination.arn, tags }, edge);

    this.distributionDomainName = this.distribution.domainName;
    this.bucketName = this.bucket.bucketName;
    this.registerOutputs({ distributionDomainName: this.distributionDomainName, bucketName: this.bucketName });
  }
}
