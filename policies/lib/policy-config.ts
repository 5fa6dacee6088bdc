// A policy's effective config, checked before the policy runs (fail closed): defaults overlaid
// with what the engine configured, validated against the policy's own configSchema, and its
// exceptions read. The result is cached per distinct config, so the per-resource path costs a
// JSON.stringify and a map lookup; Ajv is compiled only for a config that differs from the
// defaults (the defaults are tested to be valid), once per policy.
import type { ValidateFunction } from "ajv";
import { dottedPath, schemaProblems, sharedAjv } from "./ajv-lazy";
import { today } from "./dates";
import { ConfigException, checkExceptionList, maxDaysOf } from "./exception-list";
import { isRecord } from "./values";

export interface PreparedConfig {
  /** Defaults overlaid with the configured values. */
  readonly config: Record<string, unknown>;
  /** What is wrong with the config; when non-empty the policy must not run. */
  readonly problems: readonly string[];
  readonly exceptions: readonly ConfigException[];
  readonly allowTagExceptions: boolean;
  readonly maxExceptionDays: number;
  readonly today: number;
}

interface ConfigSource {
  getConfig<T extends object>(): T;
}

const CACHE_LIMIT = 16;

function configuredOf(args: ConfigSource): unknown {
  try {
    return args.getConfig<Record<string, unknown>>();
  } catch {
    return undefined;
  }
}

/** Returns a reader of the effective config for one policy. */
export function configReader(properties: Readonly<Record<string, unknown>>, defaults: Readonly<Record<string, unknown>>): (args: ConfigSource) => PreparedConfig {
  const defaultJson = new Map(Object.entries(defaults).map(([k, v]) => [k, JSON.stringify(v)]));
  const cache = new Map<string, PreparedConfig>();
  let validate: ValidateFunction | undefined;

  const differsFromDefaults = (configured: Record<string, unknown>): boolean =>
    Object.entries(configured).some(([k, v]) => k !== "enforcementLevel" && v !== undefined && defaultJson.get(k) !== JSON.stringify(v));

  const prepare = (configured: unknown, todayDay: number): PreparedConfig => {
    const problems: string[] = [];
    const config: Record<string, unknown> = { ...defaults };
    if (isRecord(configured)) {
      for (const [key, value] of Object.entries(configured)) {
        if (key !== "enforcementLevel" && value !== undefined) config[key] = value;
      }
      if (differsFromDefaults(configured)) {
        validate ??= sharedAjv().compile({ type: "object", properties, additionalProperties: false });
        if (!validate(config)) {
          for (const p of schemaProblems(validate.errors)) problems.push(`${dottedPath(p.path)} ${p.message}`);
        }
      }
    } else if (configured !== undefined && configured !== null) {
      problems.push("the policy's config must be an object");
    }
    const maxExceptionDays = maxDaysOf(config.maxExceptionDays);
    const { exceptions, issues } = checkExceptionList(config.exceptions, todayDay, maxExceptionDays);
    for (const issue of issues) if (issue.severity === "error") problems.push(`${dottedPath(issue.path)} ${issue.message}`);
    return { config, problems, exceptions, allowTagExceptions: config.allowTagExceptions !== false, maxExceptionDays, today: todayDay };
  };

  return (args) => {
    const configured = configuredOf(args);
    const todayDay = today();
    let key: string;
    try {
      key = `${todayDay}|${JSON.stringify(configured) ?? ""}`;
    } catch {
      // A config that cannot be serialised (a cycle) cannot come from the engine; judge it uncached.
      return prepare(configured, todayDay);
    }
    let prepared = cache.get(key);
    if (!prepared) {
      prepared = prepare(configured, todayDay);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
      cache.set(key, prepared);
    }
    return prepared;
  };
}
