// HardenedVpc under Pulumi's mock runtime: what it would send to AWS.
import { installMocks, one, ofType, policyOf, Registered, settle, ZONES } from "./mock-aws";
import { HardenedVpc, RESTRICTED_PORTS } from "../../stacks";

const registered = installMocks();
const mine = (prefix: string) => registered.filter((r) => r.name.startsWith(prefix));

type Rule = { ruleNo: number; action: string; protocol: string; cidrBlock?: string; fromPort: number; toPort: number };
const internetAllows = (nacl: Registered): Rule[] =>
  (nacl.inputs.ingress as Rule[]).filter((r) => r.action === "allow" && r.cidrBlock === "0.0.0.0/0");
const opens = (rule: Rule, port: number) => rule.protocol === "-1" || (port >= rule.fromPort && port <= rule.toPort);

beforeAll(async () => {
  new HardenedVpc("plain");
  new HardenedVpc("edge", { cidrBlock: "10.20.0.0/16", availabilityZones: ["eu-west-1b", "eu-west-1c", "eu-west-1a"], publicSubnets: true, natGateways: "perAz" });
  new HardenedVpc("bare", { azCount: 1, ssmEndpoints: false, s3GatewayEndpoint: false, flowLogRetentionInDays: 731, privateIngressPorts: [80, 443, 8080] });
  await settle(registered);
});

describe("default layout", () => {
  const r = () => mine("plain");

  test("private subnets in the first two zones, no public addresses, nothing public", () => {
    const subnets = ofType(r(), "aws:ec2/subnet:Subnet");
    expect(subnets.map((s) => [s.inputs.cidrBlock, s.inputs.availabilityZone, s.inputs.mapPublicIpOnLaunch])).toEqual([
      ["10.0.0.0/20", ZONES[0], false],
      ["10.0.16.0/20", ZONES[1], false],
    ]);
    for (const type of ["aws:ec2/internetGateway:InternetGateway", "aws:ec2/natGateway:NatGateway", "aws:ec2/eip:Eip", "aws:ec2/route:Route"]) {
      expect(ofType(r(), type)).toHaveLength(0);
    }
  });

  test("the default security group and network ACL are adopted with no rules", () => {
    const sg = one(r(), "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup");
    expect(sg.inputs.ingress ?? []).toEqual([]);
    expect(sg.inputs.egress ?? []).toEqual([]);
    expect(sg.inputs.vpcId).toMatch(/^plain-/);
    const acl = one(r(), "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl");
    expect(acl.inputs.ingress ?? []).toEqual([]);
    expect(acl.inputs.egress ?? []).toEqual([]);
    expect(acl.inputs.defaultNetworkAclId).toMatch(/^acl-/);
  });

  test("flow logs of all traffic go to a KMS-encrypted log group kept a year, through a scoped role", () => {
    const flow = one(r(), "aws:ec2/flowLog:FlowLog");
    expect(flow.inputs).toMatchObject({ trafficType: "ALL", logDestinationType: "cloud-watch-logs" });
    const group = one(r(), "aws:cloudwatch/logGroup:LogGroup");
    expect(flow.inputs.logDestination).toBe(`arn:aws:cloudwatch:eu-west-1:123456789012:${group.name}`);
    expect(group.inputs.retentionInDays).toBe(365);
    const key = one(r(), "aws:kms/key:Key");
    expect(key.inputs.enableKeyRotation).toBe(true);
    expect(group.inputs.kmsKeyId).toContain(key.name);
    const keyPolicy = policyOf(key.inputs.policy);
    expect(keyPolicy.Statement.some((s) => s.Principal?.Service === "logs.eu-west-1.amazonaws.com")).toBe(true);
    const trust = policyOf(one(r(), "aws:iam/role:Role").inputs.assumeRolePolicy);
    expect(trust.Statement[0].Principal).toEqual({ Service: "vpc-flow-logs.amazonaws.com" });
    const permissions = policyOf(one(r(), "aws:iam/rolePolicy:RolePolicy").inputs.policy);
    expect(JSON.stringify(permissions)).not.toMatch(/"\*"/);
  });

  test("SSM interface endpoints with private DNS, reached on 443 from the VPC only", () => {
    const endpoints = ofType(r(), "aws:ec2/vpcEndpoint:VpcEndpoint");
    const interfaces = endpoints.filter((e) => e.inputs.vpcEndpointType === "Interface");
    expect(interfaces.map((e) => e.inputs.serviceName).sort()).toEqual(
      ["com.amazonaws.eu-west-1.ec2messages", "com.amazonaws.eu-west-1.ssm", "com.amazonaws.eu-west-1.ssmmessages"],
    );
    for (const e of interfaces) {
      expect(e.inputs.privateDnsEnabled).toBe(true);
      expect(e.inputs.subnetIds).toHaveLength(2);
    }
    const gateway = endpoints.filter((e) => e.inputs.vpcEndpointType === "Gateway");
    expect(gateway.map((e) => e.inputs.serviceName)).toEqual(["com.amazonaws.eu-west-1.s3"]);
    expect(gateway[0].inputs.routeTableIds).toHaveLength(2);
    const sg = one(r(), "aws:ec2/securityGroup:SecurityGroup");
    expect(sg.inputs.ingress).toEqual([expect.objectContaining({ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.0.0.0/16"] })]);
    expect(sg.inputs.ingress[0].description).toEqual(expect.any(String));
    expect(sg.inputs.egress ?? []).toEqual([]);
  });

  test("the private ACL admits from the internet only replies, never a restricted port", () => {
    const acl = one(r(), "aws:ec2/networkAcl:NetworkAcl");
    const allows = internetAllows(acl);
    expect(allows.length).toBeGreaterThan(0);
    for (const rule of allows) {
      expect(rule.protocol).toBe("tcp");
      expect(rule.fromPort).toBeGreaterThanOrEqual(32768);
      for (const p of RESTRICTED_PORTS) expect(opens(rule, p)).toBe(false);
    }
    expect(acl.inputs.subnetIds).toHaveLength(2);
  });
});

describe("public subnets with NAT per zone", () => {
  const r = () => mine("edge");

  test("explicit zones, public subnets for load balancers without public IPs on launch", () => {
    const subnets = ofType(r(), "aws:ec2/subnet:Subnet");
    const pub = subnets.filter((s) => s.name.includes("public"));
    expect(pub.map((s) => [s.inputs.cidrBlock, s.inputs.availabilityZone])).toEqual([
      ["10.20.128.0/20", "eu-west-1b"],
      ["10.20.144.0/20", "eu-west-1c"],
      ["10.20.160.0/20", "eu-west-1a"],
    ]);
    for (const s of subnets) expect(s.inputs.mapPublicIpOnLaunch).toBe(false);
  });

  test("an internet gateway, a NAT gateway per zone, and private routes through them", () => {
    expect(ofType(r(), "aws:ec2/internetGateway:InternetGateway")).toHaveLength(1);
    expect(ofType(r(), "aws:ec2/natGateway:NatGateway")).toHaveLength(3);
    const routes = ofType(r(), "aws:ec2/route:Route");
    expect(routes.filter((x) => x.inputs.natGatewayId)).toHaveLength(3);
    expect(routes.filter((x) => x.inputs.gatewayId)).toHaveLength(1);
  });

  test("the public ACL admits HTTPS and HTTP from the internet, and no restricted port", () => {
    const acl = one(r(), "aws:ec2/networkAcl:NetworkAcl", "edge-public-nacl");
    const allows = internetAllows(acl);
    expect(allows.some((x) => x.fromPort === 443 && x.toPort === 443)).toBe(true);
    expect(allows.some((x) => x.fromPort === 80 && x.toPort === 80)).toBe(true);
    for (const rule of allows) for (const p of RESTRICTED_PORTS) expect(opens(rule, p)).toBe(false);
    // NAT replies: every non-restricted port from 1024 up is open.
    const restricted = new Set(RESTRICTED_PORTS);
    for (let p = 1024; p <= 65535; p += 101) if (!restricted.has(p)) expect(allows.some((x) => opens(x, p))).toBe(true);
    expect(new Set((acl.inputs.ingress as Rule[]).map((x) => x.ruleNo)).size).toBe(acl.inputs.ingress.length);
  });
});

describe("options", () => {
  test("one zone, no endpoints, longer flow log retention", () => {
    const r = mine("bare");
    expect(ofType(r, "aws:ec2/subnet:Subnet")).toHaveLength(1);
    expect(ofType(r, "aws:ec2/vpcEndpoint:VpcEndpoint")).toHaveLength(0);
    expect(ofType(r, "aws:ec2/securityGroup:SecurityGroup")).toHaveLength(0);
    expect(one(r, "aws:cloudwatch/logGroup:LogGroup").inputs.retentionInDays).toBe(731);
    // Without endpoints or NAT there are no replies from the internet to admit.
    const acl = one(r, "aws:ec2/networkAcl:NetworkAcl");
    expect(internetAllows(acl)).toEqual([]);
    // Extra low ports are admitted from the VPC only; 443 and 8080 are already covered.
    const fromVpc = (acl.inputs.ingress as Rule[]).filter((x) => x.cidrBlock === "10.0.0.0/16").map((x) => [x.fromPort, x.toPort]);
    expect(fromVpc).toEqual([[443, 443], [1024, 65535], [80, 80]]);
  });

  test.each([
    [{ natGateways: "single" as const }, /needs publicSubnets/],
    [{ azCount: 0 }, /azCount must be/],
    [{ azCount: 2.5 }, /azCount must be/],
    [{ cidrBlock: "10.0.0.0/27" }, /AWS subnets/],
    [{ availabilityZones: Array.from({ length: 9 }, (_, i) => `z${i}`) }, /at most 8/],
  ])("rejects %p", (args, message) => {
    expect(() => new HardenedVpc(`bad-${Object.keys(args)[0]}-${String(Object.values(args)[0]).length}`, args)).toThrow(message);
  });
});
