// Synthetic `pulumi stack export` documents of a given size, shaped like a hardened stack in
// steady state (what CI checks on every change): VPCs with their default group and ACL adopted
// and a flow log, subnets, security groups whose rules are standalone resources attached through
// propertyDependencies (as the engine records them), instances and launch templates with an SSM
// instance profile, patched by one association, and buckets with a public access block.
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
  const role = add("aws:iam/role:Role", "ssm-role", "ssm-role", { name: "ssm-role", assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] }) });
  add("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "ssm-core", "ssm-core", { role: "ssm-role", policyArn: "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore" }, { role: [role] });
  const profile = add("aws:iam/instanceProfile:InstanceProfile", "ssm-profile", "ssm-profile", { name: "ssm-profile", role: "ssm-role" }, { role: [role] });
  add("aws:ssm/association:Association", "patch-web", "patch-web", {
    name: "AWS-RunPatchBaseline",
    parameters: { Operation: "Install" },
    scheduleExpression: "cron(0 3 ? * SUN *)",
    targets: [{ key: "tag:Patch Group", values: ["web"] }],
  });
  let i = 0;
  while (resources.length < count) {
    const n = i++;
    const vpcId = `vpc-${n.toString(16).padStart(17, "0")}`;
    const vpc = add("aws:ec2/vpc:Vpc", `vpc-${n}`, vpcId, { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true, defaultSecurityGroupId: `sg-default-${n}`, defaultNetworkAclId: `acl-default-${n}` });
    add("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", `default-sg-${n}`, `sg-default-${n}`, { vpcId, ingress: [], egress: [] }, { vpcId: [vpc] });
    add("aws:ec2/defaultNetworkAcl:DefaultNetworkAcl", `default-acl-${n}`, `acl-default-${n}`, { defaultNetworkAclId: `acl-default-${n}`, ingress: [], egress: [] }, { defaultNetworkAclId: [vpc] });
    add("aws:ec2/flowLog:FlowLog", `flow-${n}`, `fl-${n}`, { vpcId, trafficType: "ALL", logDestinationType: "cloud-watch-logs", logDestination: `arn:aws:logs:us-east-1:123456789012:log-group:flow-${n}` }, { vpcId: [vpc] });
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
        revokeRulesOnDelete: true,
      },
      { vpcId: [vpc] },
    );
    add("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", `https-${n}`, `sgr-https-${n}`, { securityGroupId: sgId, ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0", description: "https" }, { securityGroupId: [sg] });
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
        iamInstanceProfile: "ssm-profile",
        tags: { Name: `web-${n}`, "Patch Group": "web" },
      },
      { subnetId: [subnet], vpcSecurityGroupIds: [sg], iamInstanceProfile: [profile] },
    );
    add("aws:ec2/launchTemplate:LaunchTemplate", `lt-${n}`, `lt-${n.toString(16).padStart(17, "0")}`, {
      imageId: "ami-0abcdef1234567890",
      monitoring: { enabled: true },
      iamInstanceProfile: { name: "ssm-profile" },
      metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
      blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", volumeSize: 20 } }],
      networkInterfaces: [{ associatePublicIpAddress: "false", securityGroups: [sgId] }],
    });
    const bucket = add("aws:s3/bucket:Bucket", `bucket-${n}`, `bucket-${n}`, { bucket: `bucket-${n}` });
    add("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", `bucket-${n}-pab`, `bucket-${n}`, { bucket: `bucket-${n}`, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }, { bucket: [bucket] });
    add("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", `bucket-${n}-sse`, `bucket-${n}`, { bucket: `bucket-${n}`, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] }, { bucket: [bucket] });
  }
  resources.length = count;
  return { version: 3, deployment: { manifest: { time: "2026-01-01T00:00:00Z", magic: "bench", version: "v3.200.0" }, resources } };
}
