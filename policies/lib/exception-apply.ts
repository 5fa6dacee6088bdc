// How a finding reaches the engine once exceptions are taken into account. A matching, unexpired
// exception (config first, then a resource tag when the policy allows them) turns the finding into
// an advisory note carrying the suppression marker; an expired one leaves the finding in force and
// says when it expired. Config problems and malformed tags are mandatory findings of their own.
import type { ReportViolation } from "@pulumi/policy";
import { ExceptionNote, formatConfigProblem, formatExpired, formatSuppressed, formatTagProblem } from "./exception-marker";
import { readTagException } from "./exception-tags";
import type { PreparedConfig } from "./policy-config";

/** The SDK's object form of reportViolation (server.js makeReportViolationFun); its typings only declare the string form. */
interface ViolationObject {
  readonly message: string;
  readonly urn?: string;
  readonly enforcementLevel?: "advisory" | "mandatory";
}

export interface ExceptionContext {
  readonly policyName: string;
  readonly description: string;
  readonly prepared: PreparedConfig;
  readonly report: ReportViolation;
}

/** The resource a finding is about, as far as it is known. */
export interface Subject {
  readonly name: string;
  readonly urn: string;
  readonly props?: Record<string, unknown>;
}

function reportObject(report: ReportViolation, violation: ViolationObject): void {
  (report as unknown as (v: ViolationObject) => void)(violation);
}

/** The resource name at the end of a URN ("urn:pulumi:stack::project::type::name"). */
export function nameFromUrn(urn: string): string {
  const at = urn.lastIndexOf("::");
  return at < 0 ? urn : urn.slice(at + 2);
}

/**
 * Reports one finding about `subject`. `urn` is what the policy passed (undefined: the resource
 * under analysis), kept as-is when no exception is involved so plain findings are unchanged.
 */
export function reportFinding(ctx: ExceptionContext, subject: Subject, message: string, urn: string | undefined): void {
  const { prepared } = ctx;
  // Findings go out in the SDK's object form: the description travels in its own field, once,
  // and the message is the finding's own words (the description only when there are none).
  const original = message || ctx.description;
  let expired: ExceptionNote | undefined;
  for (const ex of prepared.exceptions) {
    if (!ex.matches(subject.name, subject.urn)) continue;
    const note: ExceptionNote = { reason: ex.reason, expires: ex.expires, ...(ex.ticket !== undefined ? { ticket: ex.ticket } : {}), source: { kind: "config", index: ex.index } };
    if (ex.expiresDay >= prepared.today) {
      reportObject(ctx.report, { message: formatSuppressed(note, original), urn: subject.urn, enforcementLevel: "advisory" });
      return;
    }
    expired ??= note;
  }
  let aside = "";
  const tag = subject.props ? readTagException(subject.props, ctx.policyName, prepared.today, prepared.maxExceptionDays) : undefined;
  if (tag && !prepared.allowTagExceptions) {
    aside = ` (the tag ${tag.key} is not honoured: this policy's config sets allowTagExceptions to false)`;
  } else if (tag?.kind === "valid") {
    const note: ExceptionNote = { reason: tag.reason, expires: tag.expires, source: { kind: "tag", key: tag.key } };
    if (tag.expiresDay >= prepared.today) {
      reportObject(ctx.report, { message: formatSuppressed(note, original), urn: subject.urn, enforcementLevel: "advisory" });
      return;
    }
    expired ??= note;
  } else if (tag?.kind === "unknown") {
    aside = ` (the tag ${tag.key} is unknown during preview, so it could not be honoured yet)`;
  }
  // An expired exception leaves the finding at the policy's own level (no enforcementLevel given).
  if (expired) reportObject(ctx.report, { message: formatExpired(expired, original + aside), urn: subject.urn });
  else reportObject(ctx.report, { message: original + aside, ...(urn !== undefined ? { urn } : {}) });
}

/** The mandatory finding that replaces a run with a broken config. */
export function reportConfigProblems(ctx: ExceptionContext, urn: string | undefined): void {
  const text =
    `${ctx.policyName}: the policy's config is invalid, so the policy did not run: ${ctx.prepared.problems.join("; ")}. ` +
    "Fix the policy-pack config (check it with `rampart baseline validate`).";
  reportObject(ctx.report, { message: formatConfigProblem(text), ...(urn !== undefined ? { urn } : {}), enforcementLevel: "mandatory" });
}

/** A mandatory finding for a malformed exception tag on `subject` (none when tags are not honoured). */
export function reportTagProblem(ctx: ExceptionContext, subject: Subject): void {
  if (!ctx.prepared.allowTagExceptions || !subject.props) return;
  const tag = readTagException(subject.props, ctx.policyName, ctx.prepared.today, ctx.prepared.maxExceptionDays);
  if (tag?.kind !== "malformed") return;
  const text = `${subject.name}: the exception tag ${tag.key} is malformed: ${tag.problem}. Fix or remove the tag; until then it grants no exception.`;
  reportObject(ctx.report, { message: formatTagProblem(tag.key, text), urn: subject.urn, enforcementLevel: "mandatory" });
}

/** True when an unexpired exception (config, or an honoured tag) covers `subject`: remediation leaves it alone. */
export function hasActiveException(policyName: string, prepared: PreparedConfig, subject: Subject): boolean {
  if (prepared.exceptions.some((ex) => ex.expiresDay >= prepared.today && ex.matches(subject.name, subject.urn))) return true;
  if (!prepared.allowTagExceptions || !subject.props) return false;
  const tag = readTagException(subject.props, policyName, prepared.today, prepared.maxExceptionDays);
  return tag?.kind === "valid" && tag.expiresDay >= prepared.today;
}
