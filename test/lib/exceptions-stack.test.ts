// Exceptions for stack policies: the finding names the offending resource by URN; its tags are
// looked up in the stack model.
import { findingKind, parseSuppressed } from "../../policies/lib/exception-marker";
import { runStackPolicy, urnOf } from "../helpers/policy-harness";
import { THING, TODAY, openThings } from "./test-controls";

const KEY = "rampart:exception:test-open-things";

beforeEach(() => {
  process.env.RAMPART_TODAY = TODAY;
});
afterAll(() => {
  delete process.env.RAMPART_TODAY;
});

test("a config exception suppresses the finding about the matching resource only", async () => {
  const out = await runStackPolicy(
    openThings,
    [
      { type: THING, name: "web-1", props: { open: true } },
      { type: THING, name: "api-1", props: { open: true } },
    ],
    { exceptions: [{ resource: "web-*", reason: "legacy", expires: "2025-07-01" }] },
  );
  const byUrn = new Map(out.violations.map((v) => [v.urn, v]));
  expect(findingKind(byUrn.get(urnOf(THING, "web-1"))?.message)).toBe("suppressed");
  expect(byUrn.get(urnOf(THING, "web-1"))?.enforcementLevel).toBe("advisory");
  expect(byUrn.get(urnOf(THING, "api-1"))?.message).toBe("api-1 is open.");
});

test("a tag on the offending resource, found in the stack model by URN, suppresses its finding", async () => {
  const out = await runStackPolicy(openThings, [{ type: THING, name: "web-1", props: { open: true, tags: { [KEY]: "Pending migration; expires=2025-06-30" } } }]);
  expect(out.violations).toHaveLength(1);
  expect(parseSuppressed(out.violations[0].message)).toMatchObject({ reason: "Pending migration", source: { kind: "tag", key: KEY } });
});

test("a malformed tag anywhere in the stack is a mandatory finding on that resource", async () => {
  const out = await runStackPolicy(openThings, [
    { type: THING, name: "web-1", props: { open: false } },
    { type: "test:index:Other", name: "misc", props: { tags: { [KEY]: "forgot the date" } } },
  ]);
  expect(out.violations).toHaveLength(1);
  expect(out.violations[0].urn).toBe(urnOf("test:index:Other", "misc"));
  expect(out.violations[0].enforcementLevel).toBe("mandatory");
  expect(findingKind(out.violations[0].message)).toBe("tag-problem");
});

test("a stack-wide finding (no URN) is matched as the resource `stack`", async () => {
  const things = [0, 1, 2].map((i) => ({ type: THING, name: `t${i}`, props: { open: false } }));
  const plain = await runStackPolicy(openThings, things);
  expect(plain.violations.map((v) => v.message)).toEqual(["too many things in the stack."]);
  const excepted = await runStackPolicy(openThings, things, { exceptions: [{ resource: "stack", reason: "known", expires: "2025-06-10" }] });
  expect(findingKind(excepted.violations[0].message)).toBe("suppressed");
});

test("with allowTagExceptions false, tags in the stack are not honoured", async () => {
  const out = await runStackPolicy(openThings, [{ type: THING, name: "web-1", props: { open: true, tags: { [KEY]: "r; expires=2025-06-30" } } }], { allowTagExceptions: false });
  expect(out.violations).toHaveLength(1);
  expect(findingKind(out.violations[0].message)).toBe("finding");
  expect(out.violations[0].message).toContain("allowTagExceptions");
});
