// IP protocols as AWS accepts them: names in any case, IANA numbers, numeric strings, and
// "-1"/"all" for every protocol. A rule's protocol is "all" or an IANA number.
import { UNKNOWN, Unknown, isUnknown } from "../../lib/unknown";

export type Protocol = "all" | number;

export const TCP = 6;
export const UDP = 17;
export const ICMP = 1;
export const ICMPV6 = 58;

const NAMES: Readonly<Record<string, Protocol>> = {
  all: "all",
  "-1": "all",
  tcp: TCP,
  udp: UDP,
  icmp: ICMP,
  icmpv6: ICMPV6,
  "ipv6-icmp": ICMPV6,
  gre: 47,
  esp: 50,
  ah: 51,
  sctp: 132,
};

const LABELS: Readonly<Record<number, string>> = { [TCP]: "tcp", [UDP]: "udp", [ICMP]: "icmp", [ICMPV6]: "icmpv6", 47: "gre", 50: "esp", 51: "ah", 132: "sctp" };

/**
 * The protocol a value names: a Protocol, UNKNOWN when the engine does not know it yet, or
 * undefined when the value is absent or names no protocol (AWS would reject it).
 */
export function parseProtocol(value: unknown): Protocol | Unknown | undefined {
  if (isUnknown(value)) return UNKNOWN;
  if (typeof value === "number") return protocolNumber(value);
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (text in NAMES) return NAMES[text];
  if (/^-?\d+$/.test(text)) return protocolNumber(Number(text));
  return undefined;
}

function protocolNumber(n: number): Protocol | undefined {
  if (n === -1) return "all";
  return Number.isInteger(n) && n >= 0 && n <= 255 ? n : undefined;
}

/** Only TCP and UDP rules carry port ranges; for every other protocol AWS ignores the ports. */
export function hasPorts(protocol: Protocol): boolean {
  return protocol === TCP || protocol === UDP;
}

/** Whether a rule for `rule` also matches traffic of protocol `probe`. */
export function protocolMatches(rule: Protocol, probe: number): boolean {
  return rule === "all" || rule === probe;
}

export function protocolLabel(protocol: Protocol): string {
  if (protocol === "all") return "all protocols";
  return LABELS[protocol] ?? `protocol ${protocol}`;
}
