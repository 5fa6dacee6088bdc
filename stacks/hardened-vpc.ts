// A VPC laid out the hardened way: private subnets in every zone, public subnets only for load
// balancers and never auto-assigning public IPs (EC2.15), the default security group and network
// ACL adopted and emptied (EC2.2), subnet NACLs that allow only what the tiers need with no
// admin or data port reachable from the internet (EC2.21), flow logs of all traffic to an
// encrypted log group kept a year (EC2.6, CloudWatch.16), and SSM interface endpoints so private
// instances are managed through Session Manager without any inbound rule.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EncryptedLogGroup } from "./encrypted-log-group";
import { awsContext } from "./lib/aws-context";
import { subnetCidr } from "./lib/cidr";
import { INTERNET_IPV4, NaclRule, allowTcp, allowTcpExcept, port } from "./lib/nacl";
import { policyDocument, serviceTrustPolicy } from "./lib/policy-document";
import { LINUX_EPHEMERAL, RESTRICTED_PORTS } from "./lib/port-ranges";

/** How private subnets reach the internet: not at all, through one NAT gateway, or one per zone. */
export type NatGatewayMode = "none" | "single" | "perAz";

export interface HardenedVpcArgs {
  /** IPv4 block of the VPC, /16 to /24. Default "10.0.0.0/16". It is cut into 16 equal subnets' worth of space. */
  cidrBlock?: string;
  /** Number of availability zones to spread subnets over (1–8). Default 2. Ignored when `availabilityZones` is given. */
  azCount?: number;
  /** Explicit zone names (e.g. ["eu-west-1a", "eu-west-1b"]). Default: the first `azCount` zones the region offers. */
  availabilityZones?: string[];
  /** Create public subnets, for internet-facing load balancers only. Default false. */
  publicSubnets?: boolean;
  /**
   * NAT gateways for private subnets (needs `publicSubnets`). Default "none": instances reach SSM through
   * interface endpoints and S3 (Amazon Linux repositories, patch snapshots) through the gateway endpoint.
   * With NAT the public subnets' ACL admits internet return traffic on 1024–65535 minus the restricted
   * ports, which takes about 27 inbound rules: raise the "rules per network ACL" quota (default 20) first.
   */
  natGateways?: NatGatewayMode;
  /** Interface endpoints for ssm, ssmmessages and ec2messages with private DNS. Default true. */
  ssmEndpoints?: boolean;
  /** A gateway endpoint for S3 on the private route tables. Default true. */
  s3GatewayEndpoint?: boolean;
  /**
   * TCP ports below 1024 (other than 443) that private subnets admit from inside the VPC, e.g. [80]
   * for an application on port 80. Ports 443 and 1024–65535 are always admitted from the VPC.
   */
  privateIngressPorts?: number[];
  /** TCP ports private subnets may reach outside the VPC (package mirrors, AWS APIs). Default [443]. */
  internetEgressPorts?: number[];
  /** Ports never opened from the internet by any NACL rule. Default: the pack's restricted ports. */
  restrictedPorts?: number[];
  /** Days to keep flow logs. Default 365. */
  flowLogRetentionInDays?: number;
  /** Existing KMS key for the flow log group. Default: a new key with rotation. */
  flowLogKmsKeyArn?: pulumi.Input<string>;
  tags?: Record<string, string>;
}

export class HardenedVpc extends pulumi.ComponentResource {
  readonly vpc: aws.ec2.Vpc;
  readonly vpcId: pulumi.Output<string>;
  readonly cidrBlock: string;
  readonly availabilityZones: pulumi.Output<string>[];
  readonly privateSubnetIds: pulumi.Output<string>[];
  readonly publicSubnetIds: pulumi.Output<string>[];
  /** The group of the SSM interface endpoints (admits HTTPS from the VPC only). */
  readonly endpointSecurityGroupId?: pulumi.Output<string>;
  readonly flowLogGroupName: pulumi.Output<string>;

  constructor(name: string, args: HardenedVpcArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super("rampart:stacks:HardenedVpc", name, {}, opts);
    const child = { parent: this };
    const ctx = awsContext(this);
    const cidrBlock = args.cidrBlock ?? "10.0.0.0/16";
    const tags = args.tags ?? {};
    const named = (n: string) => ({ ...tags, Name: n });
    const restricted = args.restrictedPorts ?? [...RESTRICTED_PORTS];
    const wantPublic = args.publicSubnets ?? false;
    const natMode: NatGatewayMode = args.natGateways ?? "none";
    if (natMode !== "none" && !wantPublic) {
      throw new Error(`HardenedVpc ${name}: natGateways "${natMode}" needs publicSubnets: true (NAT gateways live in public subnets)`);
    }
    const zones = this.zones(args);
    this.availabilityZones = zones;
    this.cidrBlock = cidrBlock;

    this.vpc = new aws.ec2.Vpc(name, {
      cidrBlock,
      enableDnsHostnames: true, // private DNS of the interface endpoints needs both DNS flags
      enableDnsSupport: true,
      tags: named(name),
    }, child);
    const vpcId = this.vpc.id;
    this.vpcId = vpcId;

    // Adopt the defaults and leave them empty: nothing can fall back on a permissive default.
    new aws.ec2.DefaultSecurityGroup(`${name}-default-sg`, { vpcId, tags: named(`${name}-default (unused)`) }, child);
    new aws.ec2.DefaultNetworkAcl(`${name}-default-nacl`, {
      defaultNetworkAclId: this.vpc.defaultNetworkAclId,
      tags: named(`${name}-default (deny all)`),
    }, { parent: this, ignoreChanges: ["subnetIds"] }); // subnets move to their own ACLs below

    const privateSubnets = zones.map((az, i) => new aws.ec2.Subnet(`${name}-private-${i}`, {
      vpcId,
      cidrBlock: subnetCidr(cidrBlock, 4, i),
      availabilityZone: az,
      mapPublicIpOnLaunch: false,
      tags: { ...named(`${name}-private-${i}`), "rampart:tier": "private" },
    }, child));
    const publicSubnets = wantPublic ? zones.map((az, i) => new aws.ec2.Subnet(`${name}-public-${i}`, {
      vpcId,
      cidrBlock: subnetCidr(cidrBlock, 4, 8 + i),
      availabilityZone: az,
      mapPublicIpOnLaunch: false, // load balancers get their addresses from AWS, nothing else may have one
      tags: { ...named(`${name}-public-${i}`), "rampart:tier": "public" },
    }, child)) : [];
    this.privateSubnetIds = privateSubnets.map((s) => s.id);
    this.publicSubnetIds = publicSubnets.map((s) => s.id);

    // Routing: public subnets to the internet gateway; private subnets to NAT when asked for, else nowhere.
    const natIds: pulumi.Output<string>[] = [];
    if (wantPublic) {
      const igw = new aws.ec2.InternetGateway(`${name}-igw`, { vpcId, tags: named(`${name}-igw`) }, child);
      const publicRt = new aws.ec2.RouteTable(`${name}-public-rt`, { vpcId, tags: named(`${name}-public`) }, child);
      new aws.ec2.Route(`${name}-public-default`, { routeTableId: publicRt.id, destinationCidrBlock: INTERNET_IPV4, gatewayId: igw.id }, child);
      publicSubnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`${name}-public-rta-${i}`, { subnetId: s.id, routeTableId: publicRt.id }, child));
      const natCount = natMode === "perAz" ? publicSubnets.length : natMode === "single" ? 1 : 0;
      for (let i = 0; i < natCount; i++) {
        const eip = new aws.ec2.Eip(`${name}-nat-eip-${i}`, { domain: "vpc", tags: named(`${name}-nat-${i}`) }, child);
        natIds.push(new aws.ec2.NatGateway(`${name}-nat-${i}`, {
          allocationId: eip.id,
          subnetId: publicSubnets[i].id,
          tags: named(`${name}-nat-${i}`),
        }, { parent: this, dependsOn: [igw] }).id);
      }
    }
    const privateRts = privateSubnets.map((s, i) => {
      const rt = new aws.ec2.RouteTable(`${name}-private-rt-${i}`, { vpcId, tags: named(`${name}-private-${i}`) }, child);
      new aws.ec2.RouteTableAssociation(`${name}-private-rta-${i}`, { subnetId: s.id, routeTableId: rt.id }, child);
      if (natIds.length > 0) {
        new aws.ec2.Route(`${name}-private-default-${i}`, {
          routeTableId: rt.id,
          destinationCidrBlock: INTERNET_IPV4,
          natGatewayId: natIds[i % natIds.length],
        }, child);
      }
      return rt;
    });

    // Network ACLs: stateless, so each tier lists its requests and the replies it expects.
    const internetReplies = natIds.length > 0 || (args.s3GatewayEndpoint ?? true);
    const egressPorts = args.internetEgressPorts ?? [443];
    new aws.ec2.NetworkAcl(`${name}-private-nacl`, {
      vpcId,
      subnetIds: this.privateSubnetIds,
      ingress: [
        allowTcp(100, cidrBlock, port(443)), // HTTPS to the SSM endpoints from other zones
        allowTcp(110, cidrBlock, { from: 1024, to: 65535 }), // application ports from the load balancer; replies inside the VPC
        ...(args.privateIngressPorts ?? []).filter((p) => p !== 443 && p < 1024).map((p, i) => allowTcp(120 + i * 10, cidrBlock, port(p))),
        // Replies from S3 or, through NAT, the internet arrive on Linux's ephemeral ports.
        ...(internetReplies ? allowTcpExcept(200, INTERNET_IPV4, LINUX_EPHEMERAL, restricted) : []),
      ],
      egress: [
        ...egressPorts.map((p, i) => allowTcp(100 + i * 10, INTERNET_IPV4, port(p))),
        allowTcp(300, cidrBlock, { from: 1024, to: 65535 }), // replies to the load balancer and to clients inside the VPC
      ],
      tags: named(`${name}-private`),
    }, child);
    if (wantPublic) {
      new aws.ec2.NetworkAcl(`${name}-public-nacl`, {
        vpcId,
        subnetIds: this.publicSubnetIds,
        ingress: [
          allowTcp(100, INTERNET_IPV4, port(443)), // HTTPS to the load balancer
          allowTcp(110, INTERNET_IPV4, port(80)), // HTTP, only ever redirected to HTTPS
          allowTcp(120, cidrBlock, { from: 1024, to: 65535 }), // replies from targets inside the VPC
          ...(natIds.length > 0 ? allowTcpExcept(200, INTERNET_IPV4, { from: 1024, to: 65535 }, restricted) : []),
        ],
        egress: [
          allowTcp(100, INTERNET_IPV4, { from: 1024, to: 65535 }), // replies to clients
          allowTcp(110, cidrBlock, { from: 0, to: 65535 }), // to targets on their application port
          ...(natIds.length > 0 ? egressPorts.map((p, i) => allowTcp(200 + i * 10, INTERNET_IPV4, port(p))) : []),
        ],
        tags: named(`${name}-public`),
      }, child);
    }

    // Flow logs of all traffic, delivered by a role that may write only to this log group.
    const flowLogs = new EncryptedLogGroup(`${name}-flow-logs`, {
      retentionInDays: args.flowLogRetentionInDays ?? 365,
      kmsKeyArn: args.flowLogKmsKeyArn,
      tags,
    }, child);
    const flowRole = new aws.iam.Role(`${name}-flow-logs`, {
      assumeRolePolicy: serviceTrustPolicy("vpc-flow-logs.amazonaws.com", ctx.accountId),
      description: `Delivers VPC ${name} flow logs to CloudWatch Logs`,
      tags,
    }, child);
    new aws.iam.RolePolicy(`${name}-flow-logs`, {
      role: flowRole.id,
      policy: policyDocument([{
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"],
        Resource: [flowLogs.arn, pulumi.interpolate`${flowLogs.arn}:*`],
      }]),
    }, child);
    new aws.ec2.FlowLog(`${name}-flow-log`, {
      vpcId,
      trafficType: "ALL",
      logDestinationType: "cloud-watch-logs",
      logDestination: flowLogs.arn,
      iamRoleArn: flowRole.arn,
      maxAggregationInterval: 60,
      tags: named(`${name}-flow-log`),
    }, child);
    this.flowLogGroupName = flowLogs.name;

    // Endpoints: Session Manager and Patch Manager without internet access or inbound rules on instances.
    if (args.ssmEndpoints ?? true) {
      const endpointSg = new aws.ec2.SecurityGroup(`${name}-endpoints`, {
        vpcId,
        description: "SSM interface endpoints: HTTPS from inside the VPC only",
        ingress: [{
          description: "HTTPS from instances in the VPC to the SSM endpoints",
          protocol: "tcp",
          fromPort: 443,
          toPort: 443,
          cidrBlocks: [cidrBlock],
        }],
        tags: named(`${name}-endpoints`),
      }, child);
      this.endpointSecurityGroupId = endpointSg.id;
      for (const service of ["ssm", "ssmmessages", "ec2messages"]) {
        new aws.ec2.VpcEndpoint(`${name}-${service}`, {
          vpcId,
          serviceName: pulumi.interpolate`com.amazonaws.${ctx.region}.${service}`,
          vpcEndpointType: "Interface",
          privateDnsEnabled: true,
          subnetIds: this.privateSubnetIds,
          securityGroupIds: [endpointSg.id],
          tags: named(`${name}-${service}`),
        }, child);
      }
    }
    if (args.s3GatewayEndpoint ?? true) {
      new aws.ec2.VpcEndpoint(`${name}-s3`, {
        vpcId,
        serviceName: pulumi.interpolate`com.amazonaws.${ctx.region}.s3`,
        vpcEndpointType: "Gateway",
        routeTableIds: privateRts.map((rt) => rt.id),
        tags: named(`${name}-s3`),
      }, child);
    }

    this.registerOutputs({
      vpcId: this.vpcId,
      privateSubnetIds: this.privateSubnetIds,
      publicSubnetIds: this.publicSubnetIds,
      flowLogGroupName: this.flowLogGroupName,
    });
  }

  /** Zone names: the explicit list, or the first `azCount` zones that need no opt-in. */
  private zones(args: HardenedVpcArgs): pulumi.Output<string>[] {
    if (args.availabilityZones && args.availabilityZones.length > 0) {
      if (args.availabilityZones.length > 8) throw new Error("HardenedVpc: at most 8 availability zones");
      return args.availabilityZones.map((z) => pulumi.output(z));
    }
    const count = args.azCount ?? 2;
    if (!Number.isInteger(count) || count < 1 || count > 8) {
      throw new Error(`HardenedVpc: azCount must be a whole number from 1 to 8, not ${String(count)}`);
    }
    const available = aws.getAvailabilityZonesOutput({
      state: "available",
      filters: [{ name: "opt-in-status", values: ["opt-in-not-required"] }],
    }, { parent: this });
    return Array.from({ length: count }, (_, i) => available.names.apply((names) => {
      if (!names || names.length === 0) return ""; // AWS picks a zone
      if (names.length < count) {
        throw new Error(`HardenedVpc: azCount is ${count} but the region offers ${names.length} zones without opt-in`);
      }
      return names[i];
    }));
  }
}
