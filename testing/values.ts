// Values as the engine sends them to a pack: a secret as its signature object, a value unknown
// during preview as the sentinel of its kind (policies/lib/codec holds both, for the pack too).
import { SECRET_SIG, SIG_KEY, UNKNOWN_SENTINELS } from "../policies/lib/codec";

/** The kinds of value the engine marks unknown during a preview; each has its own sentinel. */
export type UnknownKind = keyof typeof UNKNOWN_SENTINELS;

/**
 * A value unknown during preview (an output the provider has not assigned yet), as the engine
 * sends it: the sentinel for `kind`. Most outputs are strings, hence the default; use
 * `unknown("boolean")`, `unknown("number")`, `unknown("array")` or `unknown("object")` where the
 * provider's schema types the property so.
 */
export function unknown(kind: UnknownKind = "string"): string {
  const sentinel = UNKNOWN_SENTINELS[kind];
  if (sentinel === undefined) throw new TypeError(`rampart/testing: unknown(${JSON.stringify(kind)}): the kinds are ${Object.keys(UNKNOWN_SENTINELS).join(", ")}`);
  return sentinel;
}

/**
 * `value` as a Pulumi secret, in the engine's wire form (`pulumi.secret(...)`, or an output named
 * in `additionalSecretOutputs`). A policy reads through it; no message may print what it holds.
 */
export function secret(value: unknown): Record<string, unknown> {
  return { [SIG_KEY]: SECRET_SIG, value };
}
