// "The internet": the any-address of a family in any spelling, or any set of sources whose
// public part (what is left after ipaddr.js's private and special ranges) is at least as large
// as a block of the configured prefix: with the default /8, a public /4 counts, a public /32
// does not, and 10.0.0.0/8 (private) never does.
import { Interval, normalise, overlapSize, size } from "./interval-set";
import { BITS, Cidr, Family, familyMax } from "./cidr";
import { nonPublicIntervals } from "./special-ranges";

export interface InternetThresholds {
  /** A set of IPv4 sources is the internet when its public part spans at least a /v4 block. */
  readonly v4: number;
  readonly v6: number;
}

export const DEFAULT_THRESHOLDS: InternetThresholds = { v4: 8, v6: 32 };

/** Number of public addresses in a normalised set of one family. */
export function publicSize(family: Family, set: readonly Interval[]): bigint {
  return size(set) - overlapSize(set, nonPublicIntervals(family));
}

function threshold(family: Family, thresholds: InternetThresholds): number {
  return family === 4 ? thresholds.v4 : thresholds.v6;
}

/** Whether a normalised set of sources of one family is the internet. */
export function isInternetSet(family: Family, set: readonly Interval[], thresholds: InternetThresholds): boolean {
  if (set.length === 0) return false;
  if (set.length === 1 && set[0][0] === 0n && set[0][1] === familyMax(family)) return true;
  const bits = BITS[family];
  const prefix = Math.min(bits, Math.max(0, threshold(family, thresholds)));
  return publicSize(family, set) >= 1n << BigInt(bits - prefix);
}

const cidrCache = new Map<string, boolean>();

/** Whether one CIDR block is the internet (cached: the same few blocks recur across a stack). */
export function isInternetCidr(cidr: Cidr, thresholds: InternetThresholds): boolean {
  const key = `${cidr.text}|${thresholds.v4}|${thresholds.v6}`;
  let result = cidrCache.get(key);
  if (result === undefined) {
    result = isInternetSet(cidr.family, normalise([[cidr.lo, cidr.hi]]), thresholds);
    if (cidrCache.size > 10000) cidrCache.clear();
    cidrCache.set(key, result);
  }
  return result;
}

/** How a message names an internet source. */
export function internetLabel(cidr: Cidr): string {
  if (cidr.prefix === 0) return `${cidr.text} (any ${cidr.family === 4 ? "IPv4" : "IPv6"} address)`;
  return `${cidr.text} (a public range of the internet)`;
}
