// "From which addresses is every port of `target` admitted for `protocol`?" answered by one
// sweep over the address axis (events at each box's first address and one past its last).
//   any-allow (security groups): a port is admitted when any allow box covers it. The port
//     coverage at each address segment comes from a PortCoverTree, so the sweep is O(n log n).
//   first-match (network ACLs): the lowest-numbered box covering a port decides it. Each
//     segment walks its active boxes in rule order until the target is decided, O(active) per
//     segment; AWS caps an ACL at 40 entries per direction, so this stays linear in the stack.
import { Family, familyMax } from "../../aws/network/cidr";
import { PortRange } from "../../aws/network/ports";
import { protocolMatches } from "../../aws/network/protocol";
import { Box } from "./boxes";
import { Interval, intersects, normalise } from "../../aws/network/interval-set";
import { PortCoverTree } from "./port-cover-tree";

export type Semantics = "any-allow" | "first-match";

interface Event {
  readonly at: bigint;
  readonly box: number;
  readonly start: boolean;
}

function clip(ports: PortRange, target: PortRange): PortRange | undefined {
  const from = Math.max(ports.from, target.from);
  const to = Math.min(ports.to, target.to);
  return from <= to ? { from, to } : undefined;
}

function relevant(boxes: readonly Box[], family: Family, protocol: number, target: PortRange, semantics: Semantics): { box: Box; ports: PortRange }[] {
  const out: { box: Box; ports: PortRange }[] = [];
  for (const box of boxes) {
    if (box.family !== family || !protocolMatches(box.protocol, protocol)) continue;
    if (semantics === "any-allow" && box.action !== "allow") continue;
    const ports = clip(box.ports, target);
    if (ports) out.push({ box, ports });
  }
  return out;
}

function eventsOf(items: readonly { box: Box }[], family: Family): Event[] {
  const max = familyMax(family);
  const events: Event[] = [];
  items.forEach(({ box }, i) => {
    events.push({ at: box.lo, box: i, start: true });
    if (box.hi < max) events.push({ at: box.hi + 1n, box: i, start: false });
  });
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Sweeps the address axis, asking `open()` after each batch of events whether the segment is open. */
function sweep(family: Family, events: readonly Event[], onEvent: (e: Event) => void, open: () => boolean): Interval[] {
  const max = familyMax(family);
  const result: Interval[] = [];
  let i = 0;
  while (i < events.length) {
    const at = events[i].at;
    while (i < events.length && events[i].at === at) onEvent(events[i++]);
    const end = i < events.length ? events[i].at - 1n : max;
    if (open()) result.push([at, end]);
  }
  return normalise(result);
}

function anyAllow(items: { box: Box; ports: PortRange }[], family: Family, target: PortRange): Interval[] {
  const width = target.to - target.from + 1;
  const tree = new PortCoverTree([target.from, target.to + 1, ...items.flatMap(({ ports }) => [ports.from, ports.to + 1])]);
  return sweep(
    family,
    eventsOf(items, family),
    (e) => tree.update(items[e.box].ports.from, items[e.box].ports.to, e.start ? 1 : -1),
    () => tree.coveredPorts() >= width,
  );
}

function firstMatch(items: { box: Box; ports: PortRange }[], family: Family, target: PortRange): Interval[] {
  // Rank boxes once by rule order (ties: the order boxes were given in).
  const rank = items.map((_, i) => i).sort((a, b) => items[a].box.order - items[b].box.order || a - b);
  const rankOf = new Int32Array(items.length);
  rank.forEach((boxIndex, r) => (rankOf[boxIndex] = r));
  const active: number[] = []; // ranks, sorted
  const position = (r: number): number => {
    let a = 0;
    let b = active.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (active[mid] < r) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  const onEvent = (e: Event): void => {
    const r = rankOf[e.box];
    const at = position(r);
    if (e.start) active.splice(at, 0, r);
    else if (active[at] === r) active.splice(at, 1);
  };
  const open = (): boolean => {
    let undecided: PortRange[] = [target];
    for (const r of active) {
      const { box, ports } = items[rank[r]];
      const hit = undecided.some((u) => u.from <= ports.to && ports.from <= u.to);
      if (!hit) continue;
      if (box.action === "deny") return false;
      undecided = undecided.flatMap((u) => subtract(u, ports));
      if (undecided.length === 0) return true;
    }
    return false; // the implicit final rule of every ACL denies what no rule decided
  };
  return sweep(family, eventsOf(items, family), onEvent, open);
}

function subtract(range: PortRange, cut: PortRange): PortRange[] {
  const out: PortRange[] = [];
  if (cut.from > range.from) out.push({ from: range.from, to: Math.min(range.to, cut.from - 1) });
  if (cut.to < range.to) out.push({ from: Math.max(range.from, cut.to + 1), to: range.to });
  return out.filter((r) => r.from <= r.to);
}

/** The addresses of `family` from which every port of `target` is admitted for `protocol`. */
export function openAddresses(boxes: readonly Box[], family: Family, protocol: number, target: PortRange, semantics: Semantics): Interval[] {
  const items = relevant(boxes, family, protocol, target, semantics);
  if (items.length === 0) return [];
  return semantics === "any-allow" ? anyAllow(items, family, target) : firstMatch(items, family, target);
}

/** The allow boxes that admit part of `target` for `protocol` from somewhere in `open`. */
export function contributors(boxes: readonly Box[], family: Family, protocol: number, target: PortRange, open: readonly Interval[]): Box[] {
  return boxes.filter(
    (b) => b.action === "allow" && b.family === family && protocolMatches(b.protocol, protocol) && clip(b.ports, target) !== undefined && intersects(open, b.lo, b.hi),
  );
}
