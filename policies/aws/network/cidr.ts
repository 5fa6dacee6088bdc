// CIDR blocks as address intervals. Parsing goes through ipaddr.js, except that IPv4 must be
// dotted decimal (AWS reads "010.0.0.0" as ten, not as octal eight, and rejects hex forms).
// Host bits are masked off, so "10.1.2.3/8" is the block 10.0.0.0/8.
import * as ipaddr from "ipaddr.js";

export type Family = 4 | 6;

export interface Cidr {
  readonly family: Family;
  readonly prefix: number;
  /** First and last address of the block, as integers. */
  readonly lo: bigint;
  readonly hi: bigint;
  /** Canonical text, e.g. "0.0.0.0/0" for "0.0.0.0/00", "::/0" for "0:0:0:0:0:0:0:0/0". */
  readonly text: string;
}

export const BITS: Readonly<Record<Family, number>> = { 4: 32, 6: 128 };

export function familyMax(family: Family): bigint {
  return (1n << BigInt(BITS[family])) - 1n;
}

const DOTTED = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses an address (IPv4 dotted decimal or any IPv6 spelling) into its family and integer value. */
export function parseAddress(text: string): { family: Family; value: bigint } | undefined {
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const octets = dotted.slice(1).map((o) => Number(o));
    if (octets.some((o) => o > 255)) return undefined;
    return { family: 4, value: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n) };
  }
  if (!text.includes(":") || text.includes("%")) return undefined;
  try {
    const parts = ipaddr.IPv6.parse(text).parts;
    return { family: 6, value: parts.reduce((acc, p) => (acc << 16n) | BigInt(p), 0n) };
  } catch {
    return undefined;
  }
}

/** Parses "address/prefix" (a bare address is a host block); undefined when AWS would not accept it. */
export function parseCidr(raw: string): Cidr | undefined {
  const text = raw.trim();
  const slash = text.indexOf("/");
  const address = parseAddress(slash < 0 ? text : text.slice(0, slash));
  if (!address) return undefined;
  const bits = BITS[address.family];
  let prefix = bits;
  if (slash >= 0) {
    const prefixText = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText)) return undefined;
    prefix = Number(prefixText);
    if (prefix > bits) return undefined;
  }
  return cidrOf(address.family, address.value, prefix);
}

/** The block of `prefix` bits containing `value`. */
export function cidrOf(family: Family, value: bigint, prefix: number): Cidr {
  const hostBits = BigInt(BITS[family] - prefix);
  const hostMask = (1n << hostBits) - 1n;
  const lo = value & ~hostMask & familyMax(family);
  const hi = lo | hostMask;
  return { family, prefix, lo, hi, text: `${addressText(family, lo)}/${prefix}` };
}

/** Canonical text of an address (IPv6 in RFC 5952 form). */
export function addressText(family: Family, value: bigint): string {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join(".");
  }
  const parts: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) parts.push(Number((value >> shift) & 0xffffn));
  return new ipaddr.IPv6(parts).toRFC5952String();
}

export function isAnyAddress(cidr: Cidr): boolean {
  return cidr.prefix === 0;
}
