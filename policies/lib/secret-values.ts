// Which values arrived as Pulumi secrets, and how to keep them out of a message. Pure and
// self-contained: the pack (lib/secret-tracking) and the checker (cli/analyzer/run-pack) share it.
import * as ipaddr from "ipaddr.js";
import { SECRET_SIG, SIG_KEY } from "./codec";

const MAX_DEPTH = 64;

/** What a message shows in place of a secret. */
export const REDACTED = "[secret]";

/**
 * The distinct printable forms of every value inside a secret wrapper of `raw` (engine wire
 * form): the value as text, trimmed, the leaves of a JSON document it holds (IAM policies), the
 * canonical spellings of an IP address or CIDR (policies print "10.0.0.0/8" for "10.0.0.1/8"),
 * and the parts of a delimited value (an exception tag's reason and expiry).
 */
export function secretValuesIn(raw: unknown): string[] {
  return formsIn(raw, false);
}

/** Every printable form of every value of `raw`, as if all were secret (when which are is not known). */
export function everyValueIn(raw: unknown): string[] {
  return formsIn(raw, true);
}

function formsIn(raw: unknown, allSecret: boolean): string[] {
  const found = new Set<string>();
  try {
    walk(raw, allSecret, 0, found);
  } catch {
    // Only an exotic object (a throwing getter) gets here; what was found so far still counts.
  }
  return [...found];
}

function walk(value: unknown, secret: boolean, depth: number, found: Set<string>): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === "string") {
    if (secret) addText(value, depth, found);
  } else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    if (secret) found.add(String(value));
  } else if (Array.isArray(value)) {
    for (const item of value) walk(item, secret, depth + 1, found);
  } else if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if (obj[SIG_KEY] === SECRET_SIG) return walk(obj.value, true, depth + 1, found);
    // Keys are names, not values; the signature of an asset or archive is no value either.
    for (const [k, v] of Object.entries(obj)) if (k !== SIG_KEY) walk(v, secret, depth + 1, found);
  }
}

function addText(text: string, depth: number, found: Set<string>): void {
  const trimmed = text.trim();
  if (trimmed === "") return;
  found.add(text);
  found.add(trimmed);
  for (const form of addressForms(trimmed)) found.add(form);
  for (const part of delimitedParts(trimmed)) found.add(part);
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch {
      return;
    }
    walk(doc, true, depth + 1, found);
  }
}

/**
 * The parts of a `;`-delimited value that a message may quote on their own, and the values of
 * its `key=value` parts: an exception tag "<reason>; expires=<date>" is printed as its reason
 * and its expiry.
 */
function delimitedParts(text: string): string[] {
  if (!text.includes(";") && !text.includes("=")) return [];
  const parts: string[] = [];
  for (const segment of text.split(";")) {
    const part = segment.trim();
    if (part === "") continue;
    parts.push(part);
    const eq = part.indexOf("=");
    const value = eq < 0 ? "" : part.slice(eq + 1).trim();
    if (value !== "") parts.push(value);
  }
  return parts;
}

const DOTTED = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** An address as AWS reads it: IPv4 dotted decimal ("010" is ten), or IPv6 in any spelling. */
function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const octets = dotted.slice(1).map(Number);
    return octets.every((o) => o <= 255) ? new ipaddr.IPv4(octets) : undefined;
  }
  if (!text.includes(":") || !ipaddr.IPv6.isValid(text)) return undefined;
  return ipaddr.IPv6.parse(text);
}

function spellings(address: ipaddr.IPv4 | ipaddr.IPv6): string[] {
  if (address.kind() === "ipv4") return [address.toString()];
  // toFixedLengthString (zero-padded groups) is in ipaddr.js 2.x but missing from its typings.
  const v6 = address as ipaddr.IPv6 & { toFixedLengthString?: () => string };
  const out = [v6.toRFC5952String(), v6.toNormalizedString()];
  if (typeof v6.toFixedLengthString === "function") out.push(v6.toFixedLengthString());
  if (v6.isIPv4MappedAddress()) out.push(v6.toIPv4Address().toString());
  return out;
}

/** The spellings of an address or CIDR a message may print; none when it is neither. */
function addressForms(text: string): string[] {
  const slash = text.indexOf("/");
  const address = parseAddress(slash < 0 ? text : text.slice(0, slash));
  if (!address) return [];
  const bits = address.kind() === "ipv4" ? 32 : 128;
  const prefixText = slash < 0 ? String(bits) : text.slice(slash + 1);
  const forms = spellings(address);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return forms;
  const prefix = Number(prefixText);
  // Host bits masked off, as policies print a block; a bare address prints as a /32 or /128.
  const network = address.kind() === "ipv4"
    ? ipaddr.IPv4.networkAddressFromCIDR(`${address.toString()}/${prefix}`)
    : ipaddr.IPv6.networkAddressFromCIDR(`${(address as ipaddr.IPv6).toNormalizedString()}/${prefix}`);
  for (const a of [address, network]) for (const s of spellings(a)) forms.push(`${s}/${prefix}`);
  return forms;
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

interface Matcher {
  /** Every form, lower-cased. */
  readonly forms: ReadonlySet<string>;
  /** Lengths of the forms by their lower-cased first character, longest first. */
  readonly lengths: ReadonlyMap<string, readonly number[]>;
}

const matchers = new WeakMap<readonly string[], Matcher>();

// A lookup table, not a regular expression: a stack can hold tens of thousands of secret forms,
// and an alternation that large takes seconds to compile (and has size limits); this is linear
// in the secrets and needs no escaping.
function matcherOf(secrets: readonly string[]): Matcher {
  let m = matchers.get(secrets);
  if (m) return m;
  const forms = new Set<string>();
  const lengths = new Map<string, number[]>();
  for (const s of secrets) {
    if (typeof s !== "string" || s === "") continue;
    const lower = s.toLowerCase();
    if (forms.has(lower)) continue;
    forms.add(lower);
    const first = s[0].toLowerCase();
    const list = lengths.get(first);
    if (!list) lengths.set(first, [s.length]);
    else if (!list.includes(s.length)) list.push(s.length);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  m = { forms, lengths };
  matchers.set(secrets, m);
  return m;
}

/**
 * `message` with every occurrence of a secret form, case-insensitive, replaced by "[secret]";
 * a match must not touch an ASCII letter or digit on either side (a secret "22" hits "port 22"
 * and "22-22", not "2022"). The longest form wins where several start at the same place.
 */
export function redactSecrets(message: string, secrets: readonly string[]): string {
  if (secrets.length === 0 || message === "") return message;
  const { forms, lengths } = matcherOf(secrets);
  if (forms.size === 0) return message;
  const n = message.length;
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < n) {
    const candidates = i > 0 && isAlnum(message.charCodeAt(i - 1)) ? undefined : lengths.get(message[i].toLowerCase());
    let hit = 0;
    for (const len of candidates ?? []) {
      const end = i + len;
      if (end > n || (end < n && isAlnum(message.charCodeAt(end)))) continue;
      if (forms.has(message.slice(i, end).toLowerCase())) {
        hit = len;
        break;
      }
    }
    if (hit === 0) {
      i++;
      continue;
    }
    out += message.slice(copied, i) + REDACTED;
    i += hit;
    copied = i;
  }
  return copied === 0 ? message : out + message.slice(copied);
}
