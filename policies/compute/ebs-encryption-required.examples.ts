import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const AMI = "ami-0abcdef1234567890";
const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export const examples = policyExamples({
  policy: "ebs-encryption-required",
  good: [
    {
      title: "an instance whose root and data volumes are encrypted",
      resources: [
        {
          type: "aws:ec2/instance:Instance",
          name: "web",
          props: { ami: AMI, instanceType: "t3.micro", rootBlockDevice: { encrypted: true, volumeSize: 20 }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true, volumeSize: 100 }] },
        },
      ],
    },
    {
      title: 'a launch template that encrypts its EBS mapping ("true", a string in v7) beside an instance-store volume',
      resources: [
        {
          type: "aws:ec2/launchTemplate:LaunchTemplate",
          name: "workers",
          props: { imageId: AMI, blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", volumeSize: 30 } }, { deviceName: "/dev/sdb", virtualName: "ephemeral0" }] },
        },
      ],
    },
    {
      title: "a launch configuration with an encrypted root volume and a suppressed device",
      resources: [
        {
          type: "aws:ec2/launchConfiguration:LaunchConfiguration",
          name: "legacy",
          props: { imageId: AMI, instanceType: "t3.micro", rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdg", noDevice: true }] },
        },
      ],
    },
    {
      title: "an instance launched from a launch template takes its root volume from the template, which is judged on its own",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { instanceType: "t3.micro", launchTemplate: { id: "lt-0123456789abcdef0" } } }],
    },
    {
      title: "a volume encrypted with a customer managed key when kmsKeyRequired is set",
      config: { kmsKeyRequired: true },
      resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", size: 100, encrypted: true, kmsKeyId: KEY } }],
    },
    {
      title: "with assumeEncryptionByDefault (the account encrypts new volumes), a volume that leaves encrypted unset passes",
      config: { assumeEncryptionByDefault: true },
      resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", size: 100 } }],
    },
    {
      title: "an encrypted flag that is a secret is still read",
      resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", encrypted: { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: true } } }],
    },
  ],
  bad: [
    {
      title: "an instance that declares no root volume follows the AMI's snapshot, unencrypted for most public AMIs",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, instanceType: "t3.micro" } }],
      violations: ["web"],
      message: /does not declare rootBlockDevice/,
    },
    {
      title: "an instance data volume that leaves encrypted unset",
      resources: [
        { type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", volumeSize: 100 }] } },
      ],
      violations: ["web"],
      message: /ebsBlockDevices\[0\]\.encrypted/,
    },
    {
      title: 'a launch template mapping with encrypted "false"',
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false", volumeSize: 30 } }] } }],
      violations: ["workers"],
      message: /blockDeviceMappings\[0\]\.ebs\.encrypted is false/,
    },
    {
      title: "a launch template without blockDeviceMappings boots the AMI's root snapshot as it is",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, instanceType: "t3.micro" } }],
      violations: ["workers"],
      message: /declares no blockDeviceMappings/,
    },
    {
      title: "a launch configuration with an unencrypted data volume",
      resources: [
        {
          type: "aws:ec2/launchConfiguration:LaunchConfiguration",
          name: "legacy",
          props: { imageId: AMI, instanceType: "t3.micro", rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: false }] },
        },
      ],
      violations: ["legacy"],
      message: /ebsBlockDevices\[0\]\.encrypted is false/,
    },
    {
      title: "a standalone volume that leaves encrypted unset",
      resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", size: 100 } }],
      violations: ["data"],
      message: /The EBS volume does not set encrypted/,
    },
    {
      title: "an explicit encrypted: false fails even when the account encrypts by default",
      config: { assumeEncryptionByDefault: true },
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, rootBlockDevice: { encrypted: false } } }],
      violations: ["web"],
      message: /rootBlockDevice\.encrypted is false/,
    },
    {
      title: "with kmsKeyRequired, a volume encrypted with the AWS managed key (aws/ebs)",
      config: { kmsKeyRequired: true },
      resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", encrypted: true } }],
      violations: ["data"],
      message: /customer managed KMS key/,
    },
    {
      title: "with kmsKeyRequired, a launch configuration, which cannot name a customer managed key",
      config: { kmsKeyRequired: true },
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, rootBlockDevice: { encrypted: true } } }],
      violations: ["legacy"],
      message: /Move to a launch template/,
    },
  ],
  unknown: [
    {
      title: "a data volume that noDevice, computed during preview, may suppress",
      resources: [
        {
          type: "aws:ec2/launchConfiguration:LaunchConfiguration",
          name: "maybe-suppressed",
          props: { imageId: AMI, instanceType: "t3.micro", rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdg", noDevice: UNKNOWN_SENTINELS.boolean }] },
        },
      ],
    },
    {
      title: "a volume whose encrypted flag is computed during preview",
      resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", encrypted: "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7" } }],
    },
    {
      title: "an instance whose rootBlockDevice block is unknown during preview",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, rootBlockDevice: "dd056dcd-154b-4c76-9bd3-c8f88648b5ff" } }],
    },
    {
      title: "a launch template whose blockDeviceMappings are unknown during preview",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, blockDeviceMappings: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2" } }],
    },
    {
      title: "with kmsKeyRequired, a key id that is another resource's output during preview",
      config: { kmsKeyRequired: true },
      resources: [{ type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", encrypted: true, kmsKeyId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } }],
    },
  ],
});
