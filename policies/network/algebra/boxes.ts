// A rule set as boxes: (address interval) x (protocol) x (port range), with an action and an
// evaluation order. Unknown parts are resolved to one of two bounds:
//   definite: only what is certainly admitted (allows with unknown parts dropped, denies widened
//             and moved first), so findings on it are real violations;
//   possible: everything that might be admitted (allows widened and moved first, uncertain
//             denies dropped), so findings only here mean "cannot judge until the values are known".
import { UNKNOWN } from "../../lib/unknown";
import { Family, familyMax } from "../../aws/network/cidr";
import { ALL_PORTS, PortRange } from "../../aws/network/ports";
import { Protocol } from "../../aws/network/protocol";
import { Action, Direction, FirewallRule } from "../../aws/network/rule";

export type Bound = "definite" | "possible";

export interface Box {
  readonly family: Family;
  readonly lo: bigint;
  readonly hi: bigint;
  readonly protocol: Protocol;
  readonly ports: PortRange;
  readonly action: Action;
  /** Evaluation order (network ACL rule number); lower first. 0 for security groups. */
  readonly order: number;
  readonly rule: FirewallRule;
}

function hasUnknown(rule: FirewallRule): boolean {
  return (
    rule.uncertain.length > 0 ||
    rule.action === UNKNOWN ||
    rule.protocol === UNKNOWN ||
    rule.ports === UNKNOWN ||
    rule.peer.kind === "unknown" ||
    rule.origin.ruleNo === UNKNOWN
  );
}

/** The boxes one rule contributes under a bound (none for security-group and prefix-list peers, which no address matches). */
export function boxesOfRule(rule: FirewallRule, bound: Bound): Box[] {
  // An unknown action is, at each bound, the action that makes the set smaller or larger.
  const action: Action = rule.action !== UNKNOWN ? rule.action : bound === "definite" ? "deny" : "allow";
  const widen = (action === "deny") === (bound === "definite");
  if (!widen && hasUnknown(rule)) return [];
  const protocol: Protocol = rule.protocol === UNKNOWN ? "all" : rule.protocol;
  const ports: PortRange = rule.ports === UNKNOWN || rule.protocol === UNKNOWN ? ALL_PORTS : rule.ports;
  const ruleNo = rule.origin.ruleNo;
  const order = ruleNo === undefined ? 0 : ruleNo === UNKNOWN ? (widen ? -Infinity : Infinity) : ruleNo;
  const base = { protocol, ports, action, order, rule };
  const peer = rule.peer;
  if (peer.kind === "cidr") return [{ ...base, family: peer.family, lo: peer.lo, hi: peer.hi }];
  if (peer.kind !== "unknown") return [];
  const families: Family[] = peer.family ? [peer.family] : [4, 6];
  return families.map((family) => ({ ...base, family, lo: 0n, hi: familyMax(family) }));
}

/** The boxes of the rules of one direction, under a bound. */
export function boxesOf(rules: readonly FirewallRule[], direction: Direction, bound: Bound): Box[] {
  const out: Box[] = [];
  for (const rule of rules) if (rule.direction === direction) out.push(...boxesOfRule(rule, bound));
  return out;
}
