import { policyExamples } from "../lib/examples";

const AMI = "ami-0abcdef1234567890";

export const examples = policyExamples({
  policy: "ec2-imds-hop-limit",
  good: [
    {
      title: "an instance that keeps IMDS responses to one hop",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, instanceType: "t3.micro", metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 } } }],
    },
    {
      title: "a launch template that leaves the hop limit unset takes the provider's documented default, 1",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, metadataOptions: { httpTokens: "required" } } }],
    },
    {
      title: "a launch configuration with a high hop limit but the metadata endpoint switched off",
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, metadataOptions: { httpEndpoint: "disabled", httpPutResponseHopLimit: 5 } } }],
    },
    {
      title: "with maxHopLimit 2, a launch template for container hosts that allows two hops",
      config: { maxHopLimit: 2 },
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "ecs-hosts", props: { imageId: AMI, metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 2 } } }],
    },
    {
      title: "with requireExplicitHopLimit, an instance that leaves the limit to its launch template, which is judged on its own",
      config: { requireExplicitHopLimit: true },
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { launchTemplate: { id: "lt-0123456789abcdef0" } } }],
    },
  ],
  bad: [
    {
      title: "a launch template that lets IMDS responses travel two hops, so containers can fetch the instance's credentials",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 2 } } }],
      violations: ["workers"],
      message: /travel 2 hops.*more than the allowed 1/,
    },
    {
      title: "with maxHopLimit 2, a launch configuration that allows three hops",
      config: { maxHopLimit: 2 },
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 3 } } }],
      violations: ["legacy"],
      message: /travel 3 hops.*more than the allowed 2/,
    },
    {
      title: "with requireExplicitHopLimit, an instance whose effective hop limit depends on the AMI (2 for ImdsSupport v2.0 AMIs)",
      config: { requireExplicitHopLimit: true },
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, metadataOptions: { httpTokens: "required" } } }],
      violations: ["web"],
      message: /does not set metadataOptions\.httpPutResponseHopLimit/,
    },
  ],
  unknown: [
    {
      title: "a hop limit computed during preview",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, metadataOptions: { httpPutResponseHopLimit: "3eeb2bf0-c639-47a8-9e75-3b44932eb421" } } }],
    },
    {
      title: "a launch template whose metadataOptions block is unknown during preview",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, metadataOptions: "dd056dcd-154b-4c76-9bd3-c8f88648b5ff" } }],
    },
    {
      title: "an unset hop limit under requireExplicitHopLimit, whose endpoint setting is unknown during preview (it might be disabled)",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, metadataOptions: { httpTokens: "required", httpEndpoint: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } } }],
      config: { requireExplicitHopLimit: true },
    },
    {
      title: "a hop limit of 2 whose endpoint setting is unknown during preview (it might be disabled)",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, metadataOptions: { httpPutResponseHopLimit: 2, httpEndpoint: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } } }],
    },
  ],
});
