// Realistic, well-linked stacks of every type the policies judge: the starting points the fuzz
// mutates. Carried over from the per-domain odd-input harnesses, plus the examples beside each
// policy (policies/**/*.examples.ts) when they exist, so new policies bring their own seeds.
import { StackInput, urnOf } from "../../helpers/policy-harness";
import { UNKNOWN_SENTINELS } from "../../../policies/lib/codec";
import { loadExamples } from "../../helpers/policy-sources";

export interface Seed {
  readonly title: string;
  readonly stack: readonly StackInput[];
  /** Only for the policy of this name (an example's config belongs to it). */
  readonly policy?: string;
  readonly config?: Record<string, unknown>;
}

const r = (type: string, name: string, props: Record<string, unknown>, propertyDependencies?: Record<string, string[]>): StackInput =>
  propertyDependencies ? { type, name, props, propertyDependencies } : { type, name, props };

const SG = "aws:ec2/securityGroup:SecurityGroup";
const DSG = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
const SGR = "aws:ec2/securityGroupRule:SecurityGroupRule";
const SGIR = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
const SGER = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
const ACL = "aws:ec2/networkAcl:NetworkAcl";
const DACL = "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl";
const ACLR = "aws:ec2/networkAclRule:NetworkAclRule";
const VPC = "aws:ec2/vpc:Vpc";
const SUBNET = "aws:ec2/subnet:Subnet";
const DEFAULT_SUBNET = "aws:ec2/defaultSubnet:DefaultSubnet";
const INSTANCE = "aws:ec2/instance:Instance";
const LT = "aws:ec2/launchTemplate:LaunchTemplate";
const LC = "aws:ec2/launchConfiguration:LaunchConfiguration";
const VOLUME = "aws:ebs/volume:Volume";
const ASG = "aws:autoscaling/group:Group";
const PROFILE = "aws:iam/instanceProfile:InstanceProfile";
const ROLE = "aws:iam/role:Role";
const POLICY = "aws:iam/policy:Policy";
const RPA = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const RPAE = "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";
const PA = "aws:iam/policyAttachment:PolicyAttachment";
const SSM_CORE = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";
const LB = "aws:lb/loadBalancer:LoadBalancer";
const ALB = "aws:alb/loadBalancer:LoadBalancer";
const BUCKET = "aws:s3/bucket:Bucket";
const BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
const PAB = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";

const sgBlock = { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"], securityGroups: ["sg-1"], prefixListIds: ["pl-1"], self: true, description: "d" };
const aclEntry = { ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0", ipv6CidrBlock: "::/0", icmpType: 0, icmpCode: 0 };

const network: StackInput[] = [
  r(VPC, "vpc", { id: "vpc-1", defaultSecurityGroupId: "sg-d", defaultNetworkAclId: "acl-d" }),
  r(SG, "sg", { id: "sg-1", vpcId: "vpc-1", description: "web", ingress: [sgBlock, { ...sgBlock, protocol: "-1", fromPort: 0, toPort: 0 }], egress: [sgBlock] }),
  r(DSG, "dsg", { id: "sg-d", vpcId: "vpc-1", ingress: [sgBlock], egress: [] }, { vpcId: [urnOf(VPC, "vpc")] }),
  r(SGR, "sgr", { type: "ingress", securityGroupId: "sg-1", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/1"], ipv6CidrBlocks: ["::/1"], sourceSecurityGroupId: "sg-2", self: false, prefixListIds: [], description: "d" }, { securityGroupId: [urnOf(SG, "sg")] }),
  r(SGR, "sgr-half", { type: "ingress", securityGroupId: "sg-1", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["128.0.0.0/1"] }),
  r(SGIR, "sgir", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 0, toPort: 65535, cidrIpv4: "128.0.0.0/1", cidrIpv6: "::/0", referencedSecurityGroupId: "sg-3", prefixListId: "pl-1", description: "d" }),
  r(SGIR, "sgir-low", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 0, toPort: 32767, cidrIpv4: "0.0.0.0/1" }),
  r(SGER, "sger", { securityGroupId: "sg-1", ipProtocol: "-1", cidrIpv4: "0.0.0.0/0", description: "d" }),
  r(SGER, "sger-half", { securityGroupId: "sg-1", ipProtocol: "-1", cidrIpv4: "128.0.0.0/1" }),
  r(ACL, "acl", { id: "acl-1", vpcId: "vpc-1", ingress: [aclEntry], egress: [aclEntry] }),
  r(DACL, "dacl", { id: "acl-d", defaultNetworkAclId: "acl-d", ingress: [aclEntry] }),
  r(ACLR, "aclr", { networkAclId: "acl-1", ruleNumber: 50, egress: false, ruleAction: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" }, { networkAclId: [urnOf(ACL, "acl")] }),
];

/** Narrow rules only: what a hardened group looks like. */
const quietNetwork: StackInput[] = [
  r(SG, "quiet", { id: "sg-q", vpcId: "vpc-1", description: "https only", ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "https" }], egress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.0.0.0/8"], description: "internal" }] }),
  r(SGIR, "https", { securityGroupId: "sg-q", ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0", description: "https" }, { securityGroupId: [urnOf(SG, "quiet")] }),
  r(SGER, "internal", { securityGroupId: "sg-q", ipProtocol: "-1", cidrIpv4: "10.0.0.0/8", description: "internal" }),
];

/** Rules that are harmless alone and open together. */
const splitNetwork: StackInput[] = [
  r(SG, "split", { id: "sg-2", vpcId: "vpc-1", description: "split" }),
  r(SG, "split-ssh", { id: "sg-3", vpcId: "vpc-1", description: "split ssh" }),
  r(SGIR, "low", { securityGroupId: "sg-2", ipProtocol: "tcp", fromPort: 0, toPort: 32767, cidrIpv4: "0.0.0.0/0", description: "low" }),
  r(SGIR, "high", { securityGroupId: "sg-2", ipProtocol: "tcp", fromPort: 32768, toPort: 65535, cidrIpv4: "0.0.0.0/0", description: "high" }, { securityGroupId: [urnOf(SG, "split")] }),
  r(SGR, "ssh-a", { type: "ingress", securityGroupId: "sg-3", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["1.0.0.0/9"], description: "a" }),
  r(SGR, "ssh-b", { type: "ingress", securityGroupId: "sg-3", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["1.128.0.0/9"], description: "b" }),
  r(SGER, "out-low", { securityGroupId: "sg-2", ipProtocol: "tcp", fromPort: 0, toPort: 32767, cidrIpv4: "0.0.0.0/0", description: "out" }),
  r(SGER, "out-high", { securityGroupId: "sg-2", ipProtocol: "tcp", fromPort: 32768, toPort: 65535, cidrIpv4: "0.0.0.0/0", description: "out" }),
];

const compute: StackInput[] = [
  r(INSTANCE, "instance", {
    id: "i-1",
    ami: "ami-0123456789abcdef0",
    subnetId: "subnet-pub",
    associatePublicIpAddress: false,
    iamInstanceProfile: "web-profile",
    launchTemplate: { id: "lt-1", version: "$Latest" },
    metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
    rootBlockDevice: { encrypted: true, kmsKeyId: "alias/app" },
    ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }],
    networkInterfaces: [{ deviceIndex: 0, networkInterfaceId: "eni-1" }],
    monitoring: true,
    userData: "#!/bin/sh\necho hello\n",
    userDataBase64: "IyEvYmluL3NoCg==",
    tags: { Name: "web", "Patch Group": "web" },
  }, { subnetId: [urnOf(SUBNET, "subnet")], launchTemplate: [urnOf(LT, "launchtemplate")] }),
  r(INSTANCE, "legacy", { ami: "ami-legacy", subnetId: "subnet-pub", metadataOptions: { httpTokens: "optional", httpPutResponseHopLimit: 3 }, userData: "#!/bin/sh\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n" }),
  r(LT, "launchtemplate", {
    id: "lt-1",
    name: "tpl",
    imageId: "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
    metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
    blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: "alias/app" } }, { deviceName: "/dev/sdb", virtualName: "ephemeral0" }],
    networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: "false", subnetId: "subnet-pub" }],
    monitoring: { enabled: true },
    iamInstanceProfile: { arn: "arn:aws:iam::111122223333:instance-profile/web-profile" },
    userData: "IyEvYmluL3NoCg==",
    tagSpecifications: [{ resourceType: "instance", tags: { "Patch Group": "web" } }],
  }),
  r(LC, "launchconfiguration", {
    name: "cfg",
    imageId: "ami-0123456789abcdef0",
    associatePublicIpAddress: false,
    metadataOptions: { httpTokens: "required" },
    rootBlockDevice: { encrypted: true },
    ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true, noDevice: false }],
    enableMonitoring: true,
    iamInstanceProfile: "web-profile",
    userData: "#!/bin/sh\n",
  }),
  r(VOLUME, "volume", { availabilityZone: "eu-west-1a", encrypted: true, kmsKeyId: "alias/app", size: 10 }),
  r(VOLUME, "plain-volume", { availabilityZone: "eu-west-1a", size: 10 }),
  r(SUBNET, "subnet", { id: "subnet-pub", vpcId: "vpc-1", mapPublicIpOnLaunch: true }),
  r(DEFAULT_SUBNET, "defaultsubnet", { id: "subnet-def", availabilityZone: "eu-west-1a", mapPublicIpOnLaunch: false }),
  r(ASG, "group", {
    launchTemplate: { id: "lt-1" },
    mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateId: "lt-1" } } },
    launchConfiguration: "cfg",
    vpcZoneIdentifiers: ["subnet-pub", "subnet-def"],
    tags: [{ key: "Patch Group", value: "web", propagateAtLaunch: true }],
  }),
];

const patching: StackInput[] = [
  r(INSTANCE, "web", { id: "i-1", iamInstanceProfile: "web-profile", launchTemplate: { id: "lt-1" }, tags: { "Patch Group": "web" }, tagsAll: { Name: "web" } }),
  r(LT, "tpl", { id: "lt-1", iamInstanceProfile: { arn: "arn:aws:iam::1:instance-profile/web-profile", name: "web-profile" }, tagSpecifications: [{ resourceType: "instance", tags: { "Patch Group": "web" } }] }),
  r(LC, "cfg", { name: "cfg", iamInstanceProfile: "web-profile" }),
  r(ASG, "asg", { launchTemplate: { id: "lt-1" }, mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateName: "tpl" } } }, tags: [{ key: "Patch Group", value: "web", propagateAtLaunch: true }] }),
  r(PROFILE, "web-profile", { name: "web-profile", arn: "arn:aws:iam::1:instance-profile/web-profile", role: "web-role" }),
  r(ROLE, "web-role", { name: "web-role", arn: "arn:aws:iam::1:role/web-role", managedPolicyArns: [SSM_CORE] }),
  r(RPA, "rpa", { role: "web-role", policyArn: SSM_CORE }, { role: [urnOf(ROLE, "web-role")] }),
  r(RPAE, "rpae", { roleName: "web-role", policyArns: [SSM_CORE] }),
  r(PA, "pa", { roles: ["web-role"], policyArn: SSM_CORE }),
  r("aws:ssm/maintenanceWindowTarget:MaintenanceWindowTarget", "mwt", { id: "mwt-1", windowId: "mw-1", targets: [{ key: "tag:Patch Group", values: ["web"] }, { key: "InstanceIds", values: ["i-1"] }] }),
  r("aws:ssm/maintenanceWindowTask:MaintenanceWindowTask", "task", {
    windowId: "mw-1",
    taskType: "RUN_COMMAND",
    taskArn: "AWS-RunPatchBaseline",
    targets: [{ key: "WindowTargetIds", values: ["mwt-1"] }],
    taskInvocationParameters: { runCommandParameters: { parameters: [{ name: "Operation", values: ["Install"] }] } },
  }),
  r("aws:ssm/association:Association", "assoc", { name: "AWS-RunPatchBaseline", parameters: { Operation: "Install" }, scheduleExpression: "rate(7 days)", targets: [{ key: "tag-key", values: ["Patch Group"] }] }),
];

/** Launch sources nothing patches or manages. */
const unpatched: StackInput[] = [
  r(INSTANCE, "stray", { id: "i-2", iamInstanceProfile: "bare-profile", tags: { Name: "stray" } }),
  r(LT, "bare-tpl", { id: "lt-2" }),
  r(ASG, "bare-asg", { launchTemplate: { id: "lt-2" }, tags: [{ key: "Name", value: "bare", propagateAtLaunch: true }] }),
  r(PROFILE, "bare-profile", { name: "bare-profile", role: "bare-role" }),
  r(ROLE, "bare-role", { name: "bare-role", managedPolicyArns: [] }),
];

const PATCH_BASELINE = "aws:ssm/patchBaseline:PatchBaseline";
const baselines: StackInput[] = [
  r(PATCH_BASELINE, "baseline", {
    operatingSystem: "AMAZON_LINUX_2023",
    globalFilters: [{ key: "PRODUCT", values: ["*"] }],
    approvalRules: [{ approveAfterDays: 7, approveUntilDate: "2025-01-01", patchFilters: [{ key: "CLASSIFICATION", values: ["Security"] }, { key: "SEVERITY", values: ["Critical"] }] }],
  }),
  r(PATCH_BASELINE, "slow", { approvalRules: [{ approveAfterDays: 30, complianceLevel: "HIGH", enableNonSecurity: true, patchFilters: [{ key: "PRIORITY", values: ["Required"] }] }] }),
];

const adminDoc = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["*"], Resource: "*" }, { Effect: "Allow", NotAction: "iam:*", Resource: ["*"] }] };
const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: ["ec2.amazonaws.com"] } }] };
const identity: StackInput[] = [
  r(ROLE, "web", { name: "web", arn: "arn:aws:iam::1:role/web", assumeRolePolicy: trust, managedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess"], inlinePolicies: [{ name: "i", policy: JSON.stringify(adminDoc) }] }),
  r(POLICY, "p", { arn: "arn:aws:iam::1:policy/p", policy: adminDoc }),
  r(RPA, "a", { role: "web", policyArn: "arn:aws:iam::1:policy/p" }, { policyArn: [urnOf(POLICY, "p")] }),
  r(RPAE, "x", { roleName: "web", policyArns: ["arn:aws:iam::aws:policy/IAMFullAccess"] }),
  r(PA, "pa", { roles: ["web"], policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }),
  r("aws:iam/rolePolicy:RolePolicy", "rp", { role: "web", name: "rp", policy: adminDoc }),
  r("aws:iam/userPolicy:UserPolicy", "up", { user: "u", policy: JSON.stringify(adminDoc) }),
  r("aws:iam/groupPolicy:GroupPolicy", "gp", { group: "g", policy: adminDoc }),
  r("aws:iam/accountPasswordPolicy:AccountPasswordPolicy", "pw", { minimumPasswordLength: 8, requireSymbols: true, maxPasswordAge: 90 }),
];

const strictPasswords: StackInput[] = [
  r("aws:iam/accountPasswordPolicy:AccountPasswordPolicy", "strict", { minimumPasswordLength: 16, passwordReusePrevention: 24, maxPasswordAge: 90, requireSymbols: true, requireNumbers: true, requireUppercaseCharacters: true, requireLowercaseCharacters: true }),
];

const monitoring: StackInput[] = [
  r("aws:cloudtrail/trail:Trail", "t", {
    enableLogging: false,
    eventSelectors: [{ readWriteType: "All", includeManagementEvents: true, excludeManagementEventSources: ["kms.amazonaws.com"] }],
    advancedEventSelectors: [{ fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }, { field: "readOnly", equals: ["true"] }] }],
  }),
  r("aws:guardduty/detector:Detector", "d", { id: "det-1", enable: false }),
  r("aws:guardduty/detectorFeature:DetectorFeature", "f", { detectorId: "det-1", name: "S3_DATA_EVENTS", status: "DISABLED" }),
  r(VPC, "v", { id: "vpc-1" }),
  r(VPC, "w", { id: "vpc-2" }),
  r("aws:ec2/flowLog:FlowLog", "fl", { vpcId: "vpc-1", trafficType: "ACCEPT" }, { vpcId: [urnOf(VPC, "v")] }),
  r("aws:cloudwatch/logGroup:LogGroup", "lg", { retentionInDays: 7, logGroupClass: "STANDARD" }),
];

/** What the monitoring controls ask for, all in place. */
const monitored: StackInput[] = [
  r("aws:cloudtrail/trail:Trail", "org", { isMultiRegionTrail: true, includeGlobalServiceEvents: true, enableLogging: true, enableLogFileValidation: true, kmsKeyId: "arn:aws:kms:eu-west-1:1:key/k" }),
  r("aws:guardduty/detector:Detector", "on", { id: "det-2", enable: true }),
  r(VPC, "main", { id: "vpc-9" }),
  r("aws:ec2/flowLog:FlowLog", "all", { vpcId: "vpc-9", trafficType: "ALL", logDestinationType: "s3", logDestination: "arn:aws:s3:::logs" }),
  r("aws:cloudwatch/logGroup:LogGroup", "year", { retentionInDays: 365, kmsKeyId: "arn:aws:kms:eu-west-1:1:key/k" }),
];

const lbArn = (name: string) => `arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/${name}/50dc6c495c0c9188`;
const aclArn = (name: string) => `arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/${name}/a1b2c3d4`;
const CRS = "AWSManagedRulesCommonRuleSet";
const KBI = "AWSManagedRulesKnownBadInputsRuleSet";
const managedRule = (name: string, overrideAction: unknown, extra: Record<string, unknown> = {}) => ({
  name: `rule-${name}`,
  priority: 1,
  overrideAction,
  statement: { managedRuleGroupStatement: { vendorName: "AWS", name, ...extra } },
  visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true },
});
const countOverrides = (names: string[]) => names.map((name) => ({ name, actionToUse: { count: {} } }));
const listener = {
  loadBalancerArn: lbArn("web"),
  port: 80,
  protocol: "HTTP",
  sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  defaultActions: [{ type: "redirect", order: 1, redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }, { type: "forward", targetGroupArn: "tg" }],
};

const web: StackInput[] = [
  r(LB, "web", { id: lbArn("web"), arn: lbArn("web"), loadBalancerType: "application", internal: false, dropInvalidHeaderFields: false, subnets: ["a", "b"], accessLogs: { bucket: "b", enabled: true } }),
  r(ALB, "api", { id: lbArn("api"), arn: lbArn("api") }),
  r(LB, "open", { id: lbArn("open"), arn: lbArn("open"), loadBalancerType: "application", dropInvalidHeaderFields: true }),
  r("aws:lb/listener:Listener", "http", listener),
  r("aws:alb/listener:Listener", "https", { ...listener, protocol: "HTTPS", port: 443, certificateArn: "arn:aws:acm:eu-west-1:1:certificate/c" }),
  r("aws:lb/listener:Listener", "old-tls", { ...listener, protocol: "HTTPS", port: 443, sslPolicy: "ELBSecurityPolicy-2016-08" }),
  r("aws:wafv2/webAclAssociation:WebAclAssociation", "waf", { resourceArn: lbArn("web"), webAclArn: aclArn("acl") }, { resourceArn: [urnOf(ALB, "api")] }),
  r("aws:wafv2/webAcl:WebAcl", "acl", {
    id: "acl-id",
    arn: aclArn("acl"),
    scope: "REGIONAL",
    defaultAction: { allow: {} },
    visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: "acl", sampledRequestsEnabled: true },
    rules: [managedRule(CRS, { none: {} }, { ruleActionOverrides: countOverrides(["SizeRestrictions_BODY"]) })],
    ruleJson: JSON.stringify([{ Name: "kbi", OverrideAction: { None: {} }, Statement: { ManagedRuleGroupStatement: { VendorName: "AWS", Name: KBI, ExcludedRules: [{ Name: "PROPFIND_METHOD" }] } } }]),
  }),
  r("aws:wafv2/webAcl:WebAcl", "bare", { id: "bare-id", arn: aclArn("bare"), scope: "REGIONAL", defaultAction: { allow: {} }, rules: [] }),
  r("aws:wafv2/webAclRule:WebAclRule", "rule", { ...managedRule(KBI, { count: {} }), webAclArn: aclArn("acl") }),
  r("aws:wafv2/webAclRuleGroupAssociation:WebAclRuleGroupAssociation", "rga", { ruleName: "rga", priority: 3, webAclArn: aclArn("acl"), overrideAction: "none", managedRuleGroup: { vendorName: "AWS", name: CRS, ruleActionOverrides: countOverrides(["NoUserAgent_HEADER"]) } }),
];

const guarded: StackInput[] = [
  r("aws:wafv2/webAcl:WebAcl", "guarded", { id: "guarded-id", arn: aclArn("guarded"), scope: "REGIONAL", defaultAction: { allow: {} }, rules: [managedRule(CRS, { none: {} }), { ...managedRule(KBI, { none: {} }), priority: 2 }] }),
];

const ALL_FLAGS = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
const bucket = (name: string, props: Record<string, unknown> = {}, type = BUCKET) => r(type, name, { id: `${name}-8f3a`, bucket: `${name}-8f3a`, arn: `arn:aws:s3:::${name}-8f3a`, ...props });
const sseRules = (sseAlgorithm: unknown) => ({ rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm }, bucketKeyEnabled: true }] });
const data: StackInput[] = [
  bucket("data", { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } }),
  bucket("old", { serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] }] }, BUCKET_V2),
  bucket("bare"),
  r(PAB, "pab", { bucket: "data-8f3a", ...ALL_FLAGS }),
  r(PAB, "pab2", { bucket: "elsewhere", ...ALL_FLAGS, blockPublicAcls: false }, { bucket: [urnOf(BUCKET_V2, "old")] }),
  r("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", "account", { ...ALL_FLAGS, restrictPublicBuckets: false }),
  r("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "sse", { bucket: "data-8f3a", ...sseRules("aws:kms") }),
  r("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", "sse2", { bucket: "bare-8f3a", ...sseRules("DES") }),
  r("aws:rds/instance:Instance", "db", { engine: "postgres", publiclyAccessible: false, storageEncrypted: true, tags: { a: "b" } }),
  r("aws:rds/instance:Instance", "open-db", { engine: "mysql", publiclyAccessible: true }),
  r("aws:rds/cluster:Cluster", "cluster", { engine: "aurora-mysql", engineMode: "provisioned", storageEncrypted: true, kmsKeyId: "k" }),
  r("aws:rds/cluster:Cluster", "plain-cluster", { engine: "aurora-postgresql" }),
  r("aws:rds/clusterInstance:ClusterInstance", "member", { clusterIdentifier: "cluster", publiclyAccessible: "true" }),
];

/** A preview: ids unknown, links carried by property dependencies only. */
const U = UNKNOWN_SENTINELS.string;
const preview: StackInput[] = [
  r(VPC, "vpc", { id: U }),
  r("aws:ec2/flowLog:FlowLog", "fl", { vpcId: U, trafficType: "ALL" }, { vpcId: [urnOf(VPC, "vpc")] }),
  r(SG, "sg", { id: U, vpcId: U, ingress: [{ ...sgBlock, cidrBlocks: [U] }] }, { vpcId: [urnOf(VPC, "vpc")] }),
  r(SGR, "rule", { type: "ingress", securityGroupId: U, protocol: "tcp", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] }, { securityGroupId: [urnOf(SG, "sg")] }),
  r(BUCKET, "b", { id: U, bucket: U, arn: U }),
  r(PAB, "pab", { bucket: U, ...ALL_FLAGS }, { bucket: [urnOf(BUCKET, "b")] }),
  r(LB, "lb", { id: U, arn: U, loadBalancerType: "application" }),
  r("aws:wafv2/webAclAssociation:WebAclAssociation", "assoc", { resourceArn: U, webAclArn: U }, { resourceArn: [urnOf(LB, "lb")] }),
  r(INSTANCE, "i", { ami: U, subnetId: U, iamInstanceProfile: U, metadataOptions: { httpTokens: U } }),
];

export const CARRIED_SEEDS: readonly Seed[] = [
  { title: "network", stack: network },
  { title: "quiet network", stack: quietNetwork },
  { title: "split rules", stack: splitNetwork },
  { title: "compute", stack: compute },
  { title: "patching", stack: patching },
  { title: "unpatched", stack: unpatched },
  { title: "patch baselines", stack: baselines },
  { title: "identity", stack: identity },
  { title: "strict passwords", stack: strictPasswords },
  { title: "monitoring", stack: monitoring },
  { title: "monitored", stack: monitored },
  { title: "web", stack: web },
  { title: "guarded web ACL", stack: guarded },
  { title: "data", stack: data },
  { title: "a preview", stack: preview },
];

/** Every example beside every policy, as seeds of that policy (stack policies see outputs). */
export function exampleSeeds(kindOf: (policy: string) => "resource" | "stack" | undefined): Seed[] {
  return loadExamples().flatMap((examples) => {
    const kind = kindOf(examples.policy);
    if (!kind) return [];
    return [...examples.good, ...examples.bad, ...(examples.unknown ?? [])].map((e) => ({
      title: `${examples.policy}: ${e.title}`,
      policy: examples.policy,
      config: e.config,
      stack: e.resources.map((res) => ({ type: res.type, name: res.name, props: kind === "stack" ? (res.outputs ?? res.props) : res.props })),
    }));
  });
}
