// Synthetic `pulumi stack export` documents of a given size: a realistic mix of VPCs, subnets,
// security groups with inline rules, standalone rule resources attached to them (through
// propertyDependencies, as the engine records them), instances, launch templates and buckets.
const STACK = "bench";
const PROJECT = "rampart-bench";

function urn(type: string, name: string): string {
  return `urn:pulumi:${STACK}::${PROJECT}::${type}::${name}`;
}

interface StateResource {
  urn: string;
  custom: boolean;
  id?: string;
  type: string;
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  parent?: string;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
  provider?: string;
}

export function generateStackExport(count: number): { version: number; deployment: { manifest: object; resources: StateResource[] } } {
  const stackUrn = urn("pulumi:pulumi:Stack", `${PROJECT}-${STACK}`);
  const providerUrn = urn("pulumi:providers:aws", "default_7_0_0");
  const provider = `${providerUrn}::00000000-0000-4000-8000-000000000000`;
  const resources: StateResource[] = [
    { urn: stackUrn, custom: false, type: "pulumi:pulumi:Stack", inputs: {}, outputs: {} },
    { urn: providerUrn, custom: true, id: "00000000-0000-4000-8000-000000000000", type: "pulumi:providers:aws", inputs: { region: "us-east-1" }, outputs: { region: "us-east-1" }, parent: stackUrn },
  ];
  const add = (type: string, name: string, id: string, inputs: Record<string, unknown>, deps: Record<string, string[]> = {}) => {
    const u = urn(type, name);
    resources.push({
      urn: u,
      custom: true,
      id,
      type,
      inputs,
      outputs: { ...inputs, id, arn: `arn:aws:ec2:us-east-1:123456789012:${name}/${id}` },
      parent: stackUrn,
      dependencies: [...new Set(Object.values(deps).flat())],
      propertyDependencies: deps,
      provider,
    });
    return u;
  };
  let i = 0;
  while (resources.length < count) {
    const n = i++;
    const vpcId = `vpc-${n.toString(16).padStart(17, "0")}`;
    const vpc = add("aws:ec2/vpc:Vpc", `vpc-${n}`, vpcId, { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true });
    const subnetId = `subnet-${n.toString(16).padStart(17, "0")}`;
    const subnet = add("aws:ec2/subnet:Subnet", `subnet-${n}`, subnetId, { vpcId, cidrBlock: "10.0.1.0/24", mapPublicIpOnLaunch: false }, { vpcId: [vpc] });
    const sgId = `sg-${n.toString(16).padStart(17, "0")}`;
    const sg = add(
      "aws:ec2/securityGroup:SecurityGroup",
      `sg-${n}`,
      sgId,
      {
        vpcId,
        description: "web tier",
        ingress: [
          { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "https" },
          { protocol: "tcp", fromPort: 8080, toPort: 8080, securityGroups: [`sg-lb${n}`], description: "app from lb" },
        ],
        egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/8"], description: "internal" }],
      },
      { vpcId: [vpc] },
    );
    add("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", `sgr-${n}`, `sgr-${n}`, { securityGroupId: sgId, ipProtocol: "tcp", fromPort: 5432, toPort: 5432, cidrIpv4: "10.0.0.0/16", description: "db" }, { securityGroupId: [sg] });
    add("aws:ec2/securityGroupRule:SecurityGroupRule", `sgrule-${n}`, `sgrule-${n}`, { type: "egress", securityGroupId: sgId, protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "updates" }, { securityGroupId: [sg] });
    add(
      "aws:ec2/instance:Instance",
      `web-${n}`,
      `i-${n.toString(16).padStart(17, "0")}`,
      {
        ami: "ami-0abcdef1234567890",
        instanceType: "t3.micro",
        subnetId,
        vpcSecurityGroupIds: [sgId],
        associatePublicIpAddress: false,
        monitoring: true,
        metadataOptions: { httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 1 },
        rootBlockDevice: { encrypted: true, volumeSize: 20 },
        tags: { Name: `web-${n}`, "Patch Group": "web" },
      },
      { subnetId: [subnet], vpcSecurityGroupIds: [sg] },
    );
    add("aws:ec2/launchTemplate:LaunchTemplate", `lt-${n}`, `lt-${n.toString(16).padStart(17, "0")}`, {
      imageId: "ami-0abcdef1234567890",
      metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
      blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", volumeSize: 20 } }],
      networkInterfaces: [{ associatePublicIpAddress: "false", securityGroups: [sgId] }],
    });
    add("aws:s3/bucket:Bucket", `bucket-${n}`, `bucket-${n}`, { bucket: `bucket-${n}` });
  }
  resources.length = count;
  return { version: 3, deployment: { manifest: { time: "2026-01-01T00:00:00Z", magic: "bench", version: "v3.200.0" }, resources } };
}
