// "Internet ingress only to allowed ports": what one internet-facing allow rule admits beyond
// the allowlist. Port-less protocols other than ICMP (esp, gre, ...) are never on the list.
import { Box } from "../algebra/boxes";
import { InternetThresholds } from "../../aws/network/internet";
import { PortRange } from "../../aws/network/ports";
import { ICMP, ICMPV6, TCP, UDP } from "../../aws/network/protocol";
import { isInternetBox } from "./wide-open";

/** The parts of a port range not on a sorted allowlist. */
export function outsideAllowlist(range: PortRange, allowed: readonly number[]): PortRange[] {
  const out: PortRange[] = [];
  let next = range.from;
  for (const port of allowed) {
    if (port < next) continue;
    if (port > range.to) break;
    if (port > next) out.push({ from: next, to: port - 1 });
    next = port + 1;
  }
  if (next <= range.to) out.push({ from: next, to: range.to });
  return out;
}

/** What an internet-facing allow box admits beyond the allowlist, as text; undefined when nothing. */
export function beyondAllowlist(box: Box, allowed: readonly number[], allowIcmp: boolean, thresholds: InternetThresholds): string | undefined {
  if (box.action !== "allow" || !isInternetBox(box, thresholds)) return undefined;
  if (box.protocol === "all") return "every protocol and port";
  if (box.protocol === ICMP || box.protocol === ICMPV6) return allowIcmp ? undefined : "ICMP";
  if (box.protocol !== TCP && box.protocol !== UDP) return `protocol ${box.protocol}, which has no ports to allow`;
  const outside = outsideAllowlist(box.ports, allowed);
  if (outside.length === 0) return undefined;
  const shown = outside.slice(0, 6).map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`));
  return `${box.protocol === TCP ? "tcp" : "udp"} port${outside.length > 1 || outside[0].from !== outside[0].to ? "s" : ""} ${shown.join(", ")}${outside.length > 6 ? " and more" : ""}`;
}
