// Reads the four block-public-access flags of a bucket or account block. Each defaults to false,
// so a missing flag is an unset (off) one.
import { UNKNOWN } from "../../lib/unknown";
import { readBool } from "../../lib/values";
import { PUBLIC_ACCESS_FLAGS } from "./types";

export interface FlagReading {
  /** Flags that are not true. */
  readonly off: string[];
  /** Flags unknown during preview. */
  readonly unknown: string[];
}

export function readPublicAccessFlags(props: Record<string, unknown>): FlagReading {
  const off: string[] = [];
  const unknown: string[] = [];
  for (const flag of PUBLIC_ACCESS_FLAGS) {
    const value = readBool(props[flag]);
    if (value === UNKNOWN) unknown.push(flag);
    else if (value !== true) off.push(flag);
  }
  return { off, unknown };
}

export function allOn(reading: FlagReading): boolean {
  return reading.off.length === 0 && reading.unknown.length === 0;
}
