// Every S3 bucket refuses plain HTTP: its bucket policy has a statement that denies every
// principal (Principal "*") every S3 action ("s3:*") when aws:SecureTransport is false. S3 itself
// accepts HTTP requests; only such a deny makes it refuse them (S3 User Guide, "Security best
// practices for Amazon S3": "enforce encryption of data in transit"; Security Hub S3.5).
// Advisory: without the deny nothing is exposed until a client chooses HTTP (AWS SDKs and the
// console use HTTPS), so it is hardening; baselines/strict.json makes it mandatory. The policy can
// come from an aws.s3.BucketPolicy or the bucket's own (deprecated) `policy`; the statement's
// Resource is not judged, as the bucket's ARN is often unknown until it exists.
import type { Judge } from "../lib/judge";
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { UNKNOWN, Unknown, containsUnknown, isUnknown } from "../lib/unknown";
import { isRecord } from "../lib/values";
import { backReferences } from "../aws/back-references";
import { Statement, parsePolicyDocument } from "../aws/iam/policy-document";
import { BUCKET_TYPES } from "../aws/s3/types";
import { BUCKET_INLINE_PROPS, BUCKET_POLICY_PROPS, WEB_T } from "./types";

type Tri = boolean | Unknown;

function anyOf(results: Tri[]): Tri {
  if (results.includes(true)) return true;
  return results.includes(UNKNOWN) ? UNKNOWN : false;
}

function isEveryone(principal: unknown): Tri {
  if (isUnknown(principal)) return UNKNOWN;
  if (principal === "*") return true;
  if (!isRecord(principal)) return false;
  const aws = principal.AWS;
  if (isUnknown(aws)) return UNKNOWN;
  const list = Array.isArray(aws) ? aws : [aws];
  return anyOf(list.map((p) => (isUnknown(p) ? UNKNOWN : p === "*")));
}

function coversAllS3Actions(statement: Statement): Tri {
  const actions = statement.action;
  if (!actions) return false;
  if (actions.items.some((a) => ["s3:*", "*"].includes(a.trim().toLowerCase()))) return true;
  return actions.unknown ? UNKNOWN : false;
}

/** Condition { Bool (or BoolIfExists): { "aws:SecureTransport": "false" } }, keys matched case-insensitively. */
function deniesInsecureTransport(condition: unknown): Tri {
  if (isUnknown(condition)) return UNKNOWN;
  if (!isRecord(condition)) return false;
  const results: Tri[] = [];
  for (const [operator, block] of Object.entries(condition)) {
    if (!/^bool(ifexists)?$/i.test(operator)) continue;
    if (isUnknown(block)) {
      results.push(UNKNOWN);
      continue;
    }
    if (!isRecord(block)) continue;
    for (const [key, value] of Object.entries(block)) {
      if (key.toLowerCase() !== "aws:securetransport") continue;
      const values = Array.isArray(value) ? value : [value];
      results.push(anyOf(values.map((v) => (isUnknown(v) ? UNKNOWN : v === false || (typeof v === "string" && v.trim().toLowerCase() === "false")))));
    }
  }
  if (results.length === 0 && containsUnknown(condition)) return UNKNOWN;
  return anyOf(results);
}

function isTlsOnlyDeny(statement: Statement): Tri {
  if (statement.effect === "unknown") return UNKNOWN;
  if (statement.effect !== "deny") return false;
  const parts = [isEveryone(statement.principal), coversAllS3Actions(statement), deniesInsecureTransport(statement.condition)];
  if (parts.includes(false)) return false;
  return parts.includes(UNKNOWN) ? UNKNOWN : true;
}

/** Whether one policy document denies plain HTTP; UNKNOWN when that hangs on a preview unknown. */
function documentDeniesHttp(value: unknown): Tri {
  const doc = parsePolicyDocument(value);
  if (doc.kind === "unknown") return UNKNOWN;
  if (doc.kind !== "parsed") return false;
  return anyOf(doc.statements.map(isTlsOnlyDeny));
}

function judgeBucket(bucket: StackResource, policies: readonly StackResource[], unresolved: number, judge: Judge): void {
  const documents = [bucket.props[BUCKET_INLINE_PROPS.policy], ...policies.map((p) => p.props[BUCKET_POLICY_PROPS.policy])];
  const verdict = anyOf(documents.map(documentDeniesHttp));
  if (verdict === true) return;
  if (verdict === UNKNOWN) return judge.unknown(`the bucket policy of ${bucket.name}`);
  if (unresolved > 0) return judge.unknown(`the bucket that ${unresolved} BucketPolicy resource(s) apply to`);
  const what = policies.length === 0 && bucket.props[BUCKET_INLINE_PROPS.policy] === undefined ? "has no bucket policy" : "has a bucket policy without such a statement";
  judge.violation(
    `S3 bucket "${bucket.name}" accepts plain HTTP: it ${what} denying every principal s3:* when aws:SecureTransport is false. Add that Deny statement to its aws.s3.BucketPolicy.`,
    bucket.urn,
  );
}

export const s3DenyInsecureTransport = stackPolicy<Record<string, never>>({
  name: "s3-deny-insecure-transport",
  description:
    "Every S3 bucket's policy denies plain HTTP: a statement with Effect Deny, Principal \"*\", Action \"s3:*\" and Condition Bool aws:SecureTransport false.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["S3.5"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    "Add to the bucket's aws.s3.BucketPolicy: { Sid: \"DenyInsecureTransport\", Effect: \"Deny\", Principal: \"*\", Action: \"s3:*\", Resource: [bucket.arn, `${bucket.arn}/*`], Condition: { Bool: { \"aws:SecureTransport\": \"false\" } } } (the reference HardenedBucket always adds it).",
  types: [...BUCKET_TYPES],
  check(stack, _config, judge) {
    const policies = backReferences(stack, stack.ofType(WEB_T.bucketPolicy), BUCKET_POLICY_PROPS.bucket, BUCKET_TYPES);
    for (const bucket of stack.ofType(...BUCKET_TYPES)) judgeBucket(bucket, policies.of(bucket), policies.unresolved, judge);
  },
});
