// How a Rampart control becomes a CrossGuard policy. A control file declares its metadata and a
// predicate over normalised data; everything the SDK needs (type fast-paths, config defaults,
// unknown handling, remediation plumbing) is done here, once.
import type {
  EnforcementLevel,
  PolicyConfigSchema,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  Severity,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { ControlRef, referenceTags, sdkFramework } from "./frameworks";
import { CollectingJudge, Judge } from "./judge";
import { ResourceView, unwrapProps } from "./resource-view";
import { StackModel, stackModelOf } from "./stack-model";
import { isRecord } from "./values";

/** A JSON Schema for one config property; `default` is required so the defaults are documented. */
export type ConfigProperty = PolicyConfigSchema["properties"][string] & { default: unknown };

export interface ControlMeta {
  /** Stable kebab-case name; renaming is a breaking change. */
  readonly name: string;
  readonly description: string;
  readonly severity: Severity;
  /** The default enforcement level. */
  readonly enforcementLevel: EnforcementLevel;
  /** The domain folder the control lives in (network, compute, patching, identity, monitoring, web, data). */
  readonly domain: string;
  readonly references: readonly ControlRef[];
  readonly remediationSteps: string;
  /** The control's own settings, each with its default. */
  readonly config?: Readonly<Record<string, ConfigProperty>>;
}

export interface ResourceControl<C> extends ControlMeta {
  /** Type tokens the control judges. */
  readonly types: readonly string[];
  check(resource: ResourceView, config: C, judge: Judge): void;
  /** Returns fixed inputs, or undefined when there is nothing to fix. */
  remediate?(resource: ResourceView, config: C): Record<string, unknown> | undefined;
}

export interface StackControl<C> extends ControlMeta {
  /** When given, the control is skipped cheaply on stacks holding none of these types. */
  readonly types?: readonly string[];
  check(stack: StackModel, config: C, judge: Judge): void;
}

/** Metadata Rampart keeps beside each SDK policy (for docs, baselines and the checker). */
export interface RampartMeta {
  readonly kind: "resource" | "stack";
  readonly domain: string;
  readonly references: readonly ControlRef[];
  readonly types: readonly string[];
  readonly remediable: boolean;
  readonly defaults: Readonly<Record<string, unknown>>;
}

export type RampartResourcePolicy = ResourceValidationPolicy & { readonly rampart: RampartMeta };
export type RampartStackPolicy = StackValidationPolicy & { readonly rampart: RampartMeta };
export type RampartPolicy = RampartResourcePolicy | RampartStackPolicy;

function defaultsOf(meta: ControlMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(meta.config ?? {})) out[key] = prop.default;
  return out;
}

function sdkMeta(meta: ControlMeta) {
  const configSchema: PolicyConfigSchema | undefined = meta.config
    ? { properties: { ...meta.config } as PolicyConfigSchema["properties"] }
    : undefined;
  return {
    name: meta.name,
    description: meta.description,
    severity: meta.severity,
    enforcementLevel: meta.enforcementLevel,
    framework: sdkFramework(meta.references),
    tags: [meta.domain, ...referenceTags(meta.references)],
    remediationSteps: meta.remediationSteps,
    ...(configSchema ? { configSchema } : {}),
  };
}

/** The policy's config: its defaults, overlaid with what the engine configured. */
function configOf<C>(defaults: Record<string, unknown>, args: { getConfig<T extends object>(): T }): C {
  let configured: unknown;
  try {
    configured = args.getConfig<Record<string, unknown>>();
  } catch {
    configured = undefined;
  }
  const merged: Record<string, unknown> = { ...defaults };
  if (isRecord(configured)) {
    for (const [key, value] of Object.entries(configured)) {
      if (key !== "enforcementLevel" && value !== undefined) merged[key] = value;
    }
  }
  return merged as C;
}

function deliver(judge: CollectingJudge, report: ReportViolation, notApplicable: (reason?: string) => never, subject: string): void {
  for (const v of judge.violations) report(v.message, v.urn);
  // Nothing wrong was seen, but part of the picture is unknown: say so through the SDK's own
  // not-applicable mechanism rather than guessing either way.
  if (judge.violations.length === 0 && judge.unknowns.length > 0) {
    notApplicable(`${subject}: unknown during preview: ${judge.unknowns.join(", ")}`);
  }
}

export function resourcePolicy<C>(control: ResourceControl<C>): RampartResourcePolicy {
  const defaults = defaultsOf(control);
  const types = new Set(control.types);
  const validate = (args: ResourceValidationArgs, report: ReportViolation): void => {
    if (!types.has(args.type)) return;
    const resource: ResourceView = { type: args.type, name: args.name, urn: args.urn, props: unwrapProps(args.props) };
    const judge = new CollectingJudge();
    control.check(resource, configOf<C>(defaults, args), judge);
    deliver(judge, report, args.notApplicable, args.name);
  };
  // A single-type validation carries its type so the SDK skips other resources without
  // deserialising them.
  if (control.types.length === 1) (validate as { __pulumiType?: string }).__pulumiType = control.types[0];
  const policy: RampartResourcePolicy = {
    ...sdkMeta(control),
    validateResource: validate,
    rampart: {
      kind: "resource",
      domain: control.domain,
      references: control.references,
      types: control.types,
      remediable: control.remediate !== undefined,
      defaults,
    },
  };
  const remediate = control.remediate;
  if (remediate) {
    (policy as ResourceValidationPolicy).remediateResource = (args: ResourceValidationArgs) => {
      if (!types.has(args.type)) return undefined;
      const resource: ResourceView = { type: args.type, name: args.name, urn: args.urn, props: unwrapProps(args.props) };
      return remediate(resource, configOf<C>(defaults, args));
    };
  }
  return policy;
}

export function stackPolicy<C>(control: StackControl<C>): RampartStackPolicy {
  const defaults = defaultsOf(control);
  const anchor = control.types;
  const validate = (args: StackValidationArgs, report: ReportViolation): void => {
    if (anchor && !args.resources.some((r) => anchor.includes(r.type))) return;
    const judge = new CollectingJudge();
    control.check(stackModelOf(args.resources), configOf<C>(defaults, args), judge);
    deliver(judge, report, args.notApplicable, "stack");
  };
  if (anchor && anchor.length === 1) (validate as { __pulumiType?: string }).__pulumiType = anchor[0];
  return {
    ...sdkMeta(control),
    validateStack: validate,
    rampart: {
      kind: "stack",
      domain: control.domain,
      references: control.references,
      types: anchor ?? [],
      remediable: false,
      defaults,
    },
  };
}
