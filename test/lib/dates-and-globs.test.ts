import { dayOf, isoOfDay, today } from "../../policies/lib/dates";
import { compileResourcePattern } from "../../policies/lib/exception-glob";
import { checkExceptionList, maxDaysOf } from "../../policies/lib/exception-list";

describe("dates", () => {
  const valid = ["2024-02-29", "2025-01-01", "1999-12-31", "2025-06-30"];
  const invalid: unknown[] = ["2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-6-1", "2025-06-01T00:00:00Z", " 2025-06-01", "", 20250601, null, undefined, {}];
  test.each(valid)("%s is a calendar date and round-trips", (text) => {
    const day = dayOf(text);
    expect(day).toBeDefined();
    expect(isoOfDay(day as number)).toBe(text);
  });
  test.each(invalid)("%p is not a calendar date", (text) => {
    expect(dayOf(text)).toBeUndefined();
  });
  test("days are consecutive integers", () => {
    expect((dayOf("2025-03-01") as number) - (dayOf("2025-02-28") as number)).toBe(1);
    expect((dayOf("2025-01-01") as number) - (dayOf("2024-01-01") as number)).toBe(366);
  });
  test("RAMPART_TODAY pins today; an invalid value falls back to the clock", () => {
    process.env.RAMPART_TODAY = "2030-04-05";
    expect(isoOfDay(today())).toBe("2030-04-05");
    process.env.RAMPART_TODAY = "tomorrow";
    expect(isoOfDay(today())).toBe(new Date().toISOString().slice(0, 10));
    delete process.env.RAMPART_TODAY;
    expect(isoOfDay(today())).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe("resource patterns", () => {
  const urn = "urn:pulumi:prod::shop::aws:ec2/securityGroup:SecurityGroup::web-sg";
  const cases: [string, boolean][] = [
    ["web-sg", true],
    ["web-*", true],
    ["*", true],
    ["*-sg", true],
    ["web", false],
    ["api-*", false],
    [urn, true],
    ["urn:pulumi:prod::shop::*::web-*", true],
    ["urn:pulumi:staging::shop::*::web-*", false],
    ["*securityGroup*", true],
    ["urn:pulumi:prod::shop::aws:ec2/securityGroup:SecurityGroup::*", true],
    ["{web,api}-sg", true],
    ["web-s?", true],
  ];
  test.each(cases)("%s matches web-sg: %p", (pattern, expected) => {
    const compiled = compileResourcePattern(pattern);
    if ("error" in compiled) throw new Error(compiled.error);
    expect(compiled.matcher("web-sg", urn)).toBe(expected);
  });
  test.each(["web-[", "a{b", "(x", "", "   "])("%p is rejected with a reason", (pattern) => {
    const compiled = compileResourcePattern(pattern);
    expect("error" in compiled && compiled.error.length > 0).toBe(true);
  });
});

describe("exception lists", () => {
  const todayDay = dayOf("2025-06-01") as number;
  test("odd input never throws and yields nothing", () => {
    for (const list of [undefined, null, 3, "x", {}, [null, 1, "x", [], { resource: 1, reason: 2, expires: 3 }]]) {
      expect(checkExceptionList(list, todayDay, 365).exceptions).toEqual([]);
    }
  });
  test("sound entries compile; expired ones are warnings, too-far ones errors", () => {
    const { exceptions, issues } = checkExceptionList(
      [
        { resource: "a", reason: "r", expires: "2025-07-01" },
        { resource: "b", reason: "r", expires: "2025-05-01" },
        { resource: "c", reason: "r", expires: "2027-01-01" },
      ],
      todayDay,
      365,
    );
    expect(exceptions.map((e) => e.index)).toEqual([0, 1]);
    expect(issues.map((i) => [i.path.join("/"), i.severity])).toEqual([
      ["exceptions/1/expires", "warning"],
      ["exceptions/2/expires", "error"],
    ]);
  });
  test("maxExceptionDays falls back to 365 unless it is a non-negative integer", () => {
    expect([maxDaysOf(30), maxDaysOf(0), maxDaysOf(-1), maxDaysOf(1.5), maxDaysOf("30"), maxDaysOf(undefined)]).toEqual([30, 0, 365, 365, 365, 365]);
  });
});
