// The other end of a rule: a CIDR block, another security group, a managed prefix list, the
// group itself, or something unknown (a value not known during preview, or not a CIDR at all).
import { isUnknown } from "../../lib/unknown";
import { readString } from "../../lib/values";
import { Cidr, Family, parseCidr } from "./cidr";

export type Peer =
  | ({ readonly kind: "cidr" } & Cidr)
  | { readonly kind: "securityGroup" }
  | { readonly kind: "prefixList" }
  | { readonly kind: "self" }
  | {
      readonly kind: "unknown";
      /** The family, when the property it came from tells (cidrBlocks vs ipv6CidrBlocks). */
      readonly family?: Family;
      /** "unknown": not known during preview; "invalid": present but not a CIDR AWS would accept. */
      readonly reason: "unknown" | "invalid";
    };

export const UNKNOWN_PEER: Peer = { kind: "unknown", reason: "unknown" };

/** The peer a CIDR value names, or undefined when it is absent or empty. */
export function cidrPeer(value: unknown, family: Family): Peer | undefined {
  if (isUnknown(value)) return { kind: "unknown", family, reason: "unknown" };
  const text = readString(value);
  if (text === undefined || typeof text !== "string" || text.trim() === "") return undefined;
  const cidr = parseCidr(text);
  return cidr ? { kind: "cidr", ...cidr } : { kind: "unknown", family, reason: "invalid" };
}

/** A reference peer (security group or prefix list): present when its value is a non-empty id or unknown. */
export function referencePeer(value: unknown, kind: "securityGroup" | "prefixList"): Peer | undefined {
  if (isUnknown(value)) return { kind };
  const text = readString(value);
  return typeof text === "string" && text.trim() !== "" ? { kind } : undefined;
}

export function peerLabel(peer: Peer): string {
  switch (peer.kind) {
    case "cidr":
      return peer.text;
    case "securityGroup":
      return "a security group";
    case "prefixList":
      return "a prefix list";
    case "self":
      return "the group itself";
    default:
      return peer.reason === "invalid" ? "an unreadable CIDR" : "an unknown source";
  }
}

/** A stable text for comparing peers (used to recognise the same rule seen twice). */
export function peerKey(peer: Peer): string {
  return peer.kind === "cidr" ? peer.text : peer.kind;
}
