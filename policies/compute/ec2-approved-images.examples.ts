import { policyExamples } from "../lib/examples";

const GOLDEN = "ami-0a1b2c3d4e5f60718";
const AL2023 = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
const allowlist = { allowedAmis: [GOLDEN], allowedAmiPatterns: ["resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-*", "ami-0fee1*"] };

export const examples = policyExamples({
  policy: "ec2-approved-images",
  good: [
    {
      title: "until an allowlist is configured the control is inactive, so any image passes",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: "ami-0123456789abcdef0", instanceType: "t3.micro" } }],
    },
    {
      title: "an instance booting the organisation's golden image, listed in allowedAmis",
      config: allowlist,
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: GOLDEN, instanceType: "t3.micro" } }],
    },
    {
      title: "a launch template booting the SSM parameter that tracks Amazon Linux 2023, matched by a pattern",
      config: allowlist,
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AL2023, instanceType: "t3.micro" } }],
    },
    {
      title: "a launch configuration booting an image of an approved id family (ami-0fee1*)",
      config: allowlist,
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: "ami-0fee1234567890abc", instanceType: "t3.micro" } }],
    },
    {
      title: "an instance without an ami boots its launch template's image, which is judged on the template",
      config: allowlist,
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { launchTemplate: { id: "lt-0123456789abcdef0" } } }],
    },
  ],
  bad: [
    {
      title: "an instance booting an AMI that is neither listed nor matched",
      config: allowlist,
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: "ami-0123456789abcdef0", instanceType: "t3.micro" } }],
      violations: ["web"],
      message: /boots "ami-0123456789abcdef0" \(ami\), which is not an approved image: it is neither listed in allowedAmis nor matched/,
    },
    {
      title: "a launch template booting an SSM parameter that no pattern approves (Amazon Linux 2, not 2023)",
      config: allowlist,
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: "resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2" } }],
      violations: ["workers"],
      message: /an SSM parameter that matches no pattern/,
    },
    {
      title: "a launch configuration booting an unlisted image; ids match case-sensitively",
      config: { allowedAmis: [GOLDEN.toUpperCase()] },
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: GOLDEN } }],
      violations: ["legacy"],
      message: /The launch configuration boots .* \(imageId\)/,
    },
    {
      title: "an image id that is not AMI-shaped is not repeated in the message",
      config: allowlist,
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: "my-image please-ignore" } }],
      violations: ["web"],
      message: /^(?!.*please-ignore).*boots an image id that is not on the list/,
    },
  ],
  unknown: [
    {
      title: "an AMI looked up by another resource (aws.ec2.getAmi) during preview",
      config: allowlist,
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", instanceType: "t3.micro" } }],
    },
  ],
});
