// Plausible AWS answers for a program run under mocks: AWS-shaped, unique, deterministic ids
// and ARNs for resources, and the invokes real programs call most.
import { createHash } from "crypto";

export const ACCOUNT_ID = "123456789012";

const ID_PREFIX: Record<string, string> = {
  "ec2/securityGroup": "sg-",
  "ec2/defaultSecurityGroup": "sg-",
  "ec2/vpc": "vpc-",
  "ec2/subnet": "subnet-",
  "ec2/defaultSubnet": "subnet-",
  "ec2/instance": "i-",
  "ec2/launchTemplate": "lt-",
  "ebs/volume": "vol-",
  "ec2/networkAcl": "acl-",
  "ec2/defaultNetworkAcl": "acl-",
  "ec2/internetGateway": "igw-",
  "ec2/routeTable": "rtb-",
  "ec2/natGateway": "nat-",
  "ec2/eip": "eipalloc-",
  "ec2/vpcEndpoint": "vpce-",
  "ec2/flowLog": "fl-",
  "ec2/securityGroupRule": "sgrule-",
  "vpc/securityGroupIngressRule": "sgr-",
  "vpc/securityGroupEgressRule": "sgr-",
  "ec2/networkAclRule": "nacl-",
  "guardduty/detector": "",
  "kms/key": "",
};

function hex(seed: string, length: number): string {
  return createHash("sha256").update(seed).digest("hex").slice(0, length);
}

/** "aws:ec2/securityGroup:SecurityGroup" → "ec2/securityGroup". */
function module(type: string): string {
  return type.split(":")[1] ?? "";
}

export function fakeId(type: string, urn: string, inputs: Record<string, unknown>): string {
  const mod = module(type);
  const prefix = ID_PREFIX[mod];
  if (prefix !== undefined) return `${prefix}${hex(urn, 17)}`;
  if (typeof inputs.name === "string" && inputs.name) return inputs.name;
  if (typeof inputs.bucket === "string" && inputs.bucket) return inputs.bucket;
  return `${mod.split("/").pop()}-${hex(urn, 12)}`;
}

/** The physical name the provider would give a resource that names none (logical name + suffix). */
export function autoName(logicalName: string, urn: string): string {
  return `${logicalName}-${hex(urn, 7)}`;
}

export function fakeArn(type: string, id: string, region: string): string {
  const [service, kind] = module(type).split("/");
  if (service === "s3") return `arn:aws:s3:::${id}`;
  if (service === "iam") return `arn:aws:iam::${ACCOUNT_ID}:${kind ?? "resource"}/${id}`;
  return `arn:aws:${service}:${region}:${ACCOUNT_ID}:${kind ?? "resource"}/${id}`;
}

/** Properties the provider computes that programs commonly read, added to a created resource's state. */
export function computedState(type: string, logicalName: string, urn: string, inputs: Record<string, unknown>, region: string, preview: boolean): Record<string, unknown> {
  const state: Record<string, unknown> = { ...inputs };
  const mod = module(type);
  // Autonaming happens in the provider's Check, before a preview, so names are known even then.
  // A prefix names the resource the way the provider does: the prefix, then a unique suffix.
  if (mod === "s3/bucket" || mod === "s3/bucketV2") {
    if (state.bucket === undefined) state.bucket = typeof state.bucketPrefix === "string" ? `${state.bucketPrefix}${hex(urn, 26)}` : autoName(logicalName, urn);
  } else if (state.name === undefined && type.startsWith("aws:")) {
    state.name = typeof state.namePrefix === "string" ? `${state.namePrefix}${hex(urn, 26)}` : autoName(logicalName, urn);
  }
  if (preview) return state;
  const id = fakeId(type, urn, state);
  state.arn ??= fakeArn(type, id, region);
  if (mod === "s3/bucket" || mod === "s3/bucketV2") {
    state.bucketDomainName ??= `${String(state.bucket)}.s3.amazonaws.com`;
    state.bucketRegionalDomainName ??= `${String(state.bucket)}.s3.${region}.amazonaws.com`;
  }
  if (mod === "lb/loadBalancer" || mod === "alb/loadBalancer") {
    state.dnsName ??= `${String(state.name)}-${hex(urn, 8)}.${region}.elb.amazonaws.com`;
    state.zoneId ??= "Z35SXDOTRQ7X7K";
    state.arnSuffix ??= `app/${String(state.name)}/${hex(urn, 16)}`;
  }
  if (mod === "ec2/vpc") {
    state.defaultSecurityGroupId ??= `sg-${hex(urn + "default-sg", 17)}`;
    state.defaultNetworkAclId ??= `acl-${hex(urn + "default-acl", 17)}`;
    state.mainRouteTableId ??= `rtb-${hex(urn + "main-rtb", 17)}`;
  }
  if (mod === "kms/key") state.keyId ??= id;
  if (mod === "ecr/repository") {
    state.registryId ??= ACCOUNT_ID;
    state.repositoryUrl ??= `${ACCOUNT_ID}.dkr.ecr.${region}.amazonaws.com/${String(state.name)}`;
  }
  if (mod === "cloudfront/distribution") state.domainName ??= `d${hex(urn, 13)}.cloudfront.net`;
  if (mod === "ec2/instance") {
    state.privateIp ??= "10.0.0.10";
    state.primaryNetworkInterfaceId ??= `eni-${hex(urn, 17)}`;
  }
  if (mod === "ec2/launchTemplate") state.latestVersion ??= 1;
  if (mod === "rds/instance" || mod === "rds/cluster") {
    state.address ??= `${String(state.identifier ?? state.clusterIdentifier ?? state.name)}.${hex(urn, 12)}.${region}.rds.amazonaws.com`;
    state.port ??= state.engine === "mysql" ? 3306 : 5432;
    state.endpoint ??= `${String(state.address)}:${String(state.port)}`;
  }
  return state;
}
