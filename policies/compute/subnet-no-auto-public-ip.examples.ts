import { policyExamples } from "../lib/examples";

export const examples = policyExamples({
  policy: "subnet-no-auto-public-ip",
  good: [
    {
      title: "a new subnet that leaves mapPublicIpOnLaunch unset (false for new subnets)",
      resources: [{ type: "aws:ec2/subnet:Subnet", name: "private-a", props: { vpcId: "vpc-0123456789abcdef0", cidrBlock: "10.0.1.0/24", availabilityZone: "eu-west-1a" } }],
    },
    {
      title: "a default subnet that turns AWS's default off",
      resources: [{ type: "aws:ec2/defaultSubnet:DefaultSubnet", name: "default-a", props: { availabilityZone: "eu-west-1a", mapPublicIpOnLaunch: false } }],
    },
    {
      title: "a public subnet for load balancers and NAT gateways that does not hand out addresses itself",
      resources: [{ type: "aws:ec2/subnet:Subnet", name: "public-a", props: { vpcId: "vpc-0123456789abcdef0", cidrBlock: "10.0.0.0/24", mapPublicIpOnLaunch: false, tags: { Tier: "public" } } }],
    },
  ],
  bad: [
    {
      title: "a subnet that assigns a public IPv4 address to every instance launched into it",
      resources: [{ type: "aws:ec2/subnet:Subnet", name: "public-a", props: { vpcId: "vpc-0123456789abcdef0", cidrBlock: "10.0.0.0/24", mapPublicIpOnLaunch: true } }],
      violations: ["public-a"],
      message: /mapPublicIpOnLaunch is true/,
    },
    {
      title: "a default subnet that keeps AWS's default, true",
      resources: [{ type: "aws:ec2/defaultSubnet:DefaultSubnet", name: "default-a", props: { availabilityZone: "eu-west-1a" } }],
      violations: ["default-a"],
      message: /default subnet keeps AWS's default/,
    },
    {
      title: 'a subnet whose flag arrives as the string "true"',
      resources: [{ type: "aws:ec2/subnet:Subnet", name: "public-b", props: { vpcId: "vpc-0123456789abcdef0", cidrBlock: "10.0.2.0/24", mapPublicIpOnLaunch: "true" } }],
      violations: ["public-b"],
      message: /mapPublicIpOnLaunch is true/,
    },
  ],
  unknown: [
    {
      title: "a subnet whose mapPublicIpOnLaunch is computed during preview",
      resources: [{ type: "aws:ec2/subnet:Subnet", name: "public-a", props: { vpcId: "vpc-0123456789abcdef0", cidrBlock: "10.0.0.0/24", mapPublicIpOnLaunch: "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7" } }],
    },
  ],
});
