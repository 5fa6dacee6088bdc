import { ec2NoPublicIp } from "../../../policies/compute/ec2-no-public-ip";
import { T } from "../../../policies/aws/types";
import { StackInput, UNKNOWN_ARRAY, UNKNOWN_BOOL, UNKNOWN_STRING, secret, urnOf } from "../../helpers/policy-harness";
import { StackCase, runStackCase, tally } from "./table";

const ASG = "aws:autoscaling/group:Group";
const INST = T.instance;
const LT = T.launchTemplate;
const LC = T.launchConfiguration;

const publicSubnet: StackInput = { type: T.subnet, name: "public", props: { id: "subnet-pub", vpcId: "vpc-1", mapPublicIpOnLaunch: true } };
const privateSubnet: StackInput = { type: T.subnet, name: "private", props: { id: "subnet-priv", vpcId: "vpc-1" } };
const defaultSubnet: StackInput = { type: T.defaultSubnet, name: "default-a", props: { id: "subnet-def", availabilityZone: "eu-west-1a" } };
const u = (type: string, name: string) => urnOf(type, name);

const instance = (name: string, props: Record<string, unknown>, propertyDependencies?: Record<string, string[]>): StackInput => ({ type: INST, name, props: { ami: "ami-1", ...props }, propertyDependencies });

const cases: StackCase[] = [
  // bad: asking for a public address
  { label: "instance with associatePublicIpAddress true", resources: [privateSubnet, instance("web", { subnetId: "subnet-priv", associatePublicIpAddress: true })], expect: "violation", count: 1, urns: [u(INST, "web")], message: /associatePublicIpAddress is true/ },
  { label: "launch template interface with \"true\" (v7 string)", resources: [{ type: LT, name: "tpl", props: { networkInterfaces: [{ associatePublicIpAddress: "true", deviceIndex: 0 }] } }], expect: "violation", urns: [u(LT, "tpl")], message: /networkInterfaces\[0\].associatePublicIpAddress is "true"/ },
  { label: "launch configuration with associatePublicIpAddress true", resources: [{ type: LC, name: "cfg", props: { imageId: "ami-1", associatePublicIpAddress: true } }], expect: "violation", urns: [u(LC, "cfg")] },
  // bad: the subnet hands one out
  { label: "instance in a public subnet, matched by id", resources: [publicSubnet, instance("web", { subnetId: "subnet-pub" })], expect: "violation", urns: [u(INST, "web")], message: /subnet 'public'.*mapPublicIpOnLaunch/ },
  { label: "instance in a public subnet, matched through propertyDependencies (preview)", resources: [{ ...publicSubnet, props: { vpcId: "vpc-1", mapPublicIpOnLaunch: true, id: UNKNOWN_STRING } }, instance("web", { subnetId: UNKNOWN_STRING }, { subnetId: [u(T.subnet, "public")] })], expect: "violation", urns: [u(INST, "web")] },
  { label: "instance in a default subnet that keeps its default", resources: [defaultSubnet, instance("web", { subnetId: "subnet-def" })], expect: "violation", message: /subnet 'default-a'/ },
  { label: "instance without subnetId lands in the default VPC", resources: [instance("web", {})], expect: "violation", message: /default VPC/ },
  { label: "instance from a template that leaves the address to a public subnet", resources: [publicSubnet, { type: LT, name: "tpl", props: { id: "lt-1", imageId: "ami-1" } }, instance("web", { subnetId: "subnet-pub", launchTemplate: { id: "lt-1" } })], expect: "violation", urns: [u(INST, "web")] },
  { label: "Auto Scaling group in a public subnet with a silent template", resources: [publicSubnet, { type: LT, name: "tpl", props: { id: "lt-1" } }, { type: ASG, name: "asg", props: { launchTemplate: { id: "lt-1" }, vpcZoneIdentifiers: ["subnet-pub"] } }], expect: "violation", urns: [u(ASG, "asg")], message: /Auto Scaling group 'asg'.*launch template 'tpl'/ },
  { label: "Auto Scaling group with a launch configuration, through dependencies", resources: [publicSubnet, { type: LC, name: "cfg", props: { name: "cfg-123", imageId: "ami-1" } }, { type: ASG, name: "asg", props: { launchConfiguration: UNKNOWN_STRING, vpcZoneIdentifiers: UNKNOWN_ARRAY }, propertyDependencies: { launchConfiguration: [u(LC, "cfg")], vpcZoneIdentifiers: [u(T.subnet, "public")] } }], expect: "violation", urns: [u(ASG, "asg")], message: /launch configuration 'cfg'/ },
  { label: "mixed-instances Auto Scaling group in the default VPC", resources: [{ type: LT, name: "tpl", props: { name: "tpl-1" } }, { type: ASG, name: "asg", props: { availabilityZones: ["eu-west-1a"], mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateName: "tpl-1" } } } } }], expect: "violation", message: /default VPC/ },
  // good
  { label: "instance in a private subnet", resources: [privateSubnet, instance("web", { subnetId: "subnet-priv" })], expect: "pass" },
  { label: "instance refusing a public address in a public subnet", resources: [publicSubnet, instance("web", { subnetId: "subnet-pub", associatePublicIpAddress: false })], expect: "pass" },
  { label: "default subnet with mapPublicIpOnLaunch false", resources: [{ ...defaultSubnet, props: { ...defaultSubnet.props, mapPublicIpOnLaunch: false } }, instance("web", { subnetId: "subnet-def" })], expect: "pass" },
  { label: "launch template refusing with \"false\" used by a group in a public subnet", resources: [publicSubnet, { type: LT, name: "tpl", props: { id: "lt-1", networkInterfaces: [{ associatePublicIpAddress: "false" }] } }, { type: ASG, name: "asg", props: { launchTemplate: { id: "lt-1" }, vpcZoneIdentifiers: ["subnet-pub"] } }], expect: "pass" },
  { label: "instance in a subnet outside the stack", resources: [instance("web", { subnetId: "subnet-elsewhere" })], expect: "pass" },
  { label: "instance attaching an existing network interface", resources: [publicSubnet, instance("web", { networkInterfaces: [{ deviceIndex: 0, networkInterfaceId: "eni-1" }] })], expect: "pass" },
  { label: "group using a template outside the stack", resources: [publicSubnet, { type: ASG, name: "asg", props: { launchTemplate: { id: "lt-external" }, vpcZoneIdentifiers: ["subnet-pub"] } }], expect: "pass" },
  { label: "flag wrapped as a secret", resources: [publicSubnet, instance("web", { subnetId: "subnet-pub", associatePublicIpAddress: secret(false) })], expect: "pass" },
  { label: "stack without instances", resources: [publicSubnet], expect: "pass" },
  // unknown during preview
  { label: "subnet id unknown and not linked", resources: [publicSubnet, instance("web", { subnetId: UNKNOWN_STRING })], expect: "not-applicable", message: /subnet of web/ },
  { label: "mapPublicIpOnLaunch unknown", resources: [{ ...publicSubnet, props: { id: "subnet-pub", mapPublicIpOnLaunch: UNKNOWN_BOOL } }, instance("web", { subnetId: "subnet-pub" })], expect: "not-applicable" },
  { label: "associatePublicIpAddress unknown in a public subnet", resources: [publicSubnet, instance("web", { subnetId: "subnet-pub", associatePublicIpAddress: UNKNOWN_BOOL })], expect: "not-applicable" },
  { label: "launch template interface list unknown", resources: [{ type: LT, name: "tpl", props: { networkInterfaces: UNKNOWN_ARRAY } }], expect: "not-applicable" },
];

describe("ec2-no-public-ip", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runStackCase(ec2NoPublicIp, c);
  });

  it("is a stack policy (the subnet is another resource)", () => {
    expect(ec2NoPublicIp.rampart.kind).toBe("stack");
  });

  it("names every public subnet of a group in one finding", async () => {
    const second: StackInput = { type: T.subnet, name: "public-b", props: { id: "subnet-pub-b", mapPublicIpOnLaunch: "true" } };
    const resources: StackInput[] = [publicSubnet, second, privateSubnet, { type: LC, name: "cfg", props: { name: "cfg" } }, { type: ASG, name: "asg", props: { launchConfiguration: "cfg", vpcZoneIdentifiers: ["subnet-pub", "subnet-priv", "subnet-pub-b"] } }];
    await runStackCase(ec2NoPublicIp, { label: "", resources, expect: "violation", count: 1, message: /subnets 'public', 'public-b', which assign/ });
  });

  it("reports each offender once, at its own URN", async () => {
    const resources: StackInput[] = [
      publicSubnet,
      privateSubnet,
      instance("a", { subnetId: "subnet-pub" }),
      instance("b", { subnetId: "subnet-priv", associatePublicIpAddress: true }),
      instance("c", { subnetId: "subnet-priv" }),
    ];
    await runStackCase(ec2NoPublicIp, { label: "", resources, expect: "violation", count: 2, urns: [u(INST, "a"), u(INST, "b")] });
  });
});
