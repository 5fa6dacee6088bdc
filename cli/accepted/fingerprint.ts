// What identifies a finding across runs, beside its pack, policy and URN: a hash of its message,
// normalised so that an unchanged finding keeps its fingerprint while a different one (another
// port, another statement) gets a new one.
import { createHash } from "crypto";
import { parseExpired } from "../../policies/lib/exception-marker";

/** Hex digits kept of the SHA-256: 64 bits, distinct enough among one resource's findings of one policy. */
const FINGERPRINT_LENGTH = 16;

/** Longest message kept in an accepted-findings entry, for reviewers. */
const SUMMARY_LENGTH = 200;

/**
 * The message a fingerprint is taken of: the finding beneath an "exception expired" marker (the
 * exception's history is not what was found), list positions such as `ingress[2]` written `[]`
 * (a rule moving in its list is the same rule) and white space collapsed.
 */
export function normaliseMessage(message: string): string {
  const expired = parseExpired(message);
  const text = expired ? expired.original : message;
  return text
    .replace(/\[\d+\]/g, "[]")
    .replace(/\s+/g, " ")
    .trim();
}

/** The fingerprint of a finding's message: 16 lowercase hex digits. */
export function fingerprintOf(message: string): string {
  return createHash("sha256").update(normaliseMessage(message)).digest("hex").slice(0, FINGERPRINT_LENGTH);
}

export const FINGERPRINT_PATTERN = `^[0-9a-f]{${FINGERPRINT_LENGTH}}$`;

/** The end of a message's first sentence (a full stop before a space, not in "e.g." or "i.e."). */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e))\.(?=\s)/;

/**
 * The message as an entry shows it: its first sentence (what was found; the fix follows it),
 * white space collapsed, at most 200 characters. Messages are already redacted (a secret reads
 * `[secret]`), so this is safe to commit.
 */
export function summaryOf(message: string): string {
  const expired = parseExpired(message);
  const text = (expired ? expired.original : message).trim().split("\n")[0].replace(/\s+/g, " ");
  const end = SENTENCE_END.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  return sentence.length > SUMMARY_LENGTH ? `${sentence.slice(0, SUMMARY_LENGTH - 1)}…` : sentence;
}
