// Whether the values at a property path arrived as Pulumi secrets. Reads the wire form (see
// secret-tracking's wireFormOf): a value is secret when it, or anything around it, is wrapped in
// the engine's secret signature (or is an output value marked secret). Pure; never throws.
import { OUTPUT_SIG, SECRET_SIG, SIG_KEY } from "./codec";
import { isUnknown } from "./unknown";

export type SecretState = "secret" | "plain" | "unknown";

export interface PathValue {
  /** The concrete path, e.g. "users[1].password". */
  readonly path: string;
  readonly state: SecretState;
}

const MAX_DEPTH = 64;

/** "users[].password" → ["users", "[]", "password"]. */
function stepsOf(path: string): string[] {
  return path.split(".").flatMap((part) => {
    const list = part.endsWith("[]");
    const name = list ? part.slice(0, -2) : part;
    return [...(name === "" ? [] : [name]), ...(list ? ["[]"] : [])];
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The value inside secret and output wrappers, whether one of them was secret, and whether it is unknown. */
function unwrap(value: unknown, secret: boolean): { value: unknown; secret: boolean; unknown: boolean } {
  let v = value;
  let s = secret;
  for (let i = 0; i < MAX_DEPTH && isObject(v); i++) {
    if (v[SIG_KEY] === SECRET_SIG) {
      s = true;
      v = v.value;
    } else if (v[SIG_KEY] === OUTPUT_SIG) {
      if (v.secret === true) s = true;
      if (!("value" in v)) return { value: undefined, secret: s, unknown: true };
      v = v.value;
    } else break;
  }
  return { value: v, secret: s, unknown: isUnknown(v) };
}

/** The state of a whole value: plain if any non-empty leaf is outside a secret, else unknown if one is unknown. */
function leafState(value: unknown, secret: boolean, depth: number): SecretState | undefined {
  const u = unwrap(value, secret);
  if (u.unknown) return u.secret ? "secret" : "unknown";
  const v = u.value;
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v !== "object") return u.secret ? "secret" : "plain";
  if (depth > MAX_DEPTH) return undefined;
  let found: SecretState | undefined;
  for (const item of Array.isArray(v) ? v : Object.values(v)) {
    const s = leafState(item, u.secret, depth + 1);
    if (s === "plain") return "plain";
    if (s === "unknown" || (s === "secret" && found === undefined)) found = s;
  }
  return found;
}

function walk(value: unknown, steps: readonly string[], i: number, path: string, secret: boolean, out: PathValue[]): void {
  if (i === steps.length) {
    const state = leafState(value, secret, 0);
    if (state !== undefined) out.push({ path, state });
    return;
  }
  const u = unwrap(value, secret);
  if (u.unknown) {
    out.push({ path, state: u.secret ? "secret" : "unknown" });
    return;
  }
  const step = steps[i];
  if (step === "[]") {
    if (Array.isArray(u.value)) u.value.forEach((item, k) => walk(item, steps, i + 1, `${path}[${k}]`, u.secret, out));
    return;
  }
  if (isObject(u.value) && step in u.value) walk(u.value[step], steps, i + 1, path === "" ? step : `${path}.${step}`, u.secret, out);
}

/** The values at `path` ("a.b", "list[].field") of wire-form props, each with its secret state; absent or empty ones are left out. */
export function valuesAtPath(wire: unknown, path: string): PathValue[] {
  const out: PathValue[] = [];
  try {
    walk(wire, stepsOf(path), 0, "", false, out);
  } catch {
    // An exotic object (a throwing getter): what was found so far stands.
  }
  return out;
}
