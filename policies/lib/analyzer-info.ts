// The pack's GetAnalyzerInfo answer, written as protobuf bytes directly. The SDK (protoutil.js
// makeAnalyzerInfo) builds a google-protobuf message per policy and converts every config schema
// with Struct.fromJavaScript, then serialises the lot: for rampart-aws's 118 policies, 250 KB of
// schemas, about 150 ms of a cold pack's start-up, which the engine waits for. This writes the
// same bytes (a test compares them with the SDK's) in a few milliseconds. Anything it does not
// know how to write exactly as the SDK would (initial config, a lone surrogate, a non-finite
// number, an object that is not plain) is left to the SDK's own function.
import * as fs from "fs";
import * as path from "path";
import { ProtoWriter } from "./proto-writer";
import { sdkCopies } from "./sdk-copies";

type Message = { serializeBinary(): Uint8Array };
type MakeAnalyzerInfo = ((name: string, version: string, level: unknown, args: PackArgs, initialConfig?: unknown) => Message) & { [DIRECT]?: true };

interface PolicyLike {
  name?: unknown;
  displayName?: unknown;
  description?: unknown;
  enforcementLevel?: unknown;
  configSchema?: { properties?: unknown; required?: unknown };
  severity?: unknown;
  framework?: { name?: unknown; version?: unknown; reference?: unknown; specification?: unknown };
  tags?: unknown;
  remediationSteps?: unknown;
  url?: unknown;
}
interface PackArgs {
  policies?: PolicyLike[];
  displayName?: unknown;
  description?: unknown;
  readme?: unknown;
  provider?: unknown;
  tags?: unknown;
  repository?: unknown;
}

interface Sdk {
  mapEnforcementLevel(level: unknown): number;
  isResourcePolicy(p: unknown): boolean;
  isStackPolicy(p: unknown): boolean;
  PolicyType: Record<string, number>;
  PolicySeverity: Record<string, number>;
}

const DIRECT = Symbol.for("rampart.analyzer-info.direct");
const SDK_MODULE = "@pulumi/policy/protoutil";
const SDK_FILE = /[\\/]@pulumi[\\/]policy[\\/]protoutil\.js$/;
// server.js calls it through the module object (TypeScript's CommonJS output), so replacing the
// export reaches the call. If a future SDK calls it otherwise, the SDK's own answer stays.
const CALL_THROUGH_MODULE = /\bprotoutil_\d+\.makeAnalyzerInfo\(/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const SEVERITIES = ["low", "medium", "high", "critical"];

/** Thrown inside the encoder for input only the SDK's own function should answer. */
class LeaveToSdk extends Error {}

function str(v: unknown): string {
  if (typeof v !== "string" || LONE_SURROGATE.test(v)) throw new LeaveToSdk();
  return v;
}

/** A string field as the SDK sets it: only when truthy, written only when non-empty. */
function optionalString(w: ProtoWriter, field: number, v: unknown): void {
  if (v) w.string(field, str(v));
}

/** A required string field the SDK always sets (undefined reads back as ""). */
function plainString(w: ProtoWriter, field: number, v: unknown): void {
  if (v === undefined || v === null) return;
  const s = str(v);
  if (s.length > 0) w.string(field, s);
}

function repeatedStrings(w: ProtoWriter, field: number, v: unknown): void {
  if (!v) return;
  if (!Array.isArray(v)) throw new LeaveToSdk();
  for (const s of v) w.string(field, str(s));
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

// google.protobuf.Value: null_value 1, number_value 2, string_value 3, bool_value 4,
// struct_value 5, list_value 6 (as Value.fromJavaScript chooses them).
function value(w: ProtoWriter, v: unknown): void {
  if (v === null) return w.enum(1, 0);
  switch (typeof v) {
    case "string":
      return w.string(3, str(v));
    case "number":
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new LeaveToSdk();
      return w.double(2, v);
    case "boolean":
      return w.bool(4, v);
    case "object":
      if (Array.isArray(v)) return w.message(6, (list) => v.forEach((item) => list.message(1, (x) => value(x, item))));
      if (!isPlainObject(v)) throw new LeaveToSdk();
      return w.message(5, (s) => struct(s, v));
    default:
      throw new LeaveToSdk();
  }
}

// google.protobuf.Struct: map<string, Value> fields = 1. google-protobuf writes map entries in
// sorted key order; Struct.fromJavaScript reads keys with for…in.
function struct(w: ProtoWriter, obj: unknown): void {
  if (obj === undefined || obj === null) return;
  if (typeof obj !== "object" || Array.isArray(obj) || !isPlainObject(obj)) throw new LeaveToSdk();
  const keys: string[] = [];
  for (const k in obj) keys.push(k);
  keys.sort();
  for (const k of keys) {
    w.message(1, (entry) => {
      entry.string(1, str(k));
      entry.message(2, (x) => value(x, (obj as Record<string, unknown>)[k]));
    });
  }
}

// pulumirpc.PolicyInfo, field for field in the order PolicyInfo.serializeBinaryToWriter writes them.
function policyInfo(w: ProtoWriter, policy: PolicyLike, packLevel: unknown, sdk: Sdk): void {
  plainString(w, 1, policy.name);
  optionalString(w, 2, policy.displayName);
  plainString(w, 3, policy.description);
  const level = sdk.mapEnforcementLevel(policy.enforcementLevel || packLevel);
  if (level !== 0) w.enum(5, level);
  const schema = policy.configSchema;
  if (schema) {
    w.message(6, (s) => {
      s.message(1, (p) => struct(p, schema.properties));
      repeatedStrings(s, 2, schema.required);
    });
  }
  const type = sdk.isResourcePolicy(policy) ? sdk.PolicyType.POLICY_TYPE_RESOURCE : sdk.isStackPolicy(policy) ? sdk.PolicyType.POLICY_TYPE_STACK : 0;
  if (type !== 0) w.enum(7, type);
  // The SDK maps an unknown severity to UNSPECIFIED (0), which is not written.
  const severity = policy.severity && SEVERITIES.includes(policy.severity as string) ? sdk.PolicySeverity[`POLICY_SEVERITY_${(policy.severity as string).toUpperCase()}`] : 0;
  if (severity) w.enum(8, severity);
  const framework = policy.framework;
  if (framework) {
    w.message(9, (f) => {
      optionalString(f, 1, framework.name);
      optionalString(f, 2, framework.version);
      optionalString(f, 3, framework.reference);
      optionalString(f, 4, framework.specification);
    });
  }
  repeatedStrings(w, 10, policy.tags);
  optionalString(w, 11, policy.remediationSteps);
  optionalString(w, 12, policy.url);
}

/** The AnalyzerInfo bytes the SDK would send, or undefined when that is the SDK's to write. */
export function encodeAnalyzerInfo(name: string, version: string, packLevel: unknown, args: PackArgs, sdk: Sdk): Uint8Array | undefined {
  try {
    const w = new ProtoWriter();
    plainString(w, 1, name);
    optionalString(w, 2, args.displayName);
    for (const policy of args.policies ?? []) w.message(3, (p) => policyInfo(p, policy, packLevel, sdk));
    plainString(w, 4, version);
    w.bool(5, true);
    optionalString(w, 7, args.description);
    optionalString(w, 8, args.readme);
    optionalString(w, 9, args.provider);
    repeatedStrings(w, 10, args.tags);
    optionalString(w, 11, args.repository);
    return w.finish();
  } catch (e) {
    if (e instanceof LeaveToSdk) return undefined;
    throw e;
  }
}

function install(file: string, mod: Record<string, unknown>): void {
  const original = mod.makeAnalyzerInfo as MakeAnalyzerInfo | undefined;
  if (typeof original !== "function" || original[DIRECT]) return;
  const dir = path.dirname(file);
  let source = "";
  try {
    source = fs.readFileSync(path.join(dir, "server.js"), "utf8");
  } catch {
    return;
  }
  if (!CALL_THROUGH_MODULE.test(source) || typeof mod.mapEnforcementLevel !== "function") return;
  // The message classes and policy kinds of the same SDK copy, as its own makeAnalyzerInfo uses them.
  const proto = require(require.resolve("@pulumi/pulumi/proto/analyzer_pb", { paths: [dir] }));
  const kinds = require(path.join(dir, "policy.js"));
  const sdk: Sdk = {
    mapEnforcementLevel: mod.mapEnforcementLevel as Sdk["mapEnforcementLevel"],
    isResourcePolicy: kinds.isResourcePolicy,
    isStackPolicy: kinds.isStackPolicy,
    PolicyType: proto.PolicyType,
    PolicySeverity: proto.PolicySeverity,
  };
  const direct: MakeAnalyzerInfo = function (this: unknown, name, version, level, args, initialConfig) {
    const bytes = initialConfig ? undefined : encodeAnalyzerInfo(name, version, level, args, sdk);
    if (!bytes) return original.call(this, name, version, level, args, initialConfig);
    // gRPC's serializer checks the class, then sends what serializeBinary returns. The message is
    // only ever sent (server.js hands it straight to the callback), so its fields stay unset.
    const info: Message = new proto.AnalyzerInfo();
    Object.defineProperty(info, "serializeBinary", { value: () => bytes });
    return info;
  };
  direct[DIRECT] = true;
  try {
    mod.makeAnalyzerInfo = direct;
  } catch {
    // A frozen export: the SDK's own answer stays.
  }
}

/** Answers GetAnalyzerInfo with directly written bytes from now on (idempotent; a no-op for an SDK it does not recognise). */
export function answerAnalyzerInfoDirectly(): void {
  for (const [file, mod] of sdkCopies(SDK_MODULE, SDK_FILE).byFile) install(file, mod);
}
