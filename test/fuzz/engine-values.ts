// What the engine can put on the wire. Among the shared fuzz's odd values are strings with a lone
// UTF-16 surrogate, which the engine never sends: protobuf strings are UTF-8, which cannot encode
// one. (The checker's readers are fuzzed with those separately, in test/cli.) Here they become
// U+FFFD, as a UTF-8 decoder would read them, so the pack sees only what the engine could send.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function engineValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.replace(LONE_SURROGATE, "\uFFFD");
  if (depth > 200 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => engineValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [engineValue(k) as string, engineValue(v, depth + 1)]));
}

/** Props as the engine sends them: an object of engine values. */
export function engineProps(props: unknown): Record<string, unknown> {
  const value = engineValue(props);
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
}
