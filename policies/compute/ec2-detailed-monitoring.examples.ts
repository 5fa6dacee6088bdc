import { policyExamples } from "../lib/examples";

const AMI = "ami-0abcdef1234567890";

export const examples = policyExamples({
  policy: "ec2-detailed-monitoring",
  good: [
    {
      title: "an instance with detailed (one-minute) monitoring",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, instanceType: "t3.micro", monitoring: true } }],
    },
    {
      title: "a launch template with monitoring.enabled",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, monitoring: { enabled: true } } }],
    },
    {
      title: "a launch configuration that leaves enableMonitoring at its default, on",
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, instanceType: "t3.micro" } }],
    },
    {
      title: "an instance that leaves monitoring to the launch template it launches from",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { launchTemplate: { name: "workers" } } }],
    },
  ],
  bad: [
    {
      title: "an instance that leaves monitoring unset gets basic five-minute metrics",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, instanceType: "t3.micro" } }],
      violations: ["web"],
      message: /monitoring is not set \(off by default\)/,
    },
    {
      title: "a launch template without a monitoring block",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI } }],
      violations: ["workers"],
      message: /monitoring\.enabled is not set/,
    },
    {
      title: "a launch template with monitoring.enabled false",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, monitoring: { enabled: false } } }],
      violations: ["workers"],
      message: /monitoring\.enabled is false/,
    },
    {
      title: "a launch configuration that turns monitoring off",
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, enableMonitoring: false } }],
      violations: ["legacy"],
      message: /enableMonitoring is false/,
    },
  ],
  unknown: [
    {
      title: "an instance whose monitoring flag is computed during preview",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, monitoring: "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7" } }],
    },
    {
      title: "a launch template whose monitoring block is unknown during preview",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, monitoring: "dd056dcd-154b-4c76-9bd3-c8f88648b5ff" } }],
    },
  ],
});
