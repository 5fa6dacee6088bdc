// IAM policy documents in every shape a Pulumi program or a stack may hold them: a JSON string
// or an object (recorded program inputs), `Statement` as one object or a list, Action/Resource
// and their Not- forms as a string or a list, any part possibly unknown during preview.
// Parsed here once, so the identity controls read plain statements.
import { isUnknown } from "../../lib/unknown";
import { isRecord } from "../../lib/values";

/** The strings of one policy element; `unknown` when the element or one of its items is unknown at preview. */
export interface Values {
  readonly items: readonly string[];
  readonly unknown: boolean;
}

export interface Statement {
  /** Position in the document's Statement list (0 when Statement is a single object). */
  readonly index: number;
  /** "allow", "deny", "unknown" (at preview), or undefined when missing or not a string. */
  readonly effect: "allow" | "deny" | "unknown" | undefined;
  readonly action?: Values;
  readonly notAction?: Values;
  readonly resource?: Values;
  readonly notResource?: Values;
  readonly principal?: unknown;
  /** The raw NotPrincipal: with Allow, every principal but those named (resource policies). */
  readonly notPrincipal?: unknown;
  /** The raw Condition block (resource policies judge it: aws:SecureTransport, aws:SourceArn). */
  readonly condition?: unknown;
}

export type PolicyDocument =
  | { readonly kind: "parsed"; readonly statements: readonly Statement[] }
  | { readonly kind: "absent" }
  | { readonly kind: "unknown" }
  /** Not JSON, or not a JSON object: AWS would reject it, so there is nothing to judge. */
  | { readonly kind: "invalid" };

const UNKNOWN_VALUES: Values = { items: [], unknown: true };

export function valuesOf(value: unknown): Values | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return UNKNOWN_VALUES;
  const list = Array.isArray(value) ? value : [value];
  const items: string[] = [];
  let unknown = false;
  for (const item of list) {
    if (isUnknown(item)) unknown = true;
    else if (typeof item === "string") items.push(item);
  }
  return { items, unknown };
}

function effectOf(value: unknown): Statement["effect"] {
  if (isUnknown(value)) return "unknown";
  if (typeof value !== "string") return undefined;
  const effect = value.trim().toLowerCase();
  return effect === "allow" || effect === "deny" ? effect : undefined;
}

function statementOf(raw: unknown, index: number): Statement | undefined {
  if (isUnknown(raw)) {
    return { index, effect: "unknown", action: UNKNOWN_VALUES, resource: UNKNOWN_VALUES };
  }
  if (!isRecord(raw)) return undefined;
  return {
    index,
    effect: effectOf(raw.Effect),
    action: valuesOf(raw.Action),
    notAction: valuesOf(raw.NotAction),
    resource: valuesOf(raw.Resource),
    notResource: valuesOf(raw.NotResource),
    principal: raw.Principal,
    notPrincipal: raw.NotPrincipal,
    condition: raw.Condition,
  };
}

/** Parses a policy document given as a JSON string or an object. Never throws. */
export function parsePolicyDocument(value: unknown): PolicyDocument {
  if (value === undefined || value === null) return { kind: "absent" };
  if (isUnknown(value)) return { kind: "unknown" };
  let doc: unknown = value;
  if (typeof value === "string") {
    if (value.trim() === "") return { kind: "absent" };
    try {
      doc = JSON.parse(value);
    } catch {
      return { kind: "invalid" };
    }
  }
  if (isUnknown(doc)) return { kind: "unknown" };
  if (!isRecord(doc)) return { kind: "invalid" };
  const raw = doc.Statement;
  if (isUnknown(raw)) return { kind: "unknown" };
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  const statements: Statement[] = [];
  list.forEach((item, index) => {
    const statement = statementOf(item, index);
    if (statement) statements.push(statement);
  });
  return { kind: "parsed", statements };
}
