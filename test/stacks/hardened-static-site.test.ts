// HardenedStaticSite under Pulumi's mock runtime.
import * as aws from "@pulumi/aws";
import { installMocks, one, ofType, policyOf, settle } from "./mock-aws";
import { HardenedStaticSite } from "../../stacks";

const registered = installMocks();
const mine = (prefix: string) => registered.filter((r) => r.name.startsWith(prefix));
const CERT = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

beforeAll(async () => {
  new HardenedStaticSite("docs", { domainName: "docs.example.com" });
  new HardenedStaticSite("shop", { domainName: "shop.example.com", certificateArn: CERT, minimumProtocolVersion: "TLSv1.3_2025", rateLimit: false, additionalManagedRuleGroups: ["AWSManagedRulesAmazonIpReputationList"] });
  new HardenedStaticSite("own", { domainName: "own.example.com", certificateArn: CERT, usEast1Provider: new aws.Provider("edge", { region: "us-east-1" }) });
  await settle(registered);
});

test("the edge lives in us-east-1: its own provider, a certificate requested there when none is given", () => {
  const provider = one(mine("docs"), "pulumi:providers:aws", "docs-us-east-1");
  expect(provider.inputs.region).toBe("us-east-1");
  expect(one(mine("docs"), "aws:acm/certificate:Certificate").inputs).toMatchObject({ domainName: "docs.example.com", validationMethod: "DNS" });
  expect(ofType(mine("shop"), "aws:acm/certificate:Certificate")).toHaveLength(0);
  expect(ofType(mine("own"), "pulumi:providers:aws")).toHaveLength(0); // the given usEast1Provider serves
});

test("viewers on HTTPS with TLS 1.2+ on the alias, behind the CLOUDFRONT web ACL", () => {
  const docs = one(mine("docs"), "aws:cloudfront/distribution:Distribution");
  expect(docs.inputs).toMatchObject({ aliases: ["docs.example.com"], defaultCacheBehavior: { viewerProtocolPolicy: "redirect-to-https" } });
  expect(docs.inputs.viewerCertificate).toMatchObject({ sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" });
  const shop = one(mine("shop"), "aws:cloudfront/distribution:Distribution");
  expect(shop.inputs.viewerCertificate).toMatchObject({ acmCertificateArn: CERT, minimumProtocolVersion: "TLSv1.3_2025" });
  const acl = one(mine("shop"), "aws:wafv2/webAcl:WebAcl");
  expect(acl.inputs.scope).toBe("CLOUDFRONT");
  expect(acl.inputs.rules.map((r: { name: string }) => r.name)).toEqual([
    "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet", "AWSManagedRulesAmazonIpReputationList",
  ]);
  expect(one(mine("docs"), "aws:wafv2/webAcl:WebAcl").inputs.rules.map((r: { name: string }) => r.name)).toContain("RateLimitPerClientIp");
  expect(one(mine("docs"), "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration").inputs.logDestinationConfigs).toHaveLength(1);
});

test("a private bucket that only this distribution reads, through origin access control, and that denies plain HTTP", () => {
  const docs = one(mine("docs"), "aws:cloudfront/distribution:Distribution");
  const oac = one(mine("docs"), "aws:cloudfront/originAccessControl:OriginAccessControl");
  expect(oac.inputs).toMatchObject({ originAccessControlOriginType: "s3", signingBehavior: "always", signingProtocol: "sigv4" });
  expect(docs.inputs.origins).toEqual([expect.objectContaining({ originId: "content", originAccessControlId: expect.any(String) })]);
  const [deny, read] = policyOf(one(mine("docs"), "aws:s3/bucketPolicy:BucketPolicy", "docs-content-policy").inputs.policy).Statement;
  expect(deny).toMatchObject({ Sid: "DenyInsecureTransport", Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } });
  expect(read).toMatchObject({ Effect: "Allow", Principal: { Service: "cloudfront.amazonaws.com" }, Action: "s3:GetObject" });
  expect(read.Condition.StringEquals["AWS:SourceArn"]).toEqual(expect.stringContaining("docs"));
  for (const block of ofType(mine("docs"), "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock")) expect(block.inputs.restrictPublicBuckets).toBe(true);
});

test("the content bucket's server access logs go to an access-log bucket of the site's own (S3.9)", () => {
  const logging = one(mine("docs"), "aws:s3/bucketLogging:BucketLogging");
  expect(logging.inputs.targetPrefix).toBe("site-content/");
  expect(ofType(mine("docs"), "aws:s3/bucket:Bucket").map((b) => b.name).sort()).toEqual(["docs-content", "docs-s3-access-logs"]);
});

test("access logs through standard logging v2 to an encrypted group kept a year", () => {
  const group = one(mine("docs"), "aws:cloudwatch/logGroup:LogGroup", "docs-access-logs");
  expect(group.inputs).toMatchObject({ retentionInDays: 365, kmsKeyId: expect.any(String) });
  expect(one(mine("docs"), "aws:cloudwatch/logDeliverySource:LogDeliverySource").inputs.logType).toBe("ACCESS_LOGS");
  expect(ofType(mine("docs"), "aws:cloudwatch/logDelivery:LogDelivery")).toHaveLength(1);
});
