// kms-key-rotation: symmetric customer managed KMS keys rotate their key material (KMS.4).
// Automatic rotation is off unless enableKeyRotation is true, and only symmetric encryption keys
// in the default key store can rotate automatically: asymmetric and HMAC keys, and keys in a
// CloudHSM or external key store, cannot (KMS Developer Guide, "Rotating AWS KMS keys").
// Keys with imported material are aws.kms.ExternalKey, not judged here.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { readBool, readString } from "../lib/values";
import { KMS_KEY_PROPS as P, MON } from "./types";

export const kmsKeyRotation = resourcePolicy<Record<string, never>>({
  name: "kms-key-rotation",
  description: "Symmetric encryption KMS keys in the default key store rotate their key material automatically (enableKeyRotation is true).",
  severity: "medium",
  // Hygiene: an unrotated key exposes nothing by itself (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["KMS.4"] }, { framework: "cis-aws", ids: ["3.6"] }],
  remediationSteps:
    "Set enableKeyRotation: true on the aws.kms.Key (rotationPeriodInDays tunes the period, 90 to 2560 days, default 365). " +
    "Rotation keeps old key material for decryption, so nothing needs re-encrypting.",
  types: [MON.kmsKey],
  check(key, _config, judge) {
    const spec = readString(key.props[P.spec]);
    const usage = readString(key.props[P.usage]);
    const store = readString(key.props[P.customKeyStoreId]);
    if (spec === UNKNOWN || usage === UNKNOWN || store === UNKNOWN) return judge.unknown("the key's spec, usage or key store");
    if (spec !== undefined && spec.trim() !== "" && spec.trim().toUpperCase() !== "SYMMETRIC_DEFAULT") return;
    if (usage !== undefined && usage.trim() !== "" && usage.trim().toUpperCase() !== "ENCRYPT_DECRYPT") return;
    if (store !== undefined && store.trim() !== "") return;
    const rotation = readBool(key.props[P.rotation]);
    if (isUnknown(rotation)) return judge.unknown(P.rotation);
    if (rotation === true) return;
    const why = rotation === false ? "enableKeyRotation is false" : "enableKeyRotation is not set and defaults to false";
    judge.violation(`KMS key "${key.name}" never rotates its key material (${why}). Set enableKeyRotation: true.`);
  },
});
