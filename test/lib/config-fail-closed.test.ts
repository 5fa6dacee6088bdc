// Fail closed: a policy whose own config is broken reports a mandatory finding naming the problem
// instead of running with it.
import { CONFIG_PROBLEM_PREFIX, findingKind } from "../../policies/lib/exception-marker";
import { runResourcePolicy, runStackPolicy } from "../helpers/policy-harness";
import { THING, TODAY, openThing, openThings } from "./test-controls";

beforeEach(() => {
  process.env.RAMPART_TODAY = TODAY;
});
afterAll(() => {
  delete process.env.RAMPART_TODAY;
});

const exception = (over: Record<string, unknown>) => ({ resource: "web-*", reason: "r", expires: "2025-09-30", ...over });

// [label, config, words the problem must name]
const broken: [string, Record<string, unknown>, string[]][] = [
  ["an expiry beyond maxExceptionDays", { exceptions: [exception({ expires: "2026-06-02" })] }, ["exceptions[0].expires", "maxExceptionDays (365)", "2026-06-01"]],
  ["an expiry beyond a lowered maxExceptionDays", { maxExceptionDays: 30, exceptions: [exception({ expires: "2025-07-15" })] }, ["maxExceptionDays (30)", "2025-07-01"]],
  ["a date that is not a calendar date", { exceptions: [exception({ expires: "2025-02-30" })] }, ["exceptions[0].expires", "calendar date"]],
  ["a date in the wrong form", { exceptions: [exception({ expires: "30/09/2025" })] }, ["exceptions[0].expires", "YYYY-MM-DD"]],
  ["a missing reason", { exceptions: [{ resource: "web-1", expires: "2025-09-30" }] }, ["exceptions[0].reason", "required"]],
  ["a blank reason", { exceptions: [exception({ reason: "   " })] }, ["exceptions[0].reason", "non-empty"]],
  ["a missing expiry", { exceptions: [{ resource: "web-1", reason: "r" }] }, ["exceptions[0].expires", "required"]],
  ["a glob that does not parse", { exceptions: [exception({ resource: "web-[12" })] }, ["exceptions[0].resource", "not a valid glob"]],
  ["an exception that is not an object", { exceptions: ["web-1"] }, ["exceptions[0]", "must be an object, not a string"]],
  ["exceptions that are not a list", { exceptions: { resource: "web-1" } }, ["exceptions", "must be an array, not an object"]],
  ["a misspelt exception field", { exceptions: [{ resource: "web-1", reason: "r", expiry: "2025-09-30" }] }, ["exceptions[0].expiry", "not a known property"]],
  ["an allowlist of the wrong shape", { allowedNames: "web-1" }, ["allowedNames", "must be an array, not a string"]],
  ["an allowlist with a wrong item", { allowedNames: ["web-1", 7] }, ["allowedNames[1]", "must be a string, not a number"]],
  ["a number given as a string", { maxPort: "22" }, ["maxPort", "must be an integer, not a string"]],
  ["a misspelt property", { maxPrt: 22 }, ["maxPrt", "not a known property"]],
  ["allowTagExceptions not a boolean", { allowTagExceptions: "no" }, ["allowTagExceptions", "must be a boolean, not a string"]],
  ["a negative maxExceptionDays", { maxExceptionDays: -1 }, ["maxExceptionDays", ">= 0"]],
];

describe("a resource policy with a broken config", () => {
  test.each(broken)("%s: one mandatory finding naming the problem, and the check does not run", async (_label, config, words) => {
    const out = await runResourcePolicy(openThing, { type: THING, name: "web-1", props: { open: true } }, config);
    expect(out.violations).toHaveLength(1);
    const v = out.violations[0];
    expect(v.enforcementLevel).toBe("mandatory");
    expect(findingKind(v.message)).toBe("config-problem");
    expect(v.message.startsWith(CONFIG_PROBLEM_PREFIX)).toBe(true);
    expect(v.message).toContain("test-open-thing");
    for (const w of words) expect(v.message).toContain(w);
    // The open thing itself was not judged under the broken config.
    expect(v.message).not.toContain("is open on port");
    // Nor remediated.
    expect(out.remediated).toBeUndefined();
  });

  test("the problem is reported on a compliant resource too", async () => {
    const out = await runResourcePolicy(openThing, { type: THING, name: "ok", props: { open: false } }, { maxPort: "x" });
    expect(out.violations.map((v) => findingKind(v.message))).toEqual(["config-problem"]);
  });

  test("an already expired exception is not a config problem: the finding is back in force", async () => {
    const out = await runResourcePolicy(openThing, { type: THING, name: "web-1", props: { open: true } }, { exceptions: [exception({ expires: "2024-12-31" })] });
    expect(out.violations.map((v) => findingKind(v.message))).toEqual(["expired-exception"]);
  });

  test("valid non-default config runs normally", async () => {
    const out = await runResourcePolicy(openThing, { type: THING, name: "web-1", props: { open: true } }, { maxPort: 80, allowedNames: ["api"], maxExceptionDays: 30, allowTagExceptions: false });
    expect(out.violations.map((v) => v.message)).toEqual(["web-1 is open on port 81; close it."]);
  });

  test("the same config object judged many times keeps giving the same answer (cached)", async () => {
    const config = { maxPort: "x" };
    for (let i = 0; i < 3; i++) {
      const out = await runResourcePolicy(openThing, { type: THING, name: `web-${i}`, props: { open: true } }, config);
      expect(out.violations.map((v) => findingKind(v.message))).toEqual(["config-problem"]);
    }
    const fine = await runResourcePolicy(openThing, { type: THING, name: "web-9", props: { open: true } }, {});
    expect(fine.violations.map((v) => findingKind(v.message))).toEqual(["finding"]);
  });

  test("the clock decides: the same exception is valid one day and too far ahead after RAMPART_TODAY moves back", async () => {
    const config = { exceptions: [exception({ expires: "2026-05-01" })] };
    const now = await runResourcePolicy(openThing, { type: THING, name: "web-1", props: { open: true } }, config);
    expect(findingKind(now.violations[0].message)).toBe("suppressed");
    process.env.RAMPART_TODAY = "2025-01-01";
    const earlier = await runResourcePolicy(openThing, { type: THING, name: "web-1", props: { open: true } }, config);
    expect(findingKind(earlier.violations[0].message)).toBe("config-problem");
  });
});

describe("a stack policy with a broken config", () => {
  test("reports once for the stack, even when none of its resources are present", async () => {
    const out = await runStackPolicy(openThings, [{ type: "test:index:Other", props: {} }], { exceptions: [exception({ reason: "" })] });
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0].enforcementLevel).toBe("mandatory");
    expect(out.violations[0].urn).toBeUndefined();
    expect(out.violations[0].message).toContain("exceptions[0].reason");
  });
});
