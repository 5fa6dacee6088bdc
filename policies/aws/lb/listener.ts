// The client-facing protocol of a listener. The provider defaults a missing protocol to HTTP on
// application load balancers; gateway load balancer listeners carry neither protocol nor port,
// so a listener with neither is not an HTTP listener.
import { UNKNOWN } from "../../lib/unknown";
import { Read, readString } from "../../lib/values";
import { LISTENER_PROPS } from "./types";

export function listenerProtocol(props: Record<string, unknown>): Read<string> {
  const raw = props[LISTENER_PROPS.protocol];
  if (raw === undefined || raw === null || raw === "") {
    const port = props[LISTENER_PROPS.port];
    return port === undefined || port === null ? undefined : "HTTP";
  }
  const protocol = readString(raw);
  if (protocol === UNKNOWN || protocol === undefined) return protocol;
  return protocol.trim().toUpperCase();
}
