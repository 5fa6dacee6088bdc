// Whether a resource names a KMS key (kmsKeyId, kmsMasterKeyId): a non-blank id, ARN or alias.
import { UNKNOWN, Unknown } from "../lib/unknown";
import { readString } from "../lib/values";

/** true when the value names a key, false when it is absent or blank, UNKNOWN during preview. */
export function namesKmsKey(value: unknown): boolean | Unknown {
  const key = readString(value);
  if (key === UNKNOWN) return UNKNOWN;
  return key !== undefined && key.trim() !== "";
}
