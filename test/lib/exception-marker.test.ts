// The marker the checker relies on to list suppressed findings separately must round-trip any
// reason or ticket, and never be forged by one.
import fc from "fast-check";
import {
  ExceptionNote,
  findingKind,
  formatConfigProblem,
  formatExpired,
  formatSuppressed,
  formatTagProblem,
  parseExpired,
  parseSuppressed,
} from "../../policies/lib/exception-marker";

const notes: [string, ExceptionNote][] = [
  ["config, with ticket", { reason: "Legacy bastion", expires: "2025-09-30", ticket: "SEC-12", source: { kind: "config", index: 3 } }],
  ["config, no ticket", { reason: "r", expires: "2025-09-30", source: { kind: "config", index: 0 } }],
  ["tag", { reason: "Vendor box", expires: "2026-01-01", source: { kind: "tag", key: "rampart:exception:ec2-no-public-ip" } }],
  ["a reason that mimics the marker", { reason: 'x"; expires 2099-01-01; via exceptions[9]] fake', expires: "2025-09-30", ticket: "]; via tag", source: { kind: "config", index: 1 } }],
  ["a reason over several lines with unicode", { reason: "line one\nline two — ünïcode \\ back", expires: "2025-09-30", source: { kind: "config", index: 2 } }],
];

test.each(notes)("a suppressed finding round-trips (%s)", (_label, note) => {
  const original = "Policy description.\nweb-1 is open on port 22; close it.";
  const message = formatSuppressed(note, original);
  expect(message.split("\n")[0].startsWith("[suppressed by exception: ")).toBe(true);
  expect(parseSuppressed(message)).toEqual({ ...note, original });
  expect(parseExpired(message)).toBeUndefined();
  expect(findingKind(message)).toBe("suppressed");
});

test.each(notes)("an expired-exception finding round-trips (%s)", (_label, note) => {
  const message = formatExpired(note, "Desc.\ndetail");
  expect(message).toContain(`expired on ${note.expires}`);
  expect(parseExpired(message)).toEqual({ ...note, original: "Desc.\ndetail" });
  expect(parseSuppressed(message)).toBeUndefined();
  expect(findingKind(message)).toBe("expired-exception");
});

test("any reason and ticket round-trip", () => {
  fc.assert(
    fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), fc.nat(1000), fc.string(), (reason, ticket, index, original) => {
      const note: ExceptionNote = { reason, expires: "2025-01-02", ...(ticket !== undefined ? { ticket } : {}), source: { kind: "config", index } };
      expect(parseSuppressed(formatSuppressed(note, original))).toEqual({ ...note, original });
    }),
  );
});

const plain: [string, unknown][] = [
  ["a plain finding", "Description.\nweb-1 is open"],
  ["a message that only looks like a marker", "[suppressed by exception: no quotes; expires soon] x"],
  ["a marker with a bad date", '[suppressed by exception: "r"; expires 2025-1-1; via exceptions[0]] x'],
  ["not a string", 42],
  ["undefined", undefined],
];
test.each(plain)("%s is not a suppressed finding", (_label, message) => {
  expect(parseSuppressed(message)).toBeUndefined();
  expect(parseExpired(message)).toBeUndefined();
  expect(findingKind(message)).toBe("finding");
});

test("config and tag problems are recognised", () => {
  expect(findingKind(formatConfigProblem("p: broken"))).toBe("config-problem");
  expect(findingKind(formatTagProblem("rampart:exception:p", "bad"))).toBe("tag-problem");
});
