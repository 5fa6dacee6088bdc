// Exceptions at the policy level: a tiny resource control run exactly as the SDK runs it.
import { parseExpired, parseSuppressed } from "../../policies/lib/exception-marker";
import { runResourcePolicy, urnOf, UNKNOWN_STRING } from "../helpers/policy-harness";
import { THING, TODAY, openThing } from "./test-controls";

// Findings go out in the SDK's object form: the note keeps the finding's own words, not the description.
const PLAIN = "web-1 is open on port 1025; close it.";
const open = (name = "web-1", tags?: Record<string, unknown>) => ({ type: THING, name, props: { open: true, ...(tags ? { tags } : {}) } });

beforeEach(() => {
  process.env.RAMPART_TODAY = TODAY;
});
afterAll(() => {
  delete process.env.RAMPART_TODAY;
});

describe("config exceptions", () => {
  test("without an exception the finding is reported as the policy would", async () => {
    const out = await runResourcePolicy(openThing, open());
    expect(out.violations).toEqual([{ message: "web-1 is open on port 1025; close it.", urn: undefined }]);
  });

  const matching: [string, string][] = [
    ["a glob on the name", "web-*"],
    ["the exact name", "web-1"],
    ["the exact URN", urnOf(THING, "web-1")],
    ["a URN glob whose * spans the type token's slash", "urn:pulumi:test::rampart::*::web-?"],
    ["a brace glob", "{api,web}-1"],
  ];
  test.each(matching)("an unexpired exception on %s turns the finding into an advisory note", async (_label, resource) => {
    const config = { exceptions: [{ resource, reason: "Legacy box; migrating]", expires: "2025-09-30", ticket: "SEC-12" }] };
    const out = await runResourcePolicy(openThing, open(), config);
    expect(out.violations).toHaveLength(1);
    const v = out.violations[0];
    expect(v.enforcementLevel).toBe("advisory");
    expect(v.urn).toBe(urnOf(THING, "web-1"));
    expect(parseSuppressed(v.message)).toEqual({
      reason: "Legacy box; migrating]",
      expires: "2025-09-30",
      ticket: "SEC-12",
      source: { kind: "config", index: 0 },
      original: PLAIN,
    });
  });

  const notMatching: [string, string][] = [
    ["another name", "api-*"],
    ["a glob that needs the whole name", "web"],
    ["another URN", urnOf(THING, "web-2")],
  ];
  test.each(notMatching)("an exception on %s leaves the finding in force", async (_label, resource) => {
    const out = await runResourcePolicy(openThing, open(), { exceptions: [{ resource, reason: "r", expires: "2025-09-30" }] });
    expect(out.violations.map((v) => v.message)).toEqual(["web-1 is open on port 1025; close it."]);
    expect(out.violations[0].enforcementLevel).toBeUndefined();
  });

  test("an exception expiring today still holds", async () => {
    const out = await runResourcePolicy(openThing, open(), { exceptions: [{ resource: "web-1", reason: "r", expires: TODAY }] });
    expect(parseSuppressed(out.violations[0].message)?.expires).toBe(TODAY);
  });

  test("an expired exception is ignored and the finding, at the policy's level, says when it expired", async () => {
    const out = await runResourcePolicy(openThing, open(), { exceptions: [{ resource: "web-*", reason: "old", expires: "2025-05-31" }] });
    expect(out.violations).toHaveLength(1);
    const v = out.violations[0];
    expect(v.enforcementLevel).toBeUndefined();
    expect(v.message).toContain("expired on 2025-05-31");
    expect(parseExpired(v.message)).toMatchObject({ reason: "old", expires: "2025-05-31", original: PLAIN });
    expect(parseSuppressed(v.message)).toBeUndefined();
  });

  test("an unexpired exception wins over an expired one listed first", async () => {
    const exceptions = [
      { resource: "web-*", reason: "old", expires: "2025-01-01" },
      { resource: "web-1", reason: "renewed", expires: "2025-12-01" },
    ];
    const out = await runResourcePolicy(openThing, open(), { exceptions });
    expect(parseSuppressed(out.violations[0].message)).toMatchObject({ reason: "renewed", source: { kind: "config", index: 1 } });
  });

  test("a compliant resource with an exception reports nothing", async () => {
    const out = await runResourcePolicy(openThing, { type: THING, name: "web-1", props: { open: false } }, { exceptions: [{ resource: "web-1", reason: "r", expires: "2025-09-30" }] });
    expect(out.violations).toEqual([]);
  });

  test("remediation leaves a resource covered by an exception alone, and fixes one that is not", async () => {
    const covered = await runResourcePolicy(openThing, open(), { exceptions: [{ resource: "web-1", reason: "r", expires: "2025-09-30" }] });
    expect(covered.remediated).toBeUndefined();
    const expired = await runResourcePolicy(openThing, open(), { exceptions: [{ resource: "web-1", reason: "r", expires: "2025-01-01" }] });
    expect(expired.remediated).toEqual({ open: false });
  });
});

describe("tag exceptions", () => {
  const KEY = "rampart:exception:test-open-thing";

  test("a well-formed, unexpired tag suppresses the finding and names the tag", async () => {
    const out = await runResourcePolicy(openThing, open("web-1", { [KEY]: "Vendor appliance; expires=2025-08-01", Name: "x" }));
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].enforcementLevel).toBe("advisory");
    expect(parseSuppressed(out.violations[0].message)).toEqual({ reason: "Vendor appliance", expires: "2025-08-01", source: { kind: "tag", key: KEY }, original: PLAIN });
  });

  test("a tag for another policy does not apply", async () => {
    const out = await runResourcePolicy(openThing, open("web-1", { "rampart:exception:other-policy": "x; expires=2025-08-01" }));
    expect(out.violations.map((v) => v.enforcementLevel)).toEqual([undefined]);
  });

  test("an expired tag leaves the finding in force and says when it expired", async () => {
    const out = await runResourcePolicy(openThing, open("web-1", { [KEY]: "Vendor appliance; expires=2025-01-31" }));
    expect(out.violations).toHaveLength(1);
    expect(parseExpired(out.violations[0].message)).toMatchObject({ expires: "2025-01-31", source: { kind: "tag", key: KEY } });
  });

  const malformed: [string, unknown, string][] = [
    ["no expiry", "Vendor appliance", "expires="],
    ["no reason", "; expires=2025-08-01", "reason"],
    ["a date that is not a calendar date", "r; expires=2025-02-30", "calendar date"],
    ["an expiry too far ahead", "r; expires=2027-01-01", "maxExceptionDays (365)"],
    ["a value that is not a string", 42, "must be a string"],
  ];
  test.each(malformed)("a tag with %s is a mandatory finding of its own, and the finding stays in force", async (_label, value, words) => {
    const out = await runResourcePolicy(openThing, open("web-1", { [KEY]: value }));
    const tagProblems = out.violations.filter((v) => v.message.startsWith("[invalid exception tag"));
    expect(tagProblems).toHaveLength(1);
    expect(tagProblems[0].enforcementLevel).toBe("mandatory");
    expect(tagProblems[0].message).toContain(KEY);
    expect(tagProblems[0].message).toContain(words);
    const rest = out.violations.filter((v) => !v.message.startsWith("[invalid exception tag"));
    expect(rest.map((v) => v.message)).toEqual(["web-1 is open on port 1025; close it."]);
  });

  test("a malformed tag on a compliant resource is still a finding, not a silent pass", async () => {
    const out = await runResourcePolicy(openThing, { type: THING, name: "ok", props: { open: false, tags: { [KEY]: "no expiry here" } } });
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].enforcementLevel).toBe("mandatory");
  });

  test("with allowTagExceptions false a tag is not honoured, the finding says so, and a malformed tag is inert", async () => {
    const good = await runResourcePolicy(openThing, open("web-1", { [KEY]: "r; expires=2025-08-01" }), { allowTagExceptions: false });
    expect(good.violations).toHaveLength(1);
    expect(good.violations[0].enforcementLevel).toBeUndefined();
    expect(good.violations[0].message).toContain("allowTagExceptions");
    const bad = await runResourcePolicy(openThing, { type: THING, name: "ok", props: { open: false, tags: { [KEY]: "junk" } } }, { allowTagExceptions: false });
    expect(bad.violations).toEqual([]);
  });

  test("a tag unknown during preview is not honoured yet and the finding says so", async () => {
    const out = await runResourcePolicy(openThing, open("web-1", { [KEY]: UNKNOWN_STRING }));
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].message).toContain("unknown during preview");
  });

  test("tags that are unknown as a whole, or odd, never throw", async () => {
    for (const tags of [UNKNOWN_STRING, null, "a string", [1, 2]]) {
      const out = await runResourcePolicy(openThing, { type: THING, name: "web-1", props: { open: true, tags } });
      expect(out.violations.map((v) => v.message)).toEqual(["web-1 is open on port 1025; close it."]);
    }
  });

  test("a config exception is preferred to a tag", async () => {
    const out = await runResourcePolicy(openThing, open("web-1", { [KEY]: "tag reason; expires=2025-08-01" }), { exceptions: [{ resource: "web-1", reason: "config reason", expires: "2025-07-01" }] });
    expect(parseSuppressed(out.violations[0].message)?.reason).toBe("config reason");
  });

  test("remediation leaves a resource with an honoured tag alone", async () => {
    const out = await runResourcePolicy(openThing, open("web-1", { [KEY]: "r; expires=2025-08-01" }));
    expect(out.remediated).toBeUndefined();
  });
});

test("a tag in list form (auto scaling groups: { key, value }) is read too", async () => {
  process.env.RAMPART_TODAY = TODAY;
  const tags = [
    { key: "Name", value: "web", propagateAtLaunch: true },
    { key: "rampart:exception:test-open-thing", value: "Scaling test; expires=2025-07-01", propagateAtLaunch: false },
  ];
  const out = await runResourcePolicy(openThing, { type: THING, name: "web-1", props: { open: true, tags } });
  expect(parseSuppressed(out.violations[0].message)).toMatchObject({ reason: "Scaling test", source: { kind: "tag" } });
});
