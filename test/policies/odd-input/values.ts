// The odd values the shared fuzz puts where a policy expects a property: wrong types, empty and
// huge shapes, numbers spelled as strings, every unknown sentinel (nested too), secrets wrapping
// odd values, and secrets holding canary strings that must never reach a message.
import fc from "fast-check";
import { ARCHIVE_SIG, ASSET_SIG, SECRET_SIG, SIG_KEY, UNKNOWN_SENTINELS } from "../../../policies/lib/codec";

export const SENTINELS: readonly string[] = Object.values(UNKNOWN_SENTINELS);

/** A value wrapped as a Pulumi secret, as the engine sends it. */
export function secret(value: unknown): Record<string, unknown> {
  return { [SIG_KEY]: SECRET_SIG, value };
}

export function isSecret(value: unknown): value is { value: unknown } {
  return value !== null && typeof value === "object" && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}

// Distinctive values placed only inside secrets. Each lists the spellings a leak would show:
// the text itself, or what a policy derives from it (a CIDR's block, a number as text).
export const CANARY = "Zq7Canary";
export const CANARY_NUMBER = 47113;
export const CANARY_CIDR = "11.22.33.44/8";
/** Found anywhere in a text (a policy may print the canary glued to other characters). */
export const CANARY_TEXT = CANARY;
/** Found as a token (not touching a letter or digit), as the redaction matches them. */
export const CANARY_TOKENS: readonly string[] = [String(CANARY_NUMBER), "11.22.33.44", "11.0.0.0/8"];

/** A JSON policy document whose leaves are canaries (IAM documents arrive as strings). */
const canaryDocument = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Sid: `${CANARY}Sid`, Effect: "Allow", Action: [`${CANARY}:*`, "*"], Resource: `arn:aws:s3:::${CANARY}`, Principal: { AWS: `arn:aws:iam::1:role/${CANARY}` } }],
});

/** `value` with its leaves turned into canaries that keep their kind (a CIDR stays a CIDR, a port a number). */
export function canaryized(value: unknown, depth = 0): unknown {
  if (depth > 8) return value;
  if (isSecret(value)) return secret(canaryized(value.value, depth + 1));
  if (typeof value === "string") {
    if (/^[\d.]+\/\d+$/.test(value)) return CANARY_CIDR;
    if (/^-?\d+$/.test(value.trim())) return String(CANARY_NUMBER);
    if (value.trim().startsWith("{")) return canaryDocument;
    return `${value}${CANARY}`;
  }
  if (typeof value === "number") return CANARY_NUMBER;
  if (Array.isArray(value)) return value.map((v) => canaryized(v, depth + 1));
  // A signature (of an asset or archive) stays as it is: the engine sends no other.
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === SIG_KEY ? v : canaryized(v, depth + 1)]));
  return value;
}

export const CANARY_SECRETS: readonly unknown[] = [
  secret(CANARY),
  secret(`  ${CANARY}  `),
  secret(`arn:aws:iam::123456789012:role/${CANARY}`),
  secret(`#!/bin/sh\nexport AWS_SECRET_ACCESS_KEY=${CANARY}wJalrXUtnFEMIK7MDENGbPxRfiCY\n`),
  secret(canaryDocument),
  secret(JSON.parse(canaryDocument)),
  secret(CANARY_NUMBER),
  secret(String(CANARY_NUMBER)),
  secret(CANARY_CIDR),
  secret([CANARY_CIDR]),
  secret({ key: CANARY, nested: [CANARY, { deeper: CANARY }] }),
  secret([secret(CANARY)]),
];

const HUGE_STRING = "0.0.0.0/0,".repeat(20_000);
function deepArray(depth: number): unknown {
  let v: unknown = "*";
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
function deepObject(depth: number): unknown {
  let v: unknown = { Effect: "Allow", Action: "*", Resource: "*" };
  for (let i = 0; i < depth; i++) v = { Statement: v, value: v === null ? null : i };
  return v;
}

/** Huge and deep values (deep, but within what the engine's protobuf encoding carries). */
export const HUGE: readonly unknown[] = [
  HUGE_STRING,
  Array.from({ length: 3000 }, (_, i) => (i % 2 ? "0.0.0.0/0" : i)),
  Array.from({ length: 500 }, () => ({ protocol: "-1", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] })),
  Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])),
  deepArray(60),
  deepObject(40),
];

/** Strings a lenient reader might take for a number or a boolean, and ones that look like JSON. */
export const LOOKALIKES: readonly unknown[] = [
  "0", "-0", "1", "-1", "22", "443", " 443 ", "443 ", "4.43e2", "0x1bb", "0b1", "1e309", "-1e309", "NaN", "Infinity", "-Infinity",
  "65535", "65536", "99999999999999999999", "22-22", "0-65535", "1.5", "",
  "true", "false", "TRUE", "False", "yes", "no", "on", "off", "null", "undefined",
  "[]", "{}", "[null]", "not json {", '{"Statement": 5}', '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}', '"*"',
];

/** Wrong-typed, empty and odd values, each tried at every property. */
export const ODD_CONSTANTS: readonly unknown[] = [
  null, 0, -0, -1, 1.5, 65536, -65536, 2 ** 53 + 1, 1e308, -1e308, true, false,
  "", " ", "  ", "*", "all", "ALL", "-1", "true", "required", "constructor", "__proto__", "toString", "hasOwnProperty",
  "\u0000", "é", "\ud83d", "🔥", "ami-1", "subnet-1", "resolve:ssm:/x", "arn:aws:iam::aws:policy/AdministratorAccess",
  "0.0.0.0/0", "::/0", " 0.0.0.0/0 ", "0.0.0.0/00", "10.0.0.1/8", "999.1.1.1/33", "::ffff:0.0.0.0/96", "0:0:0:0:0:0:0:0/0",
  [], {}, [null], [[]], [[["*"]]], ["*"], [{}], { "": {} }, { Statement: 5 }, { a: { b: [1, "x"] } },
  { constructor: 1, toString: "x", hasOwnProperty: null, valueOf: [] },
  ...SENTINELS,
  SENTINELS.slice(),
  Object.fromEntries(SENTINELS.map((s, i) => [`k${i}`, s])),
  [{ value: [UNKNOWN_SENTINELS.object] }],
  { [SIG_KEY]: ASSET_SIG, text: "asset" },
  { [SIG_KEY]: ARCHIVE_SIG, path: "./archive" },
  secret("x"), secret(null), secret(""), secret({}), secret([]), secret(true), secret(UNKNOWN_SENTINELS.string), secret([UNKNOWN_SENTINELS.array]), secret({ a: [1] }),
  secret(secret("x")),
];

// JSON without "__proto__" keys, which the engine's protobuf Struct cannot carry.
const json = (maxDepth: number) => fc.jsonValue({ maxDepth }).filter((v) => !JSON.stringify(v ?? null).includes('"__proto__"'));

const sentinel = fc.constantFrom<unknown>(...SENTINELS);

/** A sentinel nested at some depth inside arrays and objects. */
const nestedSentinel: fc.Arbitrary<unknown> = fc
  .tuple(sentinel, fc.array(fc.oneof(fc.constant<string | null>(null), fc.constantFrom("value", "rules", "Statement", "0")), { minLength: 1, maxLength: 4 }))
  .map(([s, steps]) => steps.reduce<unknown>((inner, step) => (step === null ? [inner] : { [step]: inner }), s));

/** Odd keys for generated objects: names inherited from Object.prototype among them. */
export const ODD_KEYS: readonly string[] = ["", " ", "0", "length", "constructor", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "isPrototypeOf"];

/** Null, any odd value, a secret of one, a canary secret, or a huge one. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: json(3) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_CONSTANTS) },
  { weight: 2, arbitrary: fc.constantFrom(...LOOKALIKES) },
  { weight: 2, arbitrary: fc.oneof(sentinel, nestedSentinel) },
  { weight: 1, arbitrary: fc.oneof(json(2), sentinel, fc.constantFrom(...ODD_CONSTANTS)).map(secret) },
  { weight: 1, arbitrary: fc.constantFrom(...CANARY_SECRETS) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string({ maxLength: 8 }).filter((k) => k !== "__proto__")), json(1), { maxKeys: 5, noNullPrototype: true }) },
);

/** `value` in another shape: an array for an object and the reverse, a number as text and the reverse. */
export function reshaped(value: unknown, variant: number): unknown {
  if (Array.isArray(value)) return [value[0] ?? {}, Object.fromEntries(value.map((v, i) => [String(i), v])), value.length > 0 ? [value] : [[]], JSON.stringify(value)][variant % 4];
  if (value !== null && typeof value === "object") return [[value], Object.values(value), JSON.stringify(value), Object.keys(value)][variant % 4];
  if (typeof value === "number") return [String(value), ` ${value} `, [value], value + 0.5][variant % 4];
  if (typeof value === "boolean") return [String(value), value ? 1 : 0, String(value).toUpperCase(), [value]][variant % 4];
  if (typeof value === "string") {
    const n = Number(value);
    return [Number.isFinite(n) && value.trim() !== "" ? n : value.length, [value], { value }, value.toUpperCase()][variant % 4];
  }
  return [{}, [], "", 0][variant % 4];
}
