// A pack using the SDK's string form of reportViolation (third-party packs; Rampart's own use the
// object form) sends "description\nmessage" as the message, and an exception marker keeps that
// text after itself. Reports carry the description once, so a finding's message is reduced to
// its own words, any marker kept in front (the checker parses it).
import { formatExpired, formatSuppressed, parseExpired, parseSuppressed } from "../../policies/lib/exception-marker";

function withoutDescription(message: string, description: string): string {
  if (description && message.startsWith(`${description}\n`)) return message.slice(description.length + 1);
  return description && message === description ? "" : message;
}

export function ownMessage(message: string, description: string): string {
  const suppressed = parseSuppressed(message);
  if (suppressed) return formatSuppressed(suppressed, withoutDescription(suppressed.original, description));
  const expired = parseExpired(message);
  if (expired) return formatExpired(expired, withoutDescription(expired.original, description));
  return withoutDescription(message, description);
}
