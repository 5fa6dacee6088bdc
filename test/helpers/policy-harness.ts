// Runs one policy the way the @pulumi/policy server does (same deserialisation, same
// unknown-checking proxy, same not-applicable mechanism), in-process, for fast unit tests.
// Through the Analyzer protocol instead: rampart/testing (testing/), as the examples test does.
import type { PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import type { RampartPolicy } from "../../policies/lib/control";
import { trackSecrets } from "../../policies/lib/secret-tracking";
import { unknown } from "../../testing/values";
// Called through the module object, as server.js does, so Rampart's secret tracking sees it.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const deserialize = require("@pulumi/policy/deserialize");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { unknownCheckingProxy } = require("@pulumi/policy/proxy");

// As createPolicyPack does before a pack serves: every props object read below is tracked.
trackSecrets();

// The engine's wire forms, from rampart/testing (the in-process harness and the kit send the same).
export { secret } from "../../testing/values";
export const UNKNOWN_STRING = unknown("string");
export const UNKNOWN_NUMBER = unknown("number");
export const UNKNOWN_BOOL = unknown("boolean");
export const UNKNOWN_ARRAY = unknown("array");
export const UNKNOWN_OBJECT = unknown("object");

export interface Outcome {
  violations: { message: string; urn?: string; enforcementLevel?: string; severity?: string }[];
  notApplicable?: string;
  remediated?: Record<string, unknown>;
}

class NotApplicable extends Error {
  constructor(readonly reason?: string) {
    super(reason);
  }
}

function sdkProps(props: Record<string, unknown>): Record<string, unknown> {
  const struct = structproto.Struct.fromJavaScript(props as Record<string, structproto.JavaScriptValue>);
  return unknownCheckingProxy(deserialize.deserializeProperties(struct, false));
}

function collector(outcome: Outcome) {
  return (message: unknown, urn?: string) => {
    if (message !== null && typeof message === "object") {
      const m = message as { message?: string; urn?: string; enforcementLevel?: string; severity?: string };
      outcome.violations.push({ message: m.message ?? "", urn: m.urn, enforcementLevel: m.enforcementLevel, severity: m.severity });
    } else {
      outcome.violations.push({ message: String(message ?? ""), urn });
    }
  };
}

const throwNotApplicable = (reason?: string): never => {
  throw new NotApplicable(reason);
};

export interface ResourceInput {
  type: string;
  name?: string;
  urn?: string;
  props: Record<string, unknown>;
}

export function urnOf(type: string, name: string): string {
  return `urn:pulumi:test::rampart::${type}::${name}`;
}

/** Runs a resource policy's validation (and remediation, when it has one) on one resource. */
export async function runResourcePolicy(policy: RampartPolicy, input: ResourceInput, config: Record<string, unknown> = {}): Promise<Outcome> {
  if (!("validateResource" in policy) || !policy.validateResource) throw new Error(`${policy.name} is not a resource policy`);
  const name = input.name ?? "subject";
  const urn = input.urn ?? urnOf(input.type, name);
  const outcome: Outcome = { violations: [] };
  const args = {
    type: input.type,
    props: sdkProps(input.props),
    urn,
    name,
    opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
    stackTags: new Map<string, string>(),
    isType: () => false,
    asType: () => undefined,
    getConfig: () => ({ ...config }),
    notApplicable: throwNotApplicable,
  } as unknown as ResourceValidationArgs;
  const validations = Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource];
  for (const validate of validations) {
    const pulumiType = (validate as { __pulumiType?: string }).__pulumiType;
    if (pulumiType && pulumiType !== input.type) {
      outcome.notApplicable = `Policy only applies to resources of type '${pulumiType}'`;
      continue;
    }
    try {
      await validate(args, collector(outcome) as never);
    } catch (e) {
      if (e instanceof NotApplicable) outcome.notApplicable = e.reason ?? "";
      else throw e;
    }
  }
  if (policy.remediateResource) {
    const fixed = await policy.remediateResource({ ...args, props: sdkProps(input.props) } as ResourceValidationArgs);
    if (fixed) outcome.remediated = fixed as Record<string, unknown>;
  }
  return outcome;
}

export interface StackInput extends ResourceInput {
  parent?: string;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
}

/** Runs a stack policy over a whole stack, building PolicyResources as the SDK does. */
export async function runStackPolicy(policy: RampartPolicy, inputs: StackInput[], config: Record<string, unknown> = {}): Promise<Outcome> {
  if (!("validateStack" in policy)) throw new Error(`${policy.name} is not a stack policy`);
  const outcome: Outcome = { violations: [] };
  const resources: PolicyResource[] = inputs.map((input, i) => {
    const name = input.name ?? `r${i}`;
    return {
      type: input.type,
      name,
      urn: input.urn ?? urnOf(input.type, name),
      props: sdkProps(input.props),
      opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
      dependencies: [],
      propertyDependencies: {},
      isType: () => false,
      asType: () => undefined,
    } as unknown as PolicyResource;
  });
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  inputs.forEach((input, i) => {
    const r = resources[i] as { parent?: PolicyResource; dependencies: PolicyResource[]; propertyDependencies: Record<string, PolicyResource[]> };
    if (input.parent) r.parent = byUrn.get(input.parent);
    r.dependencies = (input.dependencies ?? []).map((u) => byUrn.get(u)).filter((x): x is PolicyResource => !!x);
    for (const [prop, urns] of Object.entries(input.propertyDependencies ?? {})) {
      r.propertyDependencies[prop] = urns.map((u) => byUrn.get(u)).filter((x): x is PolicyResource => !!x);
    }
  });
  const pulumiType = (policy.validateStack as { __pulumiType?: string }).__pulumiType;
  if (pulumiType && !resources.some((r) => r.type === pulumiType)) {
    outcome.notApplicable = `Policy only applies to resources of type '${pulumiType}'`;
    return outcome;
  }
  const args = { resources, stackTags: new Map(), getConfig: () => ({ ...config }), notApplicable: throwNotApplicable } as unknown as StackValidationArgs;
  try {
    await policy.validateStack(args, collector(outcome) as never);
  } catch (e) {
    if (e instanceof NotApplicable) outcome.notApplicable = e.reason ?? "";
    else throw e;
  }
  // Let the stack model's per-call cache expire, as it would between two AnalyzeStack calls.
  await new Promise((resolve) => setImmediate(resolve));
  return outcome;
}
