// The finders the network policies share: what counts as a finding, keyed so the same finding
// can be recognised on both bounds, worded with the rule, traffic, source and the fix.
import { Box } from "../algebra/boxes";
import { InternetThresholds } from "../../aws/network/internet";
import { Direction, FirewallRule, resourceLabel, ruleLabel, trafficLabel } from "../../aws/network/rule";
import { FIX_ACL, FIX_EGRESS, FIX_INGRESS, openSetLabel, portList, protocolsLabel, rulesSummary, sourceLabel } from "./describe";
import { Finder, Finding, RuleIds } from "./bounded";
import { Exposure, exposedByBox, exposureLabel, exposures } from "./restricted";
import { OpenSet, isWideOpenBox, wideOpenSets } from "./wide-open";

/** Where a finding lands: within one resource, or on a group/ACL seen across the stack. */
export interface Scope {
  readonly label: string;
  readonly urn?: string;
}

function fixFor(direction: Direction): string {
  return direction === "ingress" ? FIX_INGRESS : FIX_EGRESS;
}

/** Rules that alone are flagged, and the boxes left once they are set aside. */
function splitSingles(boxes: readonly Box[], flagged: (b: Box) => boolean): { singles: FirewallRule[]; rest: Box[] } {
  const singles = new Set<FirewallRule>();
  for (const b of boxes) if (flagged(b)) singles.add(b.rule);
  return { singles: [...singles], rest: boxes.filter((b) => !singles.has(b.rule)) };
}

/** The boxes of each resource, for asking what one resource shows on its own. */
function byResource(boxes: readonly Box[]): Box[][] {
  const groups = new Map<string, Box[]>();
  for (const b of boxes) {
    const list = groups.get(b.rule.origin.urn);
    if (list) list.push(b);
    else groups.set(b.rule.origin.urn, [b]);
  }
  return [...groups.values()];
}

function wideOpenMessage(rule: FirewallRule): string {
  const dir = rule.direction === "ingress" ? "from" : "to";
  const what = rule.direction === "ingress" ? "every port is open to the internet" : "every port is open outbound to the internet";
  return `${ruleLabel(rule)} allows ${trafficLabel(rule)} ${dir} ${sourceLabel(rule)}, so ${what}. ${fixFor(rule.direction)}`;
}

function unionMessage(scope: Scope, set: OpenSet, direction: Direction, thresholds: InternetThresholds, within?: string): string {
  const dir = direction === "ingress" ? "from" : "to";
  return (
    `${scope.label}: together, ${rulesSummary(set.boxes, within)} allow every ${protocolsLabel(set.protocols)} port ${dir} ` +
    `${openSetLabel(set.family, set.open, thresholds, direction === "ingress" ? "sources" : "destinations")}; each rule is narrower on its own, but their union is any/any. ${fixFor(direction)}`
  );
}

const unionKey = (set: OpenSet): string => `union:${set.family}:${set.protocols.join("+")}`;

/** Every port open to the internet, within one resource: single rules, then unions of the rest. */
export function wideOpenFinder(direction: Direction, thresholds: InternetThresholds): Finder {
  return (boxes: Box[], _bound, idOf: RuleIds): Finding[] => {
    const { singles, rest } = splitSingles(boxes, (b) => isWideOpenBox(b, thresholds));
    const findings: Finding[] = singles.map((r) => ({ key: `rule:${idOf(r)}`, message: wideOpenMessage(r) }));
    for (const set of wideOpenSets(rest, "any-allow", thresholds)) {
      const origin = set.boxes[0].rule.origin;
      findings.push({ key: unionKey(set), message: unionMessage({ label: resourceLabel(origin) }, set, direction, thresholds, origin.urn) });
    }
    return findings;
  };
}

/**
 * Every port open to the internet only through rules of several resources attached to one
 * group. What a single resource shows on its own (a rule, or a union within one resource) is
 * its resource policy's finding, so it is left out here: one problem, one report.
 */
export function wideOpenAcrossFinder(direction: Direction, thresholds: InternetThresholds, scope: Scope): Finder {
  return (boxes: Box[]): Finding[] => {
    const { rest } = splitSingles(boxes, (b) => isWideOpenBox(b, thresholds));
    const found = wideOpenSets(rest, "any-allow", thresholds);
    if (found.length === 0) return [];
    const seenAlone = new Set<string>();
    for (const own of byResource(rest)) {
      for (const s of wideOpenSets(own, "any-allow", thresholds)) s.protocols.forEach((p) => seenAlone.add(`${s.family}:${p}`));
    }
    const findings: Finding[] = [];
    for (const set of found) {
      const protocols = set.protocols.filter((p) => !seenAlone.has(`${set.family}:${p}`));
      if (protocols.length === 0) continue;
      const shown = { ...set, protocols };
      findings.push({ key: unionKey(shown), message: unionMessage(scope, shown, direction, thresholds, scope.urn), urn: scope.urn ?? set.boxes[0]?.rule.origin.urn });
    }
    return findings;
  };
}

function restrictedMessage(rule: FirewallRule, ports: number[]): string {
  return (
    `${ruleLabel(rule)} allows ${trafficLabel(rule)} from ${sourceLabel(rule)}, exposing restricted port${ports.length > 1 ? "s" : ""} ` +
    `${portList(ports)} to the internet. ${FIX_INGRESS}`
  );
}

function exposureMessage(scope: Scope, e: Exposure, thresholds: InternetThresholds, within?: string): string {
  return (
    `${scope.label}: together, ${rulesSummary(e.boxes, within)} expose restricted ports (${exposureLabel(e.ports, (p) => portList(p))}) to ` +
    `${openSetLabel(e.family, e.open, thresholds)}. ${FIX_INGRESS}`
  );
}

const exposureKey = (e: Exposure): string => `exposure:${e.family}:${[...e.ports.entries()].map(([p, ps]) => `${p}=${ps.join(",")}`).join(";")}`;

/** Restricted ports open to the internet within one resource. */
export function restrictedFinder(ports: readonly number[], thresholds: InternetThresholds): Finder {
  return (boxes: Box[], _bound, idOf: RuleIds): Finding[] => {
    const exposed = new Map<FirewallRule, Set<number>>();
    for (const b of boxes) {
      const hit = exposedByBox(b, ports, thresholds);
      if (hit.length === 0) continue;
      const set = exposed.get(b.rule) ?? new Set<number>();
      hit.forEach((p) => set.add(p));
      exposed.set(b.rule, set);
    }
    const findings: Finding[] = [...exposed.entries()].map(([rule, set]) => ({
      key: `rule:${idOf(rule)}`,
      message: restrictedMessage(rule, [...set].sort((a, b) => a - b)),
    }));
    const rest = boxes.filter((b) => !exposed.has(b.rule));
    for (const e of exposures(rest, "any-allow", ports, thresholds)) {
      const origin = e.boxes[0].rule.origin;
      findings.push({ key: exposureKey(e), message: exposureMessage({ label: resourceLabel(origin) }, e, thresholds, origin.urn) });
    }
    return findings;
  };
}

/** Restricted ports open to the internet only through rules of several resources attached to one group (see wideOpenAcrossFinder). */
export function restrictedAcrossFinder(ports: readonly number[], thresholds: InternetThresholds, scope: Scope): Finder {
  return (boxes: Box[]): Finding[] => {
    const singles = new Set(boxes.filter((b) => exposedByBox(b, ports, thresholds).length > 0).map((b) => b.rule));
    const rest = boxes.filter((b) => !singles.has(b.rule));
    const found = exposures(rest, "any-allow", ports, thresholds);
    if (found.length === 0) return [];
    const seenAlone = new Set<string>();
    for (const own of byResource(rest)) {
      for (const e of exposures(own, "any-allow", ports, thresholds)) {
        for (const [protocol, ps] of e.ports) ps.forEach((p) => seenAlone.add(`${e.family}:${protocol}:${p}`));
      }
    }
    const findings: Finding[] = [];
    for (const e of found) {
      const left = new Map<number, number[]>();
      for (const [protocol, ps] of e.ports) {
        const kept = ps.filter((p) => !seenAlone.has(`${e.family}:${protocol}:${p}`));
        if (kept.length > 0) left.set(protocol, kept);
      }
      if (left.size === 0) continue;
      const shown = { ...e, ports: left };
      findings.push({ key: exposureKey(shown), message: exposureMessage(scope, shown, thresholds, scope.urn), urn: scope.urn ?? e.boxes[0]?.rule.origin.urn });
    }
    return findings;
  };
}

/** Network ACL: every port open to the internet, honouring rule order. */
export function aclWideOpenFinder(thresholds: InternetThresholds, scope: Scope): Finder {
  return (boxes: Box[]): Finding[] =>
    wideOpenSets(boxes, "first-match", thresholds).map((set) => ({
      key: unionKey(set),
      message:
        `${scope.label}: ${rulesSummary(set.boxes, scope.urn)} allow${set.boxes.length === 1 ? "s" : ""} every ${protocolsLabel(set.protocols)} port from ` +
        `${openSetLabel(set.family, set.open, thresholds)}, and no lower-numbered deny entry stops it. ${FIX_ACL}`,
      urn: scope.urn ?? set.boxes[0]?.rule.origin.urn,
    }));
}

/** Network ACL: restricted ports open to the internet, honouring rule order. */
export function aclRestrictedFinder(ports: readonly number[], thresholds: InternetThresholds, scope: Scope): Finder {
  return (boxes: Box[]): Finding[] =>
    exposures(boxes, "first-match", ports, thresholds).map((e) => ({
      key: exposureKey(e),
      message:
        `${scope.label}: ${rulesSummary(e.boxes, scope.urn)} expose${e.boxes.length === 1 ? "s" : ""} restricted ports (${exposureLabel(e.ports, (p) => portList(p))}) to ` +
        `${openSetLabel(e.family, e.open, thresholds)}, and no lower-numbered deny entry stops it. ${FIX_ACL}`,
      urn: scope.urn ?? e.boxes[0]?.rule.origin.urn,
    }));
}
