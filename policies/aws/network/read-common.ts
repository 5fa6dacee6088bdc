// Pieces every rule reader shares: peers from list or single properties, actions, and the
// all-unknown rule that stands for a block the engine cannot show yet.
import type { ResourceView } from "../../lib/resource-view";
import { UNKNOWN, Unknown } from "../../lib/unknown";
import { readBool, readList, readString } from "../../lib/values";
import { Family } from "./cidr";
import { Peer, UNKNOWN_PEER, cidrPeer, referencePeer } from "./peer";
import { Action, Direction, FirewallRule, RuleOrigin } from "./rule";

export function originOf(resource: ResourceView, extra: Partial<RuleOrigin> = {}): RuleOrigin {
  return { urn: resource.urn, name: resource.name, type: resource.type, ...extra };
}

/** Peers of a list of CIDRs (`cidrBlocks`): an unknown list is one unknown peer of that family. */
export function cidrListPeers(value: unknown, family: Family): Peer[] {
  const list = readList(value);
  if (list === UNKNOWN) return [{ kind: "unknown", family, reason: "unknown" }];
  if (list === undefined) return [];
  return list.map((item) => cidrPeer(item, family)).filter((p): p is Peer => p !== undefined);
}

/** Peers of a list of references (`securityGroups`, `prefixListIds`); never the internet, whatever their value. */
export function referenceListPeers(value: unknown, kind: "securityGroup" | "prefixList"): Peer[] {
  const list = readList(value);
  if (list === UNKNOWN) return [{ kind }];
  if (list === undefined) return [];
  return list.map((item) => referencePeer(item, kind)).filter((p): p is Peer => p !== undefined);
}

export function selfPeers(value: unknown): Peer[] {
  return readBool(value) === true ? [{ kind: "self" }] : [];
}

export function parseAction(value: unknown): Action | Unknown {
  const text = readString(value);
  if (typeof text === "string") {
    const lower = text.trim().toLowerCase();
    if (lower === "allow" || lower === "deny") return lower;
  }
  // Unknown during preview, or a value AWS would reject: either way, not something to guess.
  return UNKNOWN;
}

/** A rule the engine cannot show at all (an unknown list or list element). */
export function unknownRule(direction: Direction, origin: RuleOrigin, action: Action | Unknown = "allow"): FirewallRule {
  return { direction, action, protocol: UNKNOWN, ports: UNKNOWN, peer: UNKNOWN_PEER, origin, uncertain: [] };
}

/** Directions a rule applies to given a value that may be unknown (an unknown type stands for either). */
export function directionsOf(known: Direction | undefined, property: string): { direction: Direction; uncertain: string[] }[] {
  if (known) return [{ direction: known, uncertain: [] }];
  return [
    { direction: "ingress", uncertain: [property] },
    { direction: "egress", uncertain: [property] },
  ];
}
