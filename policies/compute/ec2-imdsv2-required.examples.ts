import { policyExamples } from "../lib/examples";

export const examples = policyExamples({
  policy: "ec2-imdsv2-required",
  good: [
    {
      title: "an instance that requires IMDSv2 session tokens",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: "ami-0abcdef1234567890", instanceType: "t3.micro", metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" } } }],
    },
    {
      title: "a launch template with the metadata endpoint switched off",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: "ami-0abcdef1234567890", metadataOptions: { httpEndpoint: "disabled" } } }],
    },
  ],
  bad: [
    {
      title: "an instance with no metadata options falls back to IMDSv1",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: "ami-0abcdef1234567890", instanceType: "t3.micro" } }],
      violations: ["web"],
      message: /httpTokens is not set/,
    },
    {
      title: "a launch configuration that leaves tokens optional",
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: "ami-0abcdef1234567890", instanceType: "t3.micro", metadataOptions: { httpTokens: "optional" } } }],
      violations: ["legacy"],
      message: /"optional"/,
    },
  ],
  unknown: [
    {
      title: "httpTokens computed by another resource during preview",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: "ami-0abcdef1234567890", metadataOptions: { httpTokens: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } } }],
    },
  ],
});
