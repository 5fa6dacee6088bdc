import type { ExampleResource } from "../lib/examples";
import { policyExamples } from "../lib/examples";

// Subnets get their ids from the provider: the instances and groups below name them by id,
// and the policy finds the subnet whose outputs carry that id.
const VPC = "vpc-0123456789abcdef0";
const AMI = "ami-0abcdef1234567890";
const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const UNKNOWN_BOOL = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";

function subnet(name: string, id: string, props: Record<string, unknown>): ExampleResource {
  const inputs = { vpcId: VPC, cidrBlock: "10.0.0.0/24", ...props };
  return { type: "aws:ec2/subnet:Subnet", name, props: inputs, outputs: { ...inputs, id, arn: `arn:aws:ec2:eu-west-1:111122223333:subnet/${id}` } };
}
const privateA = subnet("private-a", "subnet-0a00000000000000a", { availabilityZone: "eu-west-1a" });
const publicA = subnet("public-a", "subnet-0b00000000000000b", { availabilityZone: "eu-west-1a", mapPublicIpOnLaunch: true });
const defaultA: ExampleResource = {
  type: "aws:ec2/defaultSubnet:DefaultSubnet",
  name: "default-a",
  props: { availabilityZone: "eu-west-1a" },
  outputs: { availabilityZone: "eu-west-1a", id: "subnet-0c00000000000000c" },
};

function instance(name: string, props: Record<string, unknown>): ExampleResource {
  return { type: "aws:ec2/instance:Instance", name, props: { ami: AMI, instanceType: "t3.micro", ...props } };
}
function template(name: string, id: string, props: Record<string, unknown>): ExampleResource {
  const inputs = { imageId: AMI, instanceType: "t3.micro", ...props };
  return { type: "aws:ec2/launchTemplate:LaunchTemplate", name, props: inputs, outputs: { ...inputs, id, name } };
}
function group(name: string, props: Record<string, unknown>): ExampleResource {
  return { type: "aws:autoscaling/group:Group", name, props: { minSize: 1, maxSize: 3, ...props } };
}

export const examples = policyExamples({
  policy: "ec2-no-public-ip",
  good: [
    {
      title: "an instance in a private subnet",
      resources: [privateA, instance("web", { subnetId: "subnet-0a00000000000000a" })],
    },
    {
      title: "an instance in a public subnet that refuses a public address explicitly",
      resources: [publicA, instance("bastion", { subnetId: "subnet-0b00000000000000b", associatePublicIpAddress: false })],
    },
    {
      title: "a default subnet that turns public addresses off, and an instance in it",
      resources: [{ ...defaultA, props: { ...defaultA.props, mapPublicIpOnLaunch: false }, outputs: { ...defaultA.outputs, mapPublicIpOnLaunch: false } }, instance("web", { subnetId: "subnet-0c00000000000000c" })],
    },
    {
      title: 'an Auto Scaling group in a public subnet whose launch template refuses public addresses ("false", a string in v7)',
      resources: [
        publicA,
        template("workers", "lt-0123456789abcdef0", { networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: "false" }] }),
        group("workers", { launchTemplate: { id: "lt-0123456789abcdef0", version: "$Latest" }, vpcZoneIdentifiers: ["subnet-0b00000000000000b"] }),
      ],
    },
    {
      title: "an instance that attaches an existing network interface, which carries its own addressing",
      resources: [publicA, instance("appliance", { networkInterfaces: [{ deviceIndex: 0, networkInterfaceId: "eni-0123456789abcdef0" }] })],
    },
  ],
  bad: [
    {
      title: "an instance that names no subnet launches from a template whose interface sits in a public subnet",
      resources: [
        publicA,
        template("workers", "lt-0aaaaaaaaaaaaaaa1", { imageId: AMI, networkInterfaces: [{ deviceIndex: 0, subnetId: "subnet-0b00000000000000b" }] }),
        instance("worker-1", { launchTemplate: { id: "lt-0aaaaaaaaaaaaaaa1" } }),
      ],
      violations: ["worker-1"],
      message: /launches from template 'workers' into subnet 'public-a'/,
    },
    {
      title: "an instance whose template names no subnet either lands in the default VPC",
      resources: [template("plain", "lt-0aaaaaaaaaaaaaaa2", { imageId: AMI }), instance("worker-2", { launchTemplate: { id: "lt-0aaaaaaaaaaaaaaa2" } })],
      violations: ["worker-2"],
      message: /neither does its launch template 'plain'/,
    },
    {
      title: "an instance that asks for a public address, even in a private subnet",
      resources: [privateA, instance("web", { subnetId: "subnet-0a00000000000000a", associatePublicIpAddress: true })],
      violations: ["web"],
      message: /Instance 'web' asks for a public IPv4 address: associatePublicIpAddress is true/,
    },
    {
      title: 'a launch template whose network interface asks for a public address ("true")',
      resources: [template("workers", "lt-0123456789abcdef0", { networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: "true" }] })],
      violations: ["workers"],
      message: /networkInterfaces\[0\]\.associatePublicIpAddress is "true"/,
    },
    {
      title: "a launch configuration that asks for a public address",
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, instanceType: "t3.micro", associatePublicIpAddress: true } }],
      violations: ["legacy"],
      message: /Launch configuration 'legacy' asks for a public IPv4 address/,
    },
    {
      title: "an instance in a subnet that maps public addresses on launch",
      resources: [publicA, privateA, instance("web", { subnetId: "subnet-0b00000000000000b" })],
      violations: ["web"],
      message: /Instance 'web' launches into subnet 'public-a', which assigns public IPv4 addresses/,
    },
    {
      title: "an instance in a default subnet that keeps AWS's default (public addresses on)",
      resources: [defaultA, instance("web", { subnetId: "subnet-0c00000000000000c" })],
      violations: ["web"],
      message: /subnet 'default-a'/,
    },
    {
      title: "an instance that names no subnet launches into the default VPC, whose subnets assign public addresses",
      resources: [instance("web", {})],
      violations: ["web"],
      message: /names no subnetId.*default VPC/,
    },
    {
      title: "an instance whose launch template leaves the address to the public subnet it launches into",
      resources: [publicA, template("workers", "lt-0123456789abcdef0", {}), instance("web", { subnetId: "subnet-0b00000000000000b", launchTemplate: { id: "lt-0123456789abcdef0" } })],
      violations: ["web"],
      message: /neither it nor its launch template sets associatePublicIpAddress to false/,
    },
    {
      title: "an Auto Scaling group spread over a public and a private subnet, with a launch template (by name) that is silent",
      resources: [publicA, privateA, template("workers", "lt-0123456789abcdef0", {}), group("workers-asg", { launchTemplate: { name: "workers" }, vpcZoneIdentifiers: ["subnet-0a00000000000000a", "subnet-0b00000000000000b"] })],
      violations: ["workers-asg"],
      message: /Auto Scaling group 'workers-asg' launches instances into subnet 'public-a'.*launch template 'workers'/,
    },
    {
      title: "an Auto Scaling group with a launch configuration and no vpcZoneIdentifiers lands in the default VPC",
      resources: [
        { type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, instanceType: "t3.micro" }, outputs: { imageId: AMI, instanceType: "t3.micro", name: "legacy-20240101", id: "legacy-20240101" } },
        group("legacy-asg", { launchConfiguration: "legacy-20240101", availabilityZones: ["eu-west-1a"] }),
      ],
      violations: ["legacy-asg"],
      message: /names no vpcZoneIdentifiers.*launch configuration 'legacy'/,
    },
    {
      title: "a mixed-instances Auto Scaling group in a public subnet whose template is silent",
      resources: [
        publicA,
        template("spot", "lt-0fedcba9876543210", {}),
        group("spot-asg", { vpcZoneIdentifiers: ["subnet-0b00000000000000b"], mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateId: "lt-0fedcba9876543210" } } } }),
      ],
      violations: ["spot-asg"],
      message: /Auto Scaling group 'spot-asg'/,
    },
  ],
  unknown: [
    {
      title: "an instance whose subnet id is another resource's output during preview",
      resources: [publicA, instance("web", { subnetId: UNKNOWN_STRING })],
    },
    {
      title: "a subnet whose mapPublicIpOnLaunch is computed during preview",
      resources: [{ ...publicA, outputs: { ...publicA.outputs, mapPublicIpOnLaunch: UNKNOWN_BOOL } }, instance("web", { subnetId: "subnet-0b00000000000000b" })],
    },
    {
      title: "an instance in a public subnet whose associatePublicIpAddress is unknown during preview",
      resources: [publicA, instance("web", { subnetId: "subnet-0b00000000000000b", associatePublicIpAddress: UNKNOWN_BOOL })],
    },
    {
      title: "a launch template whose network interfaces are unknown during preview",
      resources: [template("workers", "lt-0123456789abcdef0", { networkInterfaces: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2" })],
    },
    {
      title: "an Auto Scaling group whose subnets are unknown during preview",
      resources: [publicA, template("workers", "lt-0123456789abcdef0", {}), group("workers-asg", { launchTemplate: { id: "lt-0123456789abcdef0" }, vpcZoneIdentifiers: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2" })],
    },
  ],
});
