// Resources written inline, by name, turned into what the engine sends: URNs (a child's type
// qualified by its parent's), dependencies and property dependencies as URNs, the provider
// reference, the root stack. A mistake (a name that is no resource of the run, a value the
// engine never sends) is an error naming the resource and the field.
import { InputError } from "../cli/inputs/input-error";
import { CheckInput, CheckedResource, ResourceOptions, defaultOptions } from "../cli/inputs/resource";

const WHERE = "rampart/testing";
const STACK_TYPE = "pulumi:pulumi:Stack";

/** Resource options as the engine sends them with each resource (all optional; the engine's defaults otherwise). */
export interface TestResourceOptions {
  readonly protect?: boolean;
  /** Property names whose changes the engine ignores. */
  readonly ignoreChanges?: readonly string[];
  /** URNs the resource was once known by. */
  readonly aliases?: readonly string[];
  /** Output names the program marks secret (sent as the option only: wrap the values with `secret` where they are secret). */
  readonly additionalSecretOutputs?: readonly string[];
  readonly deleteBeforeReplace?: boolean;
  /** Seconds per operation. */
  readonly customTimeouts?: { readonly create?: number; readonly update?: number; readonly delete?: number };
}

/**
 * One resource of a run, written as the engine sends it: plain JSON, with `secret(...)` and
 * `unknown(...)` where the engine would put them. Every policy example (`ExampleResource` from
 * `rampart/policies`) is one.
 */
export interface TestResource {
  /** The type token, e.g. `"aws:ec2/securityGroup:SecurityGroup"`. */
  readonly type: string;
  /** Unique within the run for its type; the URN is built from it, and other resources refer to it by it. */
  readonly name: string;
  /** The inputs Analyze sees; also the outputs AnalyzeStack sees unless `outputs` is given. Default `{}`. */
  readonly props?: Record<string, unknown>;
  /**
   * Everything AnalyzeStack sees, when it differs from the inputs: the inputs plus what the
   * provider assigns (`{ ...props, id: "sg-0123", arn: "arn:aws:..." }`).
   */
  readonly outputs?: Record<string, unknown>;
  /**
   * For a property, the names of the run's resources its value came from (the engine's
   * propertyDependencies): how a preview links resources whose ids are not known yet.
   */
  readonly propertyDependencies?: Record<string, readonly string[]>;
  /** Names of the run's resources this one depends on besides its property dependencies (`dependsOn`). */
  readonly dependsOn?: readonly string[];
  /** The name of the run's resource that is this one's parent (a component); the root stack otherwise. */
  readonly parent?: string;
  /** The name of the run's provider resource (type `pulumi:providers:<package>`) that manages this one. */
  readonly provider?: string;
  readonly options?: TestResourceOptions;
}

/** Where a run's resources live: the stack and project of their URNs, and whether it is a preview. */
export interface StackContext {
  readonly stack: string;
  readonly project: string;
  readonly preview: boolean;
  /** Add the root stack resource (`pulumi:pulumi:Stack`), as the engine does, unless the resources hold one. */
  readonly rootStack: boolean;
}

/** The URN the engine gives a resource of `type` named `name` whose parent is the root stack (or none). */
export function urnOf(type: string, name: string, where: { stack?: string; project?: string } = {}): string {
  return `urn:pulumi:${where.stack ?? "test"}::${where.project ?? "project"}::${type}::${name}`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Throws unless `value` is JSON the engine could send (no undefined, NaN, Date, function, class instance). */
function checkWireValue(value: unknown, field: string): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InputError(WHERE, field, `${value} is not a number the engine can send`);
    return;
  }
  if (Array.isArray(value)) return value.forEach((v, i) => checkWireValue(v, `${field}[${i}]`));
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) checkWireValue(v, `${field}.${k}`);
    return;
  }
  const what = value === undefined ? "undefined" : typeof value === "object" ? `a ${value.constructor?.name ?? "object"}` : `a ${typeof value}`;
  throw new InputError(WHERE, field, `${what} is not a value the engine sends (plain JSON only; leave a property out rather than set it to undefined)`);
}

function checkShape(r: TestResource, field: string): void {
  if (!isPlainObject(r)) throw new InputError(WHERE, field, "expected a resource object { type, name, props }");
  for (const key of ["type", "name"] as const) {
    if (typeof r[key] !== "string" || r[key] === "") throw new InputError(WHERE, `${field}.${key}`, "expected a non-empty string");
  }
  for (const key of ["props", "outputs"] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (!isPlainObject(v)) throw new InputError(WHERE, `${field}.${key}`, "expected an object of properties");
    checkWireValue(v, `${field}.${key}`);
  }
}

/** The run's resources (and the root stack) as the checker's input. */
export function checkInputOf(resources: readonly TestResource[], where: StackContext): CheckInput {
  resources.forEach((r, i) => checkShape(r, `resources[${i}]`));
  const hasStack = resources.some((r) => r.type === STACK_TYPE);
  const stackName = `${where.project}-${where.stack}`;
  const all: TestResource[] = where.rootStack && !hasStack ? [{ type: STACK_TYPE, name: stackName }, ...resources] : [...resources];
  const offset = all.length - resources.length;
  const fieldOf = (i: number) => (i < offset ? "the root stack" : `resources[${i - offset}]`);
  const rootIndex = all.findIndex((r) => r.type === STACK_TYPE);

  const byName = new Map<string, number[]>();
  all.forEach((r, i) => byName.set(r.name, [...(byName.get(r.name) ?? []), i]));
  const indexOf = (name: unknown, field: string): number => {
    if (typeof name !== "string") throw new InputError(WHERE, field, "expected the name of a resource of this run");
    const found = byName.get(name) ?? [];
    if (found.length === 0) throw new InputError(WHERE, field, `"${name}" is no resource of this run`);
    if (found.length > 1) throw new InputError(WHERE, field, `"${name}" names ${found.length} resources of this run (${found.map((i) => all[i].type).join(", ")}); give them distinct names`);
    return found[0];
  };

  // A child's URN carries its parent's qualified type ("parent$child"), the root stack's excepted.
  const qualified: (string | undefined)[] = [];
  const qualifiedType = (i: number, seen: Set<number>): string => {
    const known = qualified[i];
    if (known !== undefined) return known;
    const r = all[i];
    let type = r.type;
    if (r.parent !== undefined) {
      const p = indexOf(r.parent, `${fieldOf(i)}.parent`);
      if (seen.has(p)) throw new InputError(WHERE, `${fieldOf(i)}.parent`, `"${r.parent}" makes the parents a circle`);
      if (p !== rootIndex) type = `${qualifiedType(p, new Set([...seen, p]))}$${r.type}`;
    }
    qualified[i] = type;
    return type;
  };
  const urns = all.map((r, i) => `urn:pulumi:${where.stack}::${where.project}::${qualifiedType(i, new Set([i]))}::${r.name}`);
  const seenUrn = new Map<string, number>();
  urns.forEach((urn, i) => {
    const first = seenUrn.get(urn);
    if (first !== undefined) throw new InputError(WHERE, fieldOf(i), `${urn} is also the URN of ${fieldOf(first)}: a type and name may occur once`);
    seenUrn.set(urn, i);
  });

  const checked = all.map((r, i): CheckedResource => {
    const field = fieldOf(i);
    const propertyDependencies: Record<string, string[]> = {};
    for (const [prop, names] of Object.entries(r.propertyDependencies ?? {})) {
      if (!Array.isArray(names)) throw new InputError(WHERE, `${field}.propertyDependencies.${prop}`, "expected a list of resource names");
      propertyDependencies[prop] = names.map((n, j) => urns[indexOf(n, `${field}.propertyDependencies.${prop}[${j}]`)]);
    }
    if (r.dependsOn !== undefined && !Array.isArray(r.dependsOn)) throw new InputError(WHERE, `${field}.dependsOn`, "expected a list of resource names");
    const explicit = (r.dependsOn ?? []).map((n, j) => urns[indexOf(n, `${field}.dependsOn[${j}]`)]);
    const dependencies = [...new Set([...explicit, ...Object.values(propertyDependencies).flat()])];
    const parent = r.parent !== undefined ? urns[indexOf(r.parent, `${field}.parent`)] : i !== rootIndex && rootIndex >= 0 ? urns[rootIndex] : undefined;
    let provider: string | undefined;
    if (r.provider !== undefined) {
      const p = indexOf(r.provider, `${field}.provider`);
      if (!all[p].type.startsWith("pulumi:providers:")) throw new InputError(WHERE, `${field}.provider`, `"${r.provider}" is a ${all[p].type}, not a provider resource (pulumi:providers:<package>)`);
      provider = `${urns[p]}::${all[p].name}-id`;
    }
    const props = r.props ?? {};
    return {
      urn: urns[i],
      type: r.type,
      name: r.name,
      custom: r.type !== STACK_TYPE,
      inputs: props,
      outputs: r.outputs ?? props,
      parent,
      dependencies,
      propertyDependencies,
      provider,
      options: optionsOf(r.options),
    };
  });
  return { source: WHERE, kind: where.preview ? "preview-json" : "stack-export", resources: checked, opaqueComponents: [], stack: where.stack, project: where.project, preview: where.preview };
}

function optionsOf(o: TestResourceOptions | undefined): ResourceOptions {
  const base = defaultOptions();
  if (!o) return base;
  return {
    protect: o.protect ?? base.protect,
    ignoreChanges: [...(o.ignoreChanges ?? base.ignoreChanges)],
    aliases: [...(o.aliases ?? base.aliases)],
    additionalSecretOutputs: [...(o.additionalSecretOutputs ?? base.additionalSecretOutputs)],
    deleteBeforeReplace: o.deleteBeforeReplace,
    customTimeouts: o.customTimeouts,
  };
}
