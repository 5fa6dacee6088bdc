import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const SETTING = "aws:ebs/encryptionByDefault:EncryptionByDefault";
const VOLUME = { type: "aws:ebs/volume:Volume", name: "data", props: { availabilityZone: "eu-west-1a", size: 50, encrypted: true } };

export const examples = policyExamples({
  policy: "ebs-encryption-by-default",
  good: [
    {
      title: "the account baseline turns EBS encryption by default on",
      config: { requireEncryptionByDefault: true },
      resources: [{ type: SETTING, name: "ebs-encryption", props: { enabled: true } }],
    },
    {
      title: "a setting that leaves enabled at its default (true)",
      resources: [{ type: SETTING, name: "ebs-encryption", props: {} }],
    },
    {
      title: "a workload stack without the setting, when the baseline stack owns it (requireEncryptionByDefault off)",
      resources: [VOLUME],
    },
  ],
  bad: [
    {
      title: "a stack that turns EBS encryption by default off",
      resources: [{ type: SETTING, name: "ebs-encryption", props: { enabled: false } }],
      violations: ["ebs-encryption"],
      message: /is turned off \(enabled: false\)/,
    },
    {
      title: "the account baseline stack (requireEncryptionByDefault) that declares no setting",
      config: { requireEncryptionByDefault: true },
      resources: [VOLUME],
      violations: ["stack"],
      message: /does not turn on EBS encryption by default/,
    },
  ],
  unknown: [
    {
      title: "enabled read from config during preview",
      resources: [{ type: SETTING, name: "ebs-encryption", props: { enabled: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
