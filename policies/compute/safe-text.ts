// Messages may only repeat values that cannot be secrets. These helpers echo a value when it is
// one of the words the property is documented to hold, and a neutral phrase otherwise.

/** `"optional"` when the value is an expected word; `a value that is not one of …` otherwise. */
export function quoteIfKnown(value: unknown, known: readonly string[]): string {
  if (typeof value === "string" && known.includes(value.trim().toLowerCase())) return `"${value.trim().toLowerCase()}"`;
  return `a value other than ${known.map((k) => `"${k}"`).join(" or ")}`;
}

/** Small integers (ports, hop limits, day counts) are safe to repeat. */
export function quoteNumber(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e6 ? String(value) : "an out-of-range number";
}
