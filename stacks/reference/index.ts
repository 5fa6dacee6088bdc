// Rampart's reference environment: the hardened components composed into one stack that passes
// baselines/strict.json (network, web tier, container service, database, patching, account guardrails). Settings come from stack config (see settings.ts):
//   pulumi config set vpcCidr 10.20.0.0/16 ; pulumi config set osFamily ubuntu ; pulumi config set osVersion 22.04 ; …
// Without `certificateArn`, an ACM certificate for `domainName` is requested; with
// `hostedZoneId` too, it is validated through Route 53, otherwise validate it by hand.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AccountBaseline, HardenedDatabase, HardenedFargateService, HardenedFunction, HardenedStaticSite, HardenedVpc, HardenedWebTier, PatchManagement, PatchedServices, osImage } from "..";
import { readSettings } from "./settings";

const config = new pulumi.Config();
const settings = readSettings((key) => config.get(key), (message) => void pulumi.log.warn(message));
const tags = { project: "rampart-reference", stack: pulumi.getStack() };

const network = new HardenedVpc("ref", {
  cidrBlock: settings.vpcCidr,
  azCount: settings.azCount,
  publicSubnets: true,
  natGateways: settings.natGateways,
  internetEgressPorts: settings.internetEgressPorts,
  tags,
});

const certificateArn = settings.certificateArn ?? requestCertificate(settings.domainName, settings.hostedZoneId);

const web = new HardenedWebTier("web", {
  vpcId: network.vpcId,
  publicSubnetIds: network.publicSubnetIds,
  privateSubnetIds: network.privateSubnetIds,
  certificateArn,
  appPort: settings.appPort,
  osFamily: settings.osFamily,
  osVersion: settings.osVersion,
  instanceType: settings.instanceType,
  minSize: settings.minSize,
  maxSize: settings.maxSize,
  internetEgressPorts: settings.internetEgressPorts,
  deletionProtection: settings.deletionProtection,
  tags,
});

const database = settings.database ? new HardenedDatabase("db", {
  vpcId: network.vpcId,
  subnetIds: network.privateSubnetIds,
  clientSecurityGroupIds: [web.instanceSecurityGroupId],
  instanceClass: settings.databaseInstanceClass,
  multiAz: settings.databaseMultiAz,
  deletionProtection: settings.deletionProtection,
  tags,
}) : undefined;

const patching = new PatchManagement("patching", {
  patchGroup: web.patchGroup,
  operatingSystems: [osImage(settings.osFamily, undefined, settings.osVersion).patchOperatingSystem],
  tags,
});

// A registry repository and a Lambda function that keep up with their patches.
const services = new PatchedServices("services", { tags });

// A container service on Fargate behind the web tier's load balancer (/api/*), its image from that repository.
const api = new HardenedFargateService("api", {
  vpcId: network.vpcId,
  subnetIds: network.privateSubnetIds,
  listenerArn: web.httpsListener.arn,
  loadBalancerSecurityGroupId: web.albSecurityGroupId,
  pathPatterns: ["/api/*"],
  repository: services.repository,
  imageTag: settings.serviceImageTag,
  tags,
});

// Static assets on CloudFront (its own us-east-1 certificate for static.<domainName>, WAF, private bucket).
const site = new HardenedStaticSite("site", { domainName: `static.${settings.domainName}`, tags });

const account = settings.accountBaseline ? new AccountBaseline("account", { tags }) : undefined;

// An operations hook: IAM-authenticated URL, its own logs, no credentials in its environment.
const opsHook = new HardenedFunction("ops-hook", {
  code: new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset("exports.handler = async () => ({ statusCode: 204 });\n") }),
  functionUrl: true,
  tags,
});

function requestCertificate(domainName: string, hostedZoneId?: string): pulumi.Output<string> {
  const certificate = new aws.acm.Certificate("web-cert", { domainName, validationMethod: "DNS", tags });
  if (hostedZoneId === undefined) return certificate.arn;
  const option = certificate.domainValidationOptions[0];
  const record = new aws.route53.Record("web-cert-validation", {
    zoneId: hostedZoneId,
    name: option.resourceRecordName,
    type: option.resourceRecordType,
    records: [option.resourceRecordValue],
    ttl: 300,
    allowOverwrite: true,
  });
  return new aws.acm.CertificateValidation("web-cert", {
    certificateArn: certificate.arn,
    validationRecordFqdns: [record.fqdn],
  }).certificateArn;
}

export const vpcId = network.vpcId;
export const albDnsName = web.dnsName;
export const accessLogsBucket = web.accessLogsBucket;
export const databaseEndpoint = database?.endpoint;
export const opsHookArn = opsHook.arn;
export const maintenanceWindowId = patching.maintenanceWindowId;
export const imageRepositoryUrl = services.repositoryUrl;
export const apiServiceName = api.service.name;
export const trailBucket = account?.trailBucketName;
export const siteDistribution = site.distributionDomainName;
