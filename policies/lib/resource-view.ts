// What a policy sees of a resource: its raw properties (unknowns left as sentinels, secrets
// unwrapped by the SDK), and for stack policies its place in the graph. Policies never touch
// the SDK's unknown-checking proxy, so reading an unknown never throws.
import { isRecord } from "./values";

export interface ResourceView {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  readonly props: Record<string, unknown>;
}

export interface StackResource extends ResourceView {
  readonly parent?: string;
  readonly dependencies: readonly string[];
  /** Property name → URNs of the resources whose outputs flowed into it. */
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

// The SDK hands policies a Proxy that throws on unknown values; this key returns its target.
const PROXY_TARGET = "__getSpecialProxyTarget";

/** The plain object behind the SDK's unknown-checking proxy (or the value itself). */
export function unwrapProps(props: unknown): Record<string, unknown> {
  if (!isRecord(props)) return {};
  const target = (props as Record<string, unknown>)[PROXY_TARGET];
  return isRecord(target) ? target : props;
}
