// "Every port open to the internet": all protocols, or every TCP or every UDP port, from (or,
// for egress, to) the internet; for one rule, or for several rules only together.
import { Box } from "../algebra/boxes";
import { essential } from "../algebra/essential";
import { Interval, normalise } from "../../aws/network/interval-set";
import { Semantics, contributors, openAddresses } from "../algebra/open-addresses";
import { Family, familyMax } from "../../aws/network/cidr";
import { InternetThresholds, isInternetCidr, isInternetSet } from "../../aws/network/internet";
import { EVERY_USABLE_PORT, isAllPorts } from "../../aws/network/ports";
import { TCP, UDP } from "../../aws/network/protocol";

export const WIDE_PROTOCOLS = [TCP, UDP] as const;
const FAMILIES: readonly Family[] = [4, 6];

/** Whether the addresses of one box are the internet. */
export function isInternetBox(box: Box, thresholds: InternetThresholds): boolean {
  if (box.lo === 0n && box.hi === familyMax(box.family)) return true;
  const peer = box.rule.peer;
  if (peer.kind === "cidr" && peer.lo === box.lo && peer.hi === box.hi) return isInternetCidr(peer, thresholds);
  return isInternetSet(box.family, normalise([[box.lo, box.hi]]), thresholds);
}

/** One allow box that on its own opens every port of TCP or UDP (or all protocols) to the internet. */
export function isWideOpenBox(box: Box, thresholds: InternetThresholds): boolean {
  return (
    box.action === "allow" &&
    (box.protocol === "all" || box.protocol === TCP || box.protocol === UDP) &&
    isAllPorts(box.ports) &&
    isInternetBox(box, thresholds)
  );
}

export interface OpenSet {
  readonly family: Family;
  readonly protocols: number[];
  readonly open: Interval[];
  /** The allow boxes that admit traffic from within the open set. */
  readonly boxes: Box[];
}

function sameBoxes(a: readonly Box[], b: readonly Box[]): boolean {
  return a.length === b.length && a.every((box, i) => box === b[i]);
}

/** Families and protocols (tcp, udp) for which the boxes together open every port to the internet. */
export function wideOpenSets(boxes: readonly Box[], semantics: Semantics, thresholds: InternetThresholds): OpenSet[] {
  const out: OpenSet[] = [];
  for (const family of FAMILIES) {
    const perProtocol: OpenSet[] = [];
    for (const protocol of WIDE_PROTOCOLS) {
      const open = openAddresses(boxes, family, protocol, EVERY_USABLE_PORT, semantics);
      if (!isInternetSet(family, open, thresholds)) continue;
      const candidates = contributors(boxes, family, protocol, EVERY_USABLE_PORT, open);
      const chosen = new Set(candidates);
      const others = boxes.filter((b) => !chosen.has(b));
      const contributing = essential(candidates, (subset) =>
        isInternetSet(family, openAddresses([...others, ...subset], family, protocol, EVERY_USABLE_PORT, semantics), thresholds),
      );
      const same = perProtocol.find((s) => sameBoxes(s.boxes, contributing));
      if (same) same.protocols.push(protocol);
      else perProtocol.push({ family, protocols: [protocol], open, boxes: contributing });
    }
    out.push(...perProtocol);
  }
  return out;
}
