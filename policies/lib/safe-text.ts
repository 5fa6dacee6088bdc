// Messages may only repeat values that cannot be secrets. These helpers echo a value when it is
// one of the words the property is documented to hold (or looks like such a token), and a
// neutral phrase otherwise.

/** `"optional"` when the value is an expected word; `a value that is not one of …` otherwise. */
export function quoteIfKnown(value: unknown, known: readonly string[]): string {
  if (typeof value === "string" && known.includes(value.trim().toLowerCase())) return `"${value.trim().toLowerCase()}"`;
  return `a value other than ${known.map((k) => `"${k}"`).join(" or ")}`;
}

/** Small integers (ports, hop limits, day counts) are safe to repeat. */
export function quoteNumber(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e6 ? String(value) : "an out-of-range number";
}

// An enum-like token (a protocol, an action type, a policy name); anything else may be a secret
// or noise and is not repeated.
const TOKEN = /^[A-Za-z0-9_.:#{}-]{1,64}$/;

export function safeToken(value: string | undefined, missing = "missing"): string {
  if (value === undefined) return missing;
  return TOKEN.test(value) ? value : "an unexpected value";
}
