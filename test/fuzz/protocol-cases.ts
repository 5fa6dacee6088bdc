// The shared fuzz's cases, drawn in batches for every policy and turned into the resources a
// rampart/testing run sends: names for URNs, engine-shaped values.
import fc from "fast-check";
import type { RampartPolicy } from "../../policies/lib/control";
import type { TestResource } from "../../testing";
import { StackInput, urnOf } from "../helpers/policy-harness";
import { Case, Style, casesOf } from "../policies/odd-input/cases";
import type { Seed } from "../policies/odd-input/seeds";
import { UnknownPick, unknownPicks } from "../policies/odd-input/unknowns";
import { engineProps } from "./engine-values";

/** The name at the end of a URN. */
const nameOf = (urn: string): string => urn.slice(urn.lastIndexOf("::") + 2);

/** A case's resources as the session sends them, their names prefixed so that cases can share one run. */
export function sessionResources(stack: readonly StackInput[], prefix = ""): TestResource[] {
  // Names are unique per type in a case, but the kit links resources by name alone: a name two
  // types share gets the type's position as a suffix, and links follow the URN to the new name.
  const counts = new Map<string, number>();
  for (const r of stack) counts.set(r.name ?? "subject", (counts.get(r.name ?? "subject") ?? 0) + 1);
  const nameOfUrn = new Map(stack.map((r, i) => {
    const name = r.name ?? "subject";
    return [urnOf(r.type, name), prefix + (counts.get(name)! > 1 ? `${name}-${i}` : name)] as const;
  }));
  return stack.map((r) => {
    const deps = Object.entries(r.propertyDependencies ?? {}).map(([prop, urns]) => [prop, urns.map((u) => nameOfUrn.get(u)).filter((n): n is string => n !== undefined)] as const);
    return { type: r.type, name: nameOfUrn.get(urnOf(r.type, r.name ?? "subject"))!, props: engineProps(r.props), propertyDependencies: Object.fromEntries(deps.filter(([, ns]) => ns.length > 0)) };
  });
}

/** The prefix of the case a resource of a shared run came from. */
export const casePrefix = (index: number): string => `c${index}-`;

/** The case index a URN of a shared run belongs to, or undefined for one of no case (the stack). */
export function caseOfUrn(urn: string): number | undefined {
  const m = /^c(\d+)-/.exec(nameOf(urn));
  return m ? Number(m[1]) : undefined;
}

/** An endless supply of one policy's cases of one style, drawn `batch` at a time from a fixed seed. */
export function caseStream(policy: RampartPolicy, seeds: readonly Seed[], style: Style, seed: number, batch = 25): () => Case {
  const arbitrary = casesOf(policy, seeds, style);
  let drawn: Case[] = [];
  let round = 0;
  return () => {
    if (drawn.length === 0) drawn = fc.sample(arbitrary, { seed: seed + round++, numRuns: batch });
    return drawn.pop()!;
  };
}

export function pickStream(seed: number, batch = 100): () => UnknownPick[] {
  let drawn: UnknownPick[][] = [];
  let round = 0;
  return () => {
    if (drawn.length === 0) drawn = fc.sample(unknownPicks, { seed: seed + round++, numRuns: batch });
    return drawn.pop()!;
  };
}
