// Builds the fixed inputs a remediation returns: a copy of the resource's inputs with a few
// leaves changed. It copies the SDK's raw inputs, where secrets are still wrapped, and rewraps
// anything it rebuilds inside a secret, so remediating one flag never turns a secret (userData,
// say) into plain text.
import type { Secret as SecretClass } from "@pulumi/policy";
import { unwrapProps } from "../lib/resource-view";
import { isRecord } from "../lib/values";

// Loaded on first use: only remediation needs the SDK's Secret class, and loading @pulumi/policy
// at import would make every tool that reads the policies' metadata load @pulumi/pulumi.
let secretClass: typeof SecretClass | undefined;
function Secret(): typeof SecretClass {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return (secretClass ??= (require("@pulumi/policy") as typeof import("@pulumi/policy")).Secret);
}

export interface Fix {
  /** Property path from the top of the inputs, e.g. ["metadataOptions", "httpTokens"]. */
  readonly path: readonly (string | number)[];
  readonly value: unknown;
}

function setPath(node: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const S = Secret();
  if (node instanceof S) return new S(setPath(node.value, path, value));
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (typeof key === "number") {
    const list = Array.isArray(node) ? [...node] : [];
    list[key] = setPath(list[key], rest, value);
    return list;
  }
  const record: Record<string, unknown> = isRecord(node) ? { ...node } : {};
  record[key] = setPath(record[key], rest, value);
  return record;
}

/** The inputs with every fix applied; the original object is left untouched. */
export function withFixes(props: Record<string, unknown>, fixes: readonly Fix[]): Record<string, unknown> {
  let out: unknown = { ...unwrapProps(props) };
  for (const fix of fixes) out = setPath(out, fix.path, fix.value);
  return out as Record<string, unknown>;
}
