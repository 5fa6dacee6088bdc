// Converts property values found in state files and previews into the wire form the engine
// sends to analyzers: secrets stay secret (wrapped), unknowns are the unknown sentinel,
// resource references become their id (custom resources) or URN, internal keys are dropped.
import { ARCHIVE_SIG, ASSET_SIG, OUTPUT_SIG, RESOURCE_SIG, SECRET_SIG, SIG_KEY, UNKNOWN_STRING } from "../../policies/lib/codec";

/**
 * A special value the engine would never send (an unknown signature, an asset with nothing in it):
 * the SDK would fail the whole AnalyzeStack on it, naming neither file nor resource, so the reader
 * refuses it first. `at` is its property path.
 */
export class WireValueError extends Error {
  constructor(readonly at: string, message: string) {
    super(message);
    this.name = "WireValueError";
  }
}

const isText = (v: unknown) => typeof v === "string" && v !== "";

function checkAsset(obj: Record<string, unknown>, at: string): void {
  if (!["path", "text", "uri"].some((k) => isText(obj[k]))) throw new WireValueError(at, "an asset needs a non-empty path, text or uri");
}

function checkArchive(obj: Record<string, unknown>, at: string): void {
  if (isText(obj.path) || isText(obj.uri)) return;
  const assets = obj.assets;
  if (assets === null || typeof assets !== "object" || Array.isArray(assets)) throw new WireValueError(at, "an archive needs assets, a path or a uri");
  for (const [name, member] of Object.entries(assets as Record<string, unknown>)) {
    const m = member as Record<string, unknown> | null;
    const sig = m && typeof m === "object" ? m[SIG_KEY] : undefined;
    if (sig === ASSET_SIG) checkAsset(m!, `${at}.assets.${name}`);
    else if (sig === ARCHIVE_SIG) checkArchive(m!, `${at}.assets.${name}`);
    else throw new WireValueError(`${at}.assets.${name}`, "an archive's members must be assets or archives");
  }
}

export { SECRET_SIG, SIG_KEY, UNKNOWN_STRING };

/** A secret whose plaintext is not available offline: its value is unknown. */
function opaqueSecret(): Record<string, unknown> {
  return { [SIG_KEY]: SECRET_SIG, value: UNKNOWN_STRING };
}

export function secretOf(value: unknown): Record<string, unknown> {
  return { [SIG_KEY]: SECRET_SIG, value };
}

/**
 * A secret as a state file or the SDK holds it: `value` (the SDK's wire form), `plaintext` (JSON,
 * from `pulumi stack export --show-secrets`) or `ciphertext`, which cannot be decrypted offline and
 * so is unknown. One with none of them is no secret the engine writes.
 */
function secretValue(obj: Record<string, unknown>, opts: WireOptions, at: string): Record<string, unknown> {
  if ("value" in obj) return secretOf(toWireValue(obj.value, opts, at));
  if (typeof obj.plaintext === "string") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(obj.plaintext);
    } catch {
      throw new WireValueError(at, "a secret's plaintext is not JSON (`pulumi stack export --show-secrets` writes it as JSON text)");
    }
    return secretOf(toWireValue(parsed, opts, at));
  }
  if (isText(obj.ciphertext)) return opaqueSecret();
  throw new WireValueError(at, "a secret needs a ciphertext, a plaintext or a value");
}

export interface WireOptions {
  /** How the input spells a redacted secret (preview JSON: "[secret]"). */
  redactedSecret?: string;
}

export function toWireValue(value: unknown, opts: WireOptions = {}, at = ""): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return opts.redactedSecret !== undefined && value === opts.redactedSecret ? opaqueSecret() : value;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v, i) => toWireValue(v, opts, `${at}[${i}]`));
  const obj = value as Record<string, unknown>;
  const sig = obj[SIG_KEY];
  if (sig === SECRET_SIG) return secretValue(obj, opts, at);
  if (sig === RESOURCE_SIG) {
    const id = obj.id;
    if (typeof id === "string" && id !== "") return id;
    return typeof obj.urn === "string" ? obj.urn : UNKNOWN_STRING;
  }
  if (sig === OUTPUT_SIG) {
    const inner = "value" in obj ? toWireValue(obj.value, opts, at) : UNKNOWN_STRING;
    return obj.secret === true ? secretOf(inner) : inner;
  }
  if (sig === ASSET_SIG) return checkAsset(obj, at), obj;
  if (sig === ARCHIVE_SIG) return checkArchive(obj, at), obj;
  if (sig !== undefined) throw new WireValueError(at, `${JSON.stringify(sig).slice(0, 80)} is not a signature the engine sends (secret, asset, archive, resource reference or output)`);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    out[k] = toWireValue(v, opts, `${at}.${k}`);
  }
  return out;
}

/** Top-level properties in wire form, without the provider's internal keys (__defaults, __meta). */
export function toWireProperties(props: unknown, opts: WireOptions = {}): Record<string, unknown> {
  if (props === null || typeof props !== "object" || Array.isArray(props)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
    if (k.startsWith("__") || v === undefined) continue;
    out[k] = toWireValue(v, opts, `.${k}`);
  }
  return out;
}
