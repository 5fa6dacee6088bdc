// What kind of load balancer a resource is, read the way the provider defaults it: a missing
// loadBalancerType means "application", a missing `internal` means internet-facing.
import { UNKNOWN, Unknown } from "../../lib/unknown";
import { Read, readBool, readString } from "../../lib/values";
import { LB_PROPS } from "./types";

export type LbKind = "application" | "network" | "gateway" | "other";

export function lbKind(props: Record<string, unknown>): Read<LbKind> {
  const raw = props[LB_PROPS.loadBalancerType];
  if (raw === undefined || raw === null || raw === "") return "application";
  const type = readString(raw);
  if (type === UNKNOWN) return UNKNOWN;
  if (type === undefined) return undefined;
  const t = type.trim().toLowerCase();
  return t === "application" || t === "network" || t === "gateway" ? t : "other";
}

/** True when the load balancer faces the internet (`internal` missing or false). */
export function isInternetFacing(props: Record<string, unknown>): boolean | Unknown {
  const internal = readBool(props[LB_PROPS.internal]);
  if (internal === UNKNOWN) return UNKNOWN;
  return internal !== true;
}
