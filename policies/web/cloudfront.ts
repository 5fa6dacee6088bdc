// Reading a CloudFront distribution's nested blocks in every shape they arrive in (an object, or
// a list of one in some exports), for the CloudFront controls: its cache behaviors, its origins
// and its viewer certificate, each with the property path messages name.
import { UNKNOWN, Unknown } from "../lib/unknown";
import { readList } from "../lib/values";
import { blockOf } from "./nested-block";
import { DISTRIBUTION_PROPS as P } from "./types";

export interface Located {
  /** The property path, e.g. "orderedCacheBehaviors[2]". */
  readonly path: string;
  readonly block: Record<string, unknown> | Unknown;
}

/** Each block of a list property (a single block counts as a list of one); UNKNOWN when the list is. */
export function blocksOf(props: Record<string, unknown>, prop: string): Located[] | Unknown {
  const list = readList(props[prop]);
  if (list === UNKNOWN) return UNKNOWN;
  const out: Located[] = [];
  (list ?? []).forEach((item, i) => {
    const block = blockOf(item);
    if (block !== undefined) out.push({ path: `${prop}[${i}]`, block });
  });
  return out;
}

/** The default cache behavior and every ordered one; UNKNOWN entries stand for parts unknown at preview. */
export function cacheBehaviorsOf(props: Record<string, unknown>): Located[] {
  const out: Located[] = [];
  const def = blockOf(props[P.defaultCacheBehavior]);
  if (def !== undefined) out.push({ path: P.defaultCacheBehavior, block: def });
  const ordered = blocksOf(props, P.orderedCacheBehaviors);
  if (ordered === UNKNOWN) out.push({ path: P.orderedCacheBehaviors, block: UNKNOWN });
  else out.push(...ordered);
  return out;
}
