// "Does this rule set admit (protocol, port, address)?" through the same sweep the policies
// use, so the property test that checks it against brute force also checks the sweep.
import { parseAddress } from "../../aws/network/cidr";
import { Box } from "./boxes";
import { contains } from "../../aws/network/interval-set";
import { Semantics, openAddresses } from "./open-addresses";

export interface Probe {
  readonly protocol: number;
  readonly port: number;
  readonly address: string;
}

export function admits(boxes: readonly Box[], probe: Probe, semantics: Semantics): boolean {
  const address = parseAddress(probe.address);
  if (!address) return false;
  const open = openAddresses(boxes, address.family, probe.protocol, { from: probe.port, to: probe.port }, semantics);
  return contains(open, address.value);
}
