// Port ranges with AWS's conventions: -1 (or no port at all) means every port, protocol "all"
// and every protocol other than TCP/UDP ignore ports (ICMP reuses the fields for type and code).
import { UNKNOWN, Unknown } from "../../lib/unknown";
import { readNumber } from "../../lib/values";
import { ICMP, ICMPV6, Protocol, hasPorts } from "./protocol";

export interface PortRange {
  readonly from: number;
  readonly to: number;
}

export const MAX_PORT = 65535;
export const ALL_PORTS: PortRange = { from: 0, to: MAX_PORT };
/** Port 0 is reserved and unusable, so a rule for 1-65535 is as open as one for 0-65535. */
export const EVERY_USABLE_PORT: PortRange = { from: 1, to: MAX_PORT };

/** The ports a rule opens, given its protocol and raw fromPort/toPort values. */
export function readPorts(protocol: Protocol | Unknown, fromValue: unknown, toValue: unknown): PortRange | Unknown {
  if (protocol !== UNKNOWN && !hasPorts(protocol)) return ALL_PORTS;
  const from = readNumber(fromValue);
  const to = readNumber(toValue);
  if (from === UNKNOWN || to === UNKNOWN) return UNKNOWN;
  // With the protocol unknown, known ports still bound a TCP/UDP rule; an all-protocol rule
  // would open every port, which the policies account for by maximising the protocol.
  // -1, or a missing or unreadable port: AWS's "every port" (erring towards the wider reading).
  if (from === undefined || to === undefined || from < 0 || to < 0) return ALL_PORTS;
  const lo = clamp(Math.min(from, to));
  const hi = clamp(Math.max(from, to));
  return { from: lo, to: hi };
}

function clamp(n: number): number {
  return Math.min(MAX_PORT, Math.max(0, Math.floor(n)));
}

export function isAllPorts(range: PortRange): boolean {
  return range.from <= EVERY_USABLE_PORT.from && range.to >= MAX_PORT;
}

export function portsLabel(range: PortRange): string {
  if (isAllPorts(range)) return "all ports";
  return range.from === range.to ? `port ${range.from}` : `ports ${range.from}-${range.to}`;
}

/** ICMP type and code of a rule, when its protocol is ICMP or ICMPv6 (undefined otherwise). */
export function readIcmp(protocol: Protocol | Unknown, typeValue: unknown, codeValue: unknown): { type: number | Unknown; code: number | Unknown } | undefined {
  if (protocol !== ICMP && protocol !== ICMPV6) return undefined;
  const read = (v: unknown): number | Unknown => {
    const n = readNumber(v);
    return n === UNKNOWN ? UNKNOWN : typeof n === "number" ? n : -1;
  };
  return { type: read(typeValue), code: read(codeValue) };
}

export function containsPort(range: PortRange, port: number): boolean {
  return port >= range.from && port <= range.to;
}
