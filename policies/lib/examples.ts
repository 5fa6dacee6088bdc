// Good and bad examples of a policy: its documentation and its tests. Each example is a small
// stack, written as the engine sends it (plain JSON, secrets and preview unknowns in wire form),
// and a table-driven test runs every example of every policy through the Analyzer protocol.

/** One resource of an example stack. */
export interface ExampleResource {
  readonly type: string;
  /** Unique within the example; the resource's URN is built from it. */
  readonly name: string;
  /** Inputs for Analyze; also the outputs for AnalyzeStack unless `outputs` is given. */
  readonly props: Record<string, unknown>;
  /** What AnalyzeStack sees, when it differs from the inputs (ids, ARNs the provider assigns). */
  readonly outputs?: Record<string, unknown>;
  /**
   * The engine's propertyDependencies: for a property, the names of the example's resources its
   * value came from. This is how a preview links resources whose ids are not known yet.
   */
  readonly propertyDependencies?: Record<string, readonly string[]>;
}

export interface Example {
  /** One line: what this stack shows. */
  readonly title: string;
  readonly resources: readonly ExampleResource[];
  /** The policy's config for this example (its defaults otherwise). */
  readonly config?: Record<string, unknown>;
}

export interface BadExample extends Example {
  /** The names of the resources the policy must report (each at least once; no other), or "stack" for a finding on no resource. */
  readonly violations: readonly string[];
  /** Every message of the policy on this example matches it. */
  readonly message?: RegExp;
}

export interface PolicyExamples {
  /** The policy these examples document. */
  readonly policy: string;
  /** Stacks the policy passes: no finding. */
  readonly good: readonly Example[];
  /** Stacks the policy reports. */
  readonly bad: readonly BadExample[];
  /** Stacks whose verdict hangs on a value unknown during preview: no finding, however they resolve. */
  readonly unknown?: readonly Example[];
}

/** Declares a policy's examples (typed; returns them unchanged). */
export function policyExamples(examples: PolicyExamples): PolicyExamples {
  return examples;
}
