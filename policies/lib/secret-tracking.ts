// Which of a policy's props arrived as secrets. The SDK (server.js) unwraps secrets before a
// policy sees them, calling deserializeProperties(struct, false) per policy per resource, so a
// policy cannot tell a secret from a plain value. trackSecrets wraps that one function: it runs
// unchanged, and each props object it returns remembers the wire Struct it came from, so a
// policy that has something to report can find the secrets it must not print. Nothing more is
// done per resource: the secrets are read from the Struct only when asked for.
import * as fs from "fs";
import * as path from "path";
import { sdkCopies } from "./sdk-copies";
import { everyValueIn, secretValuesIn } from "./secret-values";

interface Struct {
  toJavaScript(): unknown;
}
type Deserialize = ((struct: Struct, proxySecrets: boolean) => unknown) & { [WRAPPED]?: true };

const SDK_MODULE = "@pulumi/policy/deserialize";
const SDK_FILE = /[\\/]@pulumi[\\/]policy[\\/]deserialize\.js$/;
// How server.js calls it (TypeScript's CommonJS output): through the module object, so replacing
// the export reaches every call. A destructured or bundled call would bypass the wrapper.
const CALL_THROUGH_MODULE = /\bdeserialize_\d+\.deserializeProperties\b/;

// Registered symbols, so every copy of this module in the process agrees (a pack can load Rampart
// twice, one copy wrapping and another asking) and no copy wraps the function again.
const WRAPPED = Symbol.for("rampart.secret-tracking.wrapped");
// The Struct rides on the props object as a hidden (non-enumerable) property, not in a WeakMap:
// at 10,000 resources the bench measured a WeakMap entry per call (tens of thousands alive during
// AnalyzeStack) at 8-15% more Analyze time and 10-20% more AnalyzeStack time, the property
// within the bench's noise.
const STRUCT = Symbol.for("rampart.secret-tracking.struct");
/** Where the Struct goes when the props object takes no property (never, for the SDK's own). */
const elsewhere = new WeakMap<object, Struct>();
const secretsOfStruct = new WeakMap<Struct, readonly string[]>();
const NONE: readonly string[] = Object.freeze([]);

let tracking = false;
// Props deserialised once per request and shared by every policy (see shareDeserialisation).
const SHARED = Symbol.for("rampart.secret-tracking.shared-props");
let sharing = false;

function refuse(why: string): never {
  throw new Error(
    `Rampart cannot tell which values arrived as Pulumi secrets: ${why}. It refuses to run rather than print secrets in findings; ` +
      "use the @pulumi/policy version Rampart supports (~1.21), or update policies/lib/secret-tracking.ts for this one.",
  );
}

function remember(props: object, struct: Struct): void {
  try {
    Object.defineProperty(props, STRUCT, { value: struct });
  } catch {
    elsewhere.set(props, struct);
  }
}

function wrap(file: string, mod: Record<string, unknown>): void {
  const original = mod.deserializeProperties as Deserialize | undefined;
  if (typeof original !== "function") refuse(`${file} no longer exports deserializeProperties`);
  if (original[WRAPPED]) return;
  const server = path.join(path.dirname(file), "server.js");
  let source = "";
  try {
    source = fs.readFileSync(server, "utf8");
  } catch {
    refuse(`${server} is missing`);
  }
  if (!CALL_THROUGH_MODULE.test(source)) refuse(`${server} no longer calls deserializeProperties through its module`);
  const wrapped: Deserialize = function (this: unknown, struct: Struct, proxySecrets: boolean) {
    const shared = sharing && !proxySecrets && struct ? (struct as { [SHARED]?: unknown })[SHARED] : undefined;
    if (shared !== undefined) return shared;
    const props = original.call(this, struct, proxySecrets);
    // Remediation (proxySecrets true) keeps secrets wrapped; it needs no tracking.
    if (!proxySecrets && props !== null && typeof props === "object" && struct) {
      remember(props, struct);
      if (sharing) Object.defineProperty(struct, SHARED, { value: props });
    }
    return props;
  };
  wrapped[WRAPPED] = true;
  try {
    mod.deserializeProperties = wrapped;
  } catch {
    // A frozen or getter-only export: checked just below.
  }
  if (mod.deserializeProperties !== wrapped) refuse(`${file}'s deserializeProperties cannot be replaced`);
}

/** Starts tracking (idempotent, cheap). Throws at pack start if the SDK no longer looks as expected. */
export function trackSecrets(): void {
  if (tracking) return;
  const copies = sdkCopies(SDK_MODULE, SDK_FILE);
  if (copies.own === undefined) refuse(`${SDK_MODULE} cannot be loaded`);
  for (const [file, mod] of copies.byFile) wrap(file, mod);
  tracking = true;
}

/**
 * From now on the SDK deserialises a request's properties once and hands every policy the same
 * object, where it would deserialise them again for each policy (and each resource of the stack
 * again for each stack policy): most of what a 40-policy pack costs over a one-policy pack. Only
 * for packs whose policies never write to their props, which Rampart's builders guarantee for
 * their own checks; createPolicyPack turns it on when every policy is Rampart-built.
 */
export function shareDeserialisation(): void {
  trackSecrets();
  sharing = true;
}

/** The printable forms of every secret in `props` (as the SDK handed them to a policy); cached per resource. */
export function secretValuesOf(props: object): readonly string[] {
  const struct = (props as { [STRUCT]?: Struct })[STRUCT] ?? elsewhere.get(props);
  // Props the wrapper never saw (tracking started after they were read, or another SDK copy read
  // them): which values were secret is unknown, so every value is treated as one.
  if (!struct) return conservatively(props);
  let found = secretsOfStruct.get(struct);
  if (!found) {
    found = secretValuesIn(struct.toJavaScript());
    secretsOfStruct.set(struct, found);
  }
  return found;
}

const everyValueOf = new WeakMap<object, readonly string[]>();
function conservatively(props: object): readonly string[] {
  let found = everyValueOf.get(props);
  if (!found) everyValueOf.set(props, (found = everyValueIn(props)));
  return found;
}

/** The secrets of several resources together (a stack). */
export function secretValuesOfAll(props: Iterable<object>): readonly string[] {
  const all = new Set<string>();
  for (const p of props) for (const s of secretValuesOf(p)) all.add(s);
  return all.size === 0 ? NONE : [...all];
}

/**
 * The props as they arrived on the wire (secrets still wrapped), to tell which values the engine
 * sent as secrets; undefined when the wrapper never saw them (tracking started too late).
 */
export function wireFormOf(props: object): unknown {
  const struct = (props as { [STRUCT]?: Struct })[STRUCT] ?? elsewhere.get(props);
  return struct ? struct.toJavaScript() : undefined;
}
