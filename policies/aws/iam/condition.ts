// A statement's Condition block as a list of tests: { StringEquals: { "aws:SourceVpce": "vpce-1" } }
// is one test, operator StringEquals on key aws:SourceVpce. IAM matches operator and key names
// case-insensitively, so both are kept lower-case, with the ForAnyValue:/ForAllValues: set prefix
// and the IfExists suffix split off the operator (IAM User Guide, "IAM JSON policy elements:
// Condition operators"; "Set operators for multivalued context keys").
import { isUnknown } from "../../lib/unknown";
import { isRecord } from "../../lib/values";
import type { Values } from "./policy-document";

export interface ConditionTest {
  /** The operator, lower-case, without set prefix or IfExists: "stringequals", "ipaddress", "null". */
  readonly operator: string;
  readonly set?: "forallvalues" | "foranyvalue";
  /** IfExists: the test also passes when the request has no such key. */
  readonly ifExists: boolean;
  /** The context key, lower-case: "aws:sourcevpce". */
  readonly key: string;
  /** The values, as text (numbers and booleans too); `unknown` when one is unknown at preview. */
  readonly values: Values;
}

export type Condition =
  | { readonly kind: "absent" }
  | { readonly kind: "unknown" }
  /** `unknown`: an operator's block is unknown at preview, so tests may be missing from the list. */
  | { readonly kind: "parsed"; readonly tests: readonly ConditionTest[]; readonly unknown: boolean };

const OPERATOR = /^(?:(forallvalues|foranyvalue):)?(.+?)(ifexists)?$/;

function valuesOf(value: unknown): Values {
  let unknown = false;
  const items: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    if (isUnknown(item)) unknown = true;
    else if (typeof item === "string") items.push(item);
    else if (typeof item === "number" || typeof item === "boolean") items.push(String(item));
  }
  return { items, unknown };
}

/** Reads a Condition block. Never throws; a block that is not an object holds no test. */
export function readCondition(raw: unknown): Condition {
  if (raw === undefined || raw === null) return { kind: "absent" };
  if (isUnknown(raw)) return { kind: "unknown" };
  if (!isRecord(raw)) return { kind: "parsed", tests: [], unknown: false };
  const tests: ConditionTest[] = [];
  let unknown = false;
  for (const [operatorName, block] of Object.entries(raw)) {
    if (isUnknown(block)) {
      unknown = true;
      continue;
    }
    const parts = OPERATOR.exec(operatorName.trim().toLowerCase());
    if (!parts || !isRecord(block)) continue;
    const [, set, operator, ifExists] = parts;
    for (const [key, value] of Object.entries(block)) {
      tests.push({ operator, set: set as ConditionTest["set"], ifExists: ifExists !== undefined, key: key.trim().toLowerCase(), values: valuesOf(value) });
    }
  }
  return { kind: "parsed", tests, unknown };
}
