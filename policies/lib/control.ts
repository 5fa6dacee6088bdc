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
import { ExceptionContext, Subject, hasActiveException, nameFromUrn, reportConfigProblems, reportFinding, reportTagProblem } from "./exception-apply";
import { EXCEPTION_CONFIG } from "./exception-config";
import { resourcesTaggedFor } from "./exception-tags";
import { APPLIES_TO_TAG } from "./codec";
import { ControlRef, referenceTags, sdkFramework } from "./frameworks";
import { CollectingJudge, Judge } from "./judge";
import { configReader } from "./policy-config";
import { redactingNotApplicable, redactingReport } from "./redact-finding";
import { ResourceView, unwrapProps } from "./resource-view";
import { secretValuesOf, secretValuesOfAll, trackSecrets } from "./secret-tracking";
import { StackModel, perStack, stackModelOf } from "./stack-model";

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

/** The control's own config properties plus the exception settings every policy shares. */
function configPropertiesOf(meta: ControlMeta): Record<string, ConfigProperty> {
  return { ...meta.config, ...EXCEPTION_CONFIG };
}

function defaultsOf(meta: ControlMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(configPropertiesOf(meta))) out[key] = prop.default;
  return out;
}

export { APPLIES_TO_TAG };

function sdkMeta(meta: ControlMeta, types: readonly string[]) {
  const configSchema: PolicyConfigSchema = { properties: configPropertiesOf(meta) as PolicyConfigSchema["properties"] };
  return {
    name: meta.name,
    description: meta.description,
    severity: meta.severity,
    enforcementLevel: meta.enforcementLevel,
    framework: sdkFramework(meta.references),
    tags: [meta.domain, ...referenceTags(meta.references), ...types.map((t) => APPLIES_TO_TAG + t)],
    remediationSteps: meta.remediationSteps,
    configSchema,
  };
}

/**
 * Hands the judge's findings to the SDK, each through the exceptions that apply to the resource it
 * is about (`subjectOf` finds that resource).
 */
function deliver(judge: CollectingJudge, ctx: ExceptionContext, subjectOf: (urn: string | undefined) => Subject, notApplicable: (reason?: string) => never, subject: string): void {
  for (const v of judge.violations) reportFinding(ctx, subjectOf(v.urn), v.message, v.urn);
  // Nothing wrong was seen, but the policy could not judge (part of the picture is unknown, or
  // it does not apply): say so through the SDK's own not-applicable mechanism, never guess.
  if (judge.violations.length > 0) return;
  const reasons = [...judge.notApplicableReasons];
  if (judge.unknowns.length > 0) reasons.push(`unknown during preview: ${judge.unknowns.join(", ")}`);
  if (reasons.length > 0) notApplicable(`${subject}: ${reasons.join("; ")}`);
}

/** The secrets of every resource of a stack, for stack policies' messages; computed once per stack. */
const secretsOfStack = perStack((model: StackModel): readonly string[] => secretValuesOfAll(model.resources.map((r) => r.props)));

export function resourcePolicy<C>(control: ResourceControl<C>): RampartResourcePolicy {
  const defaults = defaultsOf(control);
  const readConfig = configReader(configPropertiesOf(control), defaults);
  const types = new Set(control.types);
  const validate = (args: ResourceValidationArgs, sdkReport: ReportViolation): void => {
    // Other types return at once: the SDK's notApplicable() throws, and a throw per policy per
    // resource costs more than the whole judgement. Which types a policy judges travels in its
    // tags (APPLIES_TO_TAG), so reports still count only what it really judged.
    if (!types.has(args.type)) return;
    // Packs started with createPolicyPack track secrets from the first request; one built with a
    // plain `new PolicyPack` starts here (idempotent), and until then every value counts as secret.
    trackSecrets();
    // Whatever this resource's policy says leaves redacted of the resource's secrets.
    const secrets = () => secretValuesOf(unwrapProps(args.props));
    const report = redactingReport(sdkReport, secrets);
    const prepared = readConfig(args);
    const ctx: ExceptionContext = { policyName: control.name, description: control.description, prepared, report };
    // Fail closed: a broken config is a finding of its own, never a run with half a config.
    if (prepared.problems.length > 0) return reportConfigProblems(ctx, args.urn);
    const resource: ResourceView = { type: args.type, name: args.name, urn: args.urn, props: unwrapProps(args.props) };
    reportTagProblem(ctx, resource);
    const judge = new CollectingJudge();
    control.check(resource, prepared.config as C, judge);
    const subjectOf = (urn: string | undefined): Subject => (urn === undefined || urn === resource.urn ? resource : { name: nameFromUrn(urn), urn });
    deliver(judge, ctx, subjectOf, redactingNotApplicable(args.notApplicable, secrets), args.name);
  };
  // A single-type validation carries its type so the SDK skips other resources without
  // deserialising them.
  if (control.types.length === 1) (validate as { __pulumiType?: string }).__pulumiType = control.types[0];
  const policy: RampartResourcePolicy = {
    ...sdkMeta(control, control.types),
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
      const prepared = readConfig(args);
      // Nothing is changed under a broken config (validation reports it) or on a resource an exception covers.
      if (prepared.problems.length > 0) return undefined;
      // Remediate sees the SDK's secret-preserving proxy behind the unknown-checking one; unwrap
      // both, so a remediation that copies the inputs keeps every secret wrapped (as Secret).
      const resource: ResourceView = { type: args.type, name: args.name, urn: args.urn, props: unwrapProps(unwrapProps(args.props)) };
      if (hasActiveException(control.name, prepared, resource)) return undefined;
      return remediate(resource, prepared.config as C);
    };
  }
  return policy;
}

export function stackPolicy<C>(control: StackControl<C>): RampartStackPolicy {
  const defaults = defaultsOf(control);
  const readConfig = configReader(configPropertiesOf(control), defaults);
  const anchor = control.types;
  const validate = (args: StackValidationArgs, sdkReport: ReportViolation): void => {
    trackSecrets(); // as in resourcePolicy
    // A stack finding may draw on any resource, so the secrets of all of them are kept out.
    const secrets = () => secretsOfStack(stackModelOf(args.resources));
    const report = redactingReport(sdkReport, secrets);
    const prepared = readConfig(args);
    const ctx: ExceptionContext = { policyName: control.name, description: control.description, prepared, report };
    // Checked before the anchor: a stack policy runs once per stack, so a broken config costs one finding.
    if (prepared.problems.length > 0) return reportConfigProblems(ctx, undefined);
    if (anchor && !args.resources.some((r) => anchor.includes(r.type))) return;
    const model = stackModelOf(args.resources);
    for (const tagged of resourcesTaggedFor(model, control.name)) reportTagProblem(ctx, tagged);
    const judge = new CollectingJudge();
    control.check(model, prepared.config as C, judge);
    const subjectOf = (urn: string | undefined): Subject => {
      if (urn === undefined) return { name: "stack", urn: "" };
      return model.byUrn(urn) ?? { name: nameFromUrn(urn), urn };
    };
    deliver(judge, ctx, subjectOf, redactingNotApplicable(args.notApplicable, secrets), "stack");
  };
  if (anchor && anchor.length === 1) (validate as { __pulumiType?: string }).__pulumiType = anchor[0];
  return {
    ...sdkMeta(control, []),
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
