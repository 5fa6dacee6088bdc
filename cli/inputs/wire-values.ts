// Converts property values found in state files and previews into the wire form the engine
// sends to analyzers: secrets stay secret (wrapped), unknowns are the unknown sentinel,
// resource references become their id (custom resources) or URN, internal keys are dropped.
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
const OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
export const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** A secret whose plaintext is not available offline: its value is unknown. */
function opaqueSecret(): Record<string, unknown> {
  return { [SIG_KEY]: SECRET_SIG, value: UNKNOWN_STRING };
}

export function secretOf(value: unknown): Record<string, unknown> {
  return { [SIG_KEY]: SECRET_SIG, value };
}

export interface WireOptions {
  /** How the input spells a redacted secret (preview JSON: "[secret]"). */
  redactedSecret?: string;
}

export function toWireValue(value: unknown, opts: WireOptions = {}): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return opts.redactedSecret !== undefined && value === opts.redactedSecret ? opaqueSecret() : value;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => toWireValue(v, opts));
  const obj = value as Record<string, unknown>;
  const sig = obj[SIG_KEY];
  if (sig === SECRET_SIG) {
    // State files hold ciphertext that cannot be decrypted offline; a plaintext value is kept.
    return "value" in obj ? secretOf(toWireValue(obj.value, opts)) : opaqueSecret();
  }
  if (sig === RESOURCE_SIG) {
    const id = obj.id;
    if (typeof id === "string" && id !== "") return id;
    return typeof obj.urn === "string" ? obj.urn : UNKNOWN_STRING;
  }
  if (sig === OUTPUT_SIG) {
    const inner = "value" in obj ? toWireValue(obj.value, opts) : UNKNOWN_STRING;
    return obj.secret === true ? secretOf(inner) : inner;
  }
  if (typeof sig === "string") return obj; // assets and archives: the SDK understands them
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    out[k] = toWireValue(v, opts);
  }
  return out;
}

/** Top-level properties in wire form, without the provider's internal keys (__defaults, __meta). */
export function toWireProperties(props: unknown, opts: WireOptions = {}): Record<string, unknown> {
  if (props === null || typeof props !== "object" || Array.isArray(props)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
    if (k.startsWith("__") || v === undefined) continue;
    out[k] = toWireValue(v, opts);
  }
  return out;
}
