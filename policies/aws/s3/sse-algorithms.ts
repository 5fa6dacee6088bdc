// Reads the default server-side encryption algorithms out of every shape the provider accepts:
// Bucket's inline `serverSideEncryptionConfiguration { rule }`, BucketV2's
// `serverSideEncryptionConfigurations[] { rules[] }`, and the standalone configuration
// resource's `rules[]`. Nested blocks may arrive as a record or a list of one.
import { UNKNOWN, isUnknown } from "../../lib/unknown";
import { at, isRecord, readString } from "../../lib/values";

export interface SseReading {
  readonly algorithms: string[];
  /** Some part of the configuration is unknown during preview. */
  readonly unknown: boolean;
}

function items(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function readRule(rule: unknown, out: { algorithms: string[]; unknown: boolean }): void {
  if (isUnknown(rule)) {
    out.unknown = true;
    return;
  }
  for (const byDefault of items(at(rule, "applyServerSideEncryptionByDefault"))) {
    const algorithm = readString(at(byDefault, "sseAlgorithm"));
    if (algorithm === UNKNOWN || isUnknown(byDefault)) out.unknown = true;
    else if (algorithm !== undefined && algorithm.trim() !== "") out.algorithms.push(algorithm.trim());
  }
}

/** Algorithms of a configuration block (or list of blocks) holding `rule` or `rules`. */
export function readSseConfiguration(config: unknown): SseReading {
  const out = { algorithms: [] as string[], unknown: false };
  for (const block of items(config)) {
    if (isUnknown(block)) {
      out.unknown = true;
      continue;
    }
    if (!isRecord(block)) continue;
    for (const key of ["rule", "rules"]) {
      const rules = block[key];
      if (isUnknown(rules)) out.unknown = true;
      else for (const rule of items(rules)) readRule(rule, out);
    }
  }
  return out;
}
