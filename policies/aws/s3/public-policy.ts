// Whether a bucket policy is public as S3 Block Public Access defines it (S3 User Guide, "The
// meaning of "public"", data/non-public-policy-conditions.json): an Allow statement for everyone
// (Principal "*", { AWS: "*" } or a NotPrincipal) is public unless a condition limits it to
// fixed values of one of the listed keys. A Deny never makes a policy public. A condition limits
// only when it must hold for the request: a negated operator, IfExists, Null or ForAllValues
// (both true when the key is missing, as it is for anonymous callers) does not.
import { Tri, allOf, not, some } from "../../lib/tri";
import { ConditionTest, readCondition } from "../iam/condition";
import { Statement, parsePolicyDocument } from "../iam/policy-document";
import { namesEveryone } from "../iam/principal";
import { parseCidr } from "../network/cidr";
import table from "./data/non-public-policy-conditions.json";

const LIMITING_KEYS = new Set(table.keys.map((k) => k.toLowerCase()));
const SOURCE_IP = "aws:sourceip";
/** Operators that require the key to equal or match the given values. */
const MATCHING = new Set(["stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike"]);
const BROADEST_PREFIX = { 4: table.sourceIpBroadestPrefix.ipv4, 6: table.sourceIpBroadestPrefix.ipv6 } as const;
/** Every access point of one fixed account: the name may be a wildcard. */
const ACCESS_POINTS_OF_ACCOUNT = /^arn:[a-z-]+:s3:[a-z0-9-]*:\d{12}:accesspoint\/[^*?]*\*?$/i;
/** Every session of one role. */
const ROLE_SESSIONS = /^AROA[A-Z0-9]+:\*$/;

function isFixed(key: string, value: string): boolean {
  if (value.includes("${")) return false;
  if (key === "s3:dataaccesspointarn" && ACCESS_POINTS_OF_ACCOUNT.test(value)) return true;
  if (key === "aws:userid" && ROLE_SESSIONS.test(value)) return true;
  return !/[*?]/.test(value);
}

function isNarrowRange(value: string): boolean {
  const cidr = parseCidr(value);
  return cidr !== undefined && cidr.prefix >= BROADEST_PREFIX[cidr.family];
}

function limits(test: ConditionTest): Tri {
  if (!LIMITING_KEYS.has(test.key) || test.ifExists || test.set === "forallvalues") return "no";
  const sourceIp = test.key === SOURCE_IP;
  if (sourceIp ? test.operator !== "ipaddress" : !MATCHING.has(test.operator)) return "no";
  const { items, unknown } = test.values;
  if (!items.every((v) => (sourceIp ? isNarrowRange(v) : isFixed(test.key, v)))) return "no";
  // An unknown value may be a wildcard.
  if (unknown) return "maybe";
  return items.length > 0 ? "yes" : "no";
}

function conditionLimits(raw: unknown): Tri {
  const condition = readCondition(raw);
  if (condition.kind === "absent") return "no";
  if (condition.kind === "unknown") return "maybe";
  const found = some(condition.tests, limits);
  return found === "no" && condition.unknown ? "maybe" : found;
}

/** Whether one statement makes the policy public: "maybe" when that hangs on a preview unknown. */
export function isPublicStatement(statement: Statement): Tri {
  if (statement.effect === "deny" || statement.effect === undefined) return "no";
  const allows: Tri = statement.effect === "unknown" ? "maybe" : "yes";
  return allOf([allows, namesEveryone(statement), not(conditionLimits(statement.condition))]);
}

export interface PublicPolicyReading {
  readonly public: Tri;
  /** Positions of the statements that surely make it public. */
  readonly statements: readonly number[];
}

/** Reads a bucket policy (a JSON string or an object). A document AWS would reject is not public. */
export function readPublicPolicy(document: unknown): PublicPolicyReading {
  const doc = parsePolicyDocument(document);
  if (doc.kind === "unknown") return { public: "maybe", statements: [] };
  if (doc.kind !== "parsed") return { public: "no", statements: [] };
  const verdicts = doc.statements.map((s) => ({ index: s.index, verdict: isPublicStatement(s) }));
  return {
    public: some(verdicts, (v) => v.verdict),
    statements: verdicts.filter((v) => v.verdict === "yes").map((v) => v.index),
  };
}
