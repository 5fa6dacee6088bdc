// Everything a policy says passes through here on its way out, so no finding, exception note,
// tag or config problem, or not-applicable reason prints a value that arrived as a secret. The
// exception markers (lib/exception-marker) are kept intact: the checker parses them, and a
// secret "0" must not turn "via exceptions[0]" into something no parser recognises.
import type { ReportViolation } from "@pulumi/policy";
import { CONFIG_PROBLEM_PREFIX, TAG_PROBLEM_PREFIX, formatExpired, formatSuppressed, parseExpired, parseSuppressed } from "./exception-marker";
import { redactSecrets } from "./secret-values";

type Secrets = readonly string[];

/** A finding's message with its secrets redacted, its exception marker (if any) left parseable. */
export function redactMessage(message: string, secrets: Secrets): string {
  const whole = redactSecrets(message, secrets);
  if (whole === message) return message;
  const r = (text: string) => redactSecrets(text, secrets);
  const suppressed = parseSuppressed(message);
  if (suppressed) return formatSuppressed({ ...suppressed, reason: r(suppressed.reason), ticket: suppressed.ticket && r(suppressed.ticket) }, r(suppressed.original));
  const expired = parseExpired(message);
  if (expired) return formatExpired({ ...expired, reason: r(expired.reason), ticket: expired.ticket && r(expired.ticket) }, r(expired.original));
  if (message.startsWith(CONFIG_PROBLEM_PREFIX)) return CONFIG_PROBLEM_PREFIX + r(message.slice(CONFIG_PROBLEM_PREFIX.length));
  if (message.startsWith(TAG_PROBLEM_PREFIX)) {
    const end = message.indexOf("] ", TAG_PROBLEM_PREFIX.length);
    if (end >= 0) return message.slice(0, end + 2) + r(message.slice(end + 2));
  }
  return whole;
}

/**
 * The SDK's report function, redacting both of its forms: a string, and an object
 * ({ message, urn, ... }). `secretsOf` is asked only when something is reported.
 */
export function redactingReport(report: ReportViolation, secretsOf: () => Secrets): ReportViolation {
  const send = report as unknown as (violation: unknown, urn?: string) => void;
  return ((violation: unknown, urn?: string) => {
    if (typeof violation === "string") return send(redactMessage(violation, secretsOf()), urn);
    if (violation === null || typeof violation !== "object") return send(violation, urn);
    const v = { ...(violation as Record<string, unknown>) };
    if (typeof v.message === "string") v.message = redactMessage(v.message, secretsOf());
    if (typeof v.description === "string") v.description = redactSecrets(v.description, secretsOf());
    return send(v, urn);
  }) as ReportViolation;
}

/** The SDK's notApplicable, redacting the reason. */
export function redactingNotApplicable(notApplicable: (reason?: string) => never, secretsOf: () => Secrets): (reason?: string) => never {
  return (reason?: string) => notApplicable(reason === undefined ? undefined : redactSecrets(reason, secretsOf()));
}
