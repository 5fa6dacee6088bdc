// Type tokens of the AWS resources Rampart judges. Matching is by token, never by class, so the
// pack does not load @pulumi/aws at start-up. Where AWS has two token families (aws:lb and
// aws:alb) both are listed.
export const T = {
  securityGroup: "aws:ec2/securityGroup:SecurityGroup",
  defaultSecurityGroup: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
  securityGroupRule: "aws:ec2/securityGroupRule:SecurityGroupRule",
  securityGroupIngressRule: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
  securityGroupEgressRule: "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
  networkAcl: "aws:ec2/networkAcl:NetworkAcl",
  networkAclRule: "aws:ec2/networkAclRule:NetworkAclRule",
  defaultNetworkAcl: "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl",
  vpc: "aws:ec2/vpc:Vpc",
  subnet: "aws:ec2/subnet:Subnet",
  defaultSubnet: "aws:ec2/defaultSubnet:DefaultSubnet",
  instance: "aws:ec2/instance:Instance",
  launchTemplate: "aws:ec2/launchTemplate:LaunchTemplate",
  launchConfiguration: "aws:ec2/launchConfiguration:LaunchConfiguration",
  ebsVolume: "aws:ebs/volume:Volume",
  ebsEncryptionByDefault: "aws:ebs/encryptionByDefault:EncryptionByDefault",
  instanceMetadataDefaults: "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults",
  flowLog: "aws:ec2/flowLog:FlowLog",
} as const;

export const LB_TYPES = ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"] as const;
export const LISTENER_TYPES = ["aws:lb/listener:Listener", "aws:alb/listener:Listener"] as const;
