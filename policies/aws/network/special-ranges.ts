// Which addresses are not "the internet": ipaddr.js's own range classification decides.
// We cut each family at every boundary of ipaddr's special-range table and classify each piece
// by its first address, so the result follows ipaddr exactly (including its precedence when
// ranges overlap), as sorted, merged intervals that sizes can be computed against.
import * as ipaddr from "ipaddr.js";
import { Family, familyMax } from "./cidr";
import { Interval, normalise } from "./interval-set";

// Ranges ipaddr marks special but whose traffic does come from the public internet: anycast
// services (AS112, AMT) and the IPv6 transition ranges that embed public IPv4 addresses.
const PUBLIC_KINDS: Readonly<Record<Family, ReadonlySet<string>>> = {
  4: new Set(["unicast", "as112", "amt"]),
  6: new Set(["unicast", "6to4", "teredo", "rfc6052", "rfc6145", "as112v6", "amt"]),
};

type RangeEntry = [ipaddr.IPv4 | ipaddr.IPv6, number];

// Used only if a future ipaddr.js stops exposing its table: the RFC 6890 blocks that matter.
const FALLBACK: Readonly<Record<Family, readonly string[]>> = {
  4: ["0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4"],
  6: ["::/128", "::1/128", "::ffff:0:0/96", "100::/64", "2001::/23", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8"],
};

function tableEntries(family: Family): RangeEntry[] {
  const proto = (family === 4 ? ipaddr.IPv4.prototype : ipaddr.IPv6.prototype) as unknown as { SpecialRanges?: Record<string, unknown> };
  const table = proto.SpecialRanges;
  if (!table || typeof table !== "object") {
    return FALLBACK[family].map((text) => ipaddr.parseCIDR(text) as RangeEntry);
  }
  const entries: RangeEntry[] = [];
  for (const value of Object.values(table)) {
    if (!Array.isArray(value) || value.length === 0) continue;
    const list = Array.isArray(value[0]) ? (value as RangeEntry[]) : [value as RangeEntry];
    for (const entry of list) entries.push(entry);
  }
  return entries;
}

function toBigInt(address: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return address.toByteArray().reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

function fromBigInt(family: Family, value: bigint): ipaddr.IPv4 | ipaddr.IPv6 {
  const bytes: number[] = [];
  for (let i = family === 4 ? 3 : 15; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 255n));
  return ipaddr.fromByteArray(bytes);
}

function build(family: Family): Interval[] {
  const bits = family === 4 ? 32 : 128;
  const max = familyMax(family);
  const cuts = new Set<bigint>([0n]);
  for (const [address, prefix] of tableEntries(family)) {
    const hostMask = (1n << BigInt(bits - prefix)) - 1n;
    const lo = toBigInt(address) & ~hostMask & max;
    cuts.add(lo);
    if ((lo | hostMask) < max) cuts.add((lo | hostMask) + 1n);
  }
  const sorted = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const special: Interval[] = [];
  sorted.forEach((start, i) => {
    const end = i + 1 < sorted.length ? sorted[i + 1] - 1n : max;
    if (!PUBLIC_KINDS[family].has(fromBigInt(family, start).range())) special.push([start, end]);
  });
  return normalise(special);
}

const cache: Partial<Record<Family, Interval[]>> = {};

/** The sorted, merged intervals of a family that are not the public internet. */
export function nonPublicIntervals(family: Family): readonly Interval[] {
  return (cache[family] ??= build(family));
}
