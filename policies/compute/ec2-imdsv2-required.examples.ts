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
    {
      title: "a launch configuration that requires tokens, its metadataOptions spelled as a list of one",
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: "ami-0abcdef1234567890", instanceType: "t3.micro", metadataOptions: [{ httpTokens: "required" }] } }],
    },
    {
      title: "an instance that leaves metadata options to the launch template it launches from, which is judged on its own",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { instanceType: "t3.micro", launchTemplate: { name: "workers", version: "$Latest" } } }],
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
    {
      title: "a launch template that sets a hop limit but not httpTokens, which launch templates default to optional",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: "ami-0abcdef1234567890", metadataOptions: { httpEndpoint: "enabled", httpPutResponseHopLimit: 1 } } }],
      violations: ["workers"],
      message: /launch templates default to "optional"/,
    },
    {
      title: "an instance launched from a template that overrides the template with optional tokens",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { launchTemplate: { id: "lt-0123456789abcdef0" }, metadataOptions: { httpTokens: "optional" } } }],
      violations: ["web"],
      message: /The instance does not require IMDSv2/,
    },
  ],
  unknown: [
    {
      title: "httpTokens computed by another resource during preview",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: "ami-0abcdef1234567890", metadataOptions: { httpTokens: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } } }],
    },
    {
      title: "optional tokens on an instance whose endpoint setting is unknown during preview (it might be disabled)",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: "ami-0abcdef1234567890", metadataOptions: { httpTokens: "optional", httpEndpoint: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } } }],
    },
    {
      title: "a launch template whose whole metadataOptions block is unknown during preview",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: "ami-0abcdef1234567890", metadataOptions: "dd056dcd-154b-4c76-9bd3-c8f88648b5ff" } }],
    },
  ],
});
