// A nested block (metadataOptions, rootBlockDevice, monitoring) is an object in Pulumi inputs,
// but some exports spell a one-item block as a list of one. Both mean the same thing.
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { Read, isRecord } from "../lib/values";

export function readBlock(value: unknown): Read<Record<string, unknown>> {
  if (isUnknown(value)) return UNKNOWN;
  if (isRecord(value)) return value;
  if (Array.isArray(value) && value.length === 1) {
    if (isUnknown(value[0])) return UNKNOWN;
    if (isRecord(value[0])) return value[0];
  }
  return undefined;
}
