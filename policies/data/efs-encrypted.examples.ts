import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const FS = "aws:efs/fileSystem:FileSystem";
const KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export const examples = policyExamples({
  policy: "efs-encrypted",
  good: [
    {
      title: "a file system encrypted with the aws/elasticfilesystem key",
      resources: [{ type: FS, name: "shared", props: { creationToken: "shared", encrypted: true, performanceMode: "generalPurpose" } }],
    },
    {
      title: "a One Zone file system encrypted with a customer managed key",
      resources: [{ type: FS, name: "scratch", props: { availabilityZoneName: "eu-west-1a", encrypted: true, kmsKeyId: KEY } }],
    },
  ],
  bad: [
    {
      title: "a file system that does not ask for encryption is created unencrypted",
      resources: [{ type: FS, name: "shared", props: { creationToken: "shared", performanceMode: "generalPurpose" } }],
      violations: ["shared"],
      message: /EFS file system "shared" stores its data unencrypted \(encrypted is not set and defaults to false\)/,
    },
    {
      title: "a file system with encrypted false",
      resources: [{ type: FS, name: "scratch", props: { encrypted: false } }],
      violations: ["scratch"],
      message: /encrypted is false/,
    },
  ],
  unknown: [
    {
      title: "the flag computed during preview",
      resources: [{ type: FS, name: "shared", props: { encrypted: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
