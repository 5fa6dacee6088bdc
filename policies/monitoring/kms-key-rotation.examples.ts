import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const KEY = "aws:kms/key:Key";

export const examples = policyExamples({
  policy: "kms-key-rotation",
  good: [
    {
      title: "a symmetric key rotated yearly",
      resources: [{ type: KEY, name: "data", props: { description: "Encrypts application data", enableKeyRotation: true, deletionWindowInDays: 30 } }],
    },
    {
      title: "an asymmetric signing key, which KMS cannot rotate",
      resources: [{ type: KEY, name: "signing", props: { customerMasterKeySpec: "ECC_NIST_P256", keyUsage: "SIGN_VERIFY" } }],
    },
    {
      title: "an HMAC key, which KMS cannot rotate",
      resources: [{ type: KEY, name: "tokens", props: { customerMasterKeySpec: "HMAC_256", keyUsage: "GENERATE_VERIFY_MAC" } }],
    },
  ],
  bad: [
    {
      title: "a symmetric key that does not ask for rotation",
      resources: [{ type: KEY, name: "data", props: { description: "Encrypts application data" } }],
      violations: ["data"],
      message: /KMS key "data" never rotates its key material \(enableKeyRotation is not set and defaults to false\)/,
    },
    {
      title: "rotation switched off on an explicit SYMMETRIC_DEFAULT key",
      resources: [{ type: KEY, name: "backups", props: { customerMasterKeySpec: "SYMMETRIC_DEFAULT", enableKeyRotation: false } }],
      violations: ["backups"],
      message: /enableKeyRotation is false/,
    },
  ],
  unknown: [
    {
      title: "rotation computed from config during preview",
      resources: [{ type: KEY, name: "data", props: { enableKeyRotation: UNKNOWN_SENTINELS.boolean } }],
    },
    {
      title: "the key spec computed during preview",
      resources: [{ type: KEY, name: "data", props: { customerMasterKeySpec: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
