// "A restricted port reachable from the internet": a TCP or UDP (or all-protocol) allow whose
// port range touches a port of the list, for one rule or for several rules only together.
import { Box } from "../algebra/boxes";
import { essential } from "../algebra/essential";
import { Interval } from "../../aws/network/interval-set";
import { Semantics, contributors, openAddresses } from "../algebra/open-addresses";
import { Family } from "../../aws/network/cidr";
import { InternetThresholds, isInternetSet } from "../../aws/network/internet";
import { TCP, UDP, protocolMatches } from "../../aws/network/protocol";
import { isInternetBox } from "./wide-open";

const FAMILIES: readonly Family[] = [4, 6];

/** The restricted ports (sorted) one allow box exposes, whatever its source. */
export function restrictedPortsOf(box: Box, ports: readonly number[]): number[] {
  if (box.action !== "allow") return [];
  if (!(box.protocol === "all" || box.protocol === TCP || box.protocol === UDP)) return [];
  return ports.filter((p) => p >= box.ports.from && p <= box.ports.to);
}

/** Restricted ports one box alone exposes to the internet. */
export function exposedByBox(box: Box, ports: readonly number[], thresholds: InternetThresholds): number[] {
  const hit = restrictedPortsOf(box, ports);
  return hit.length > 0 && isInternetBox(box, thresholds) ? hit : [];
}

export interface Exposure {
  readonly family: Family;
  /** Protocol (6, 17) → exposed restricted ports, sorted. */
  readonly ports: Map<number, number[]>;
  readonly boxes: Box[];
  readonly open: Interval[];
}

/** Restricted ports the boxes together expose to the internet, grouped by the rules responsible. */
export function exposures(boxes: readonly Box[], semantics: Semantics, ports: readonly number[], thresholds: InternetThresholds): Exposure[] {
  const index = new Map<Box, number>();
  boxes.forEach((b, i) => index.set(b, i));
  const byRules = new Map<string, { family: Family; ports: Map<number, number[]>; boxes: Box[]; open: Interval[] }>();
  for (const family of FAMILIES) {
    for (const protocol of [TCP, UDP]) {
      // Only ports some allow box of this family and protocol touches can be exposed.
      const candidates = new Set<number>();
      for (const b of boxes) {
        if (b.family === family && b.action === "allow" && protocolMatches(b.protocol, protocol)) {
          for (const p of ports) if (p >= b.ports.from && p <= b.ports.to) candidates.add(p);
        }
      }
      for (const port of [...candidates].sort((a, b) => a - b)) {
        const target = { from: port, to: port };
        const open = openAddresses(boxes, family, protocol, target, semantics);
        if (!isInternetSet(family, open, thresholds)) continue;
        const candidates = contributors(boxes, family, protocol, target, open);
        const chosen = new Set(candidates);
        const others = boxes.filter((b) => !chosen.has(b));
        const responsible = essential(candidates, (subset) => isInternetSet(family, openAddresses([...others, ...subset], family, protocol, target, semantics), thresholds));
        const key = `${family}:${responsible.map((b) => index.get(b)).join(",")}`;
        let entry = byRules.get(key);
        if (!entry) byRules.set(key, (entry = { family, ports: new Map(), boxes: responsible, open }));
        const list = entry.ports.get(protocol) ?? [];
        list.push(port);
        entry.ports.set(protocol, list);
      }
    }
  }
  return [...byRules.values()];
}

/** `tcp 22, 3389; udp 22`. */
export function exposureLabel(ports: Map<number, number[]>, list: (ports: number[]) => string): string {
  return [...ports.entries()].map(([protocol, ps]) => `${protocol === TCP ? "tcp" : "udp"} ${list(ps)}`).join("; ");
}
