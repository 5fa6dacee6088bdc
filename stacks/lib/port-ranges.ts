// Port arithmetic for stateless network ACLs, whose return-traffic rules must open wide port
// ranges: cutting the sensitive ports out of those ranges keeps them closed to the internet
// without a deny rule per port.

export interface PortRange {
  from: number;
  to: number;
}

/**
 * The ports the Rampart pack treats as admin and data ports by default
 * (policy `nacl-no-internet-ingress-to-restricted-ports`): they must never be open from the internet.
 */
export const RESTRICTED_PORTS: readonly number[] = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601,
  5984, 5985, 5986, 6379, 7001, 8020, 8080, 8088, 8888, 9000, 9042, 9200, 9300, 11211, 27017, 50070,
];

/** Linux's default ephemeral (client) port range, where replies to an instance's own connections arrive. */
export const LINUX_EPHEMERAL: PortRange = { from: 32768, to: 65535 };

/** `range` minus every port in `excluded`, as the fewest contiguous ranges, in order. */
export function rangesExcluding(range: PortRange, excluded: readonly number[]): PortRange[] {
  const holes = [...new Set(excluded)].filter((p) => p >= range.from && p <= range.to).sort((a, b) => a - b);
  const out: PortRange[] = [];
  let start = range.from;
  for (const hole of holes) {
    if (hole > start) out.push({ from: start, to: hole - 1 });
    start = hole + 1;
  }
  if (start <= range.to) out.push({ from: start, to: range.to });
  return out;
}
