// Malformed baselines: each is rejected with an error naming the file and the JSON path, and a
// reason a person can act on. Today is pinned so expiry checks are reproducible.
import * as path from "path";
import { policies } from "../../policies/all";
import { formatProblem, hasErrors, validateBaselineFile } from "../../cli/baseline/validate";

const BAD = path.join(__dirname, "..", "fixtures", "baselines", "bad");
const TODAY = "2025-06-01";

// [fixture, JSON pointer of the error, words its message must contain]
const cases: [string, string, string[]][] = [
  ["typo-policy-name", "/ec2-imdsv2-requird", ["unknown policy", 'did you mean "ec2-imdsv2-required"']],
  ["bad-level", "/ec2-imdsv2-required", ['"mandatry" is not an enforcement level', 'did you mean "mandatory"']],
  ["bad-level-in-object", "/ec2-imdsv2-required/enforcementLevel", ['"blocking" is not an enforcement level', "advisory, mandatory, remediate, disabled"]],
  ["object-where-a-level-belongs", "/ec2-imdsv2-required/enforcementLevel", ["must be an enforcement level string", "not an object"]],
  ["all-with-properties", "/all/allowTagExceptions", ['"all" only sets the enforcement level']],
  ["number-as-level", "/ec2-imdsv2-required", ["must be an enforcement level", "not a number"]],
  ["array-as-level", "/all", ["must be an enforcement level", "not an array"]],
  ["wrong-type-boolean", "/ec2-imdsv2-required/allowTagExceptions", ["must be a boolean, not a string"]],
  ["wrong-type-integer", "/ec2-imdsv2-required/maxExceptionDays", ["must be an integer, not a string"]],
  ["wrong-type-allowlist", "/ec2-approved-images/allowedAmis", ["must be an array, not a string"]],
  ["unknown-property", "/ec2-imdsv2-required/alowTagExceptions", ["not a known property", 'did you mean "allowTagExceptions"']],
  ["missing-reason", "/ec2-imdsv2-required/exceptions/0/reason", ["required"]],
  ["empty-reason", "/ec2-imdsv2-required/exceptions/0/reason", ["non-empty reason"]],
  ["missing-expiry", "/ec2-imdsv2-required/exceptions/0/expires", ["required"]],
  ["expiry-too-far", "/ec2-imdsv2-required/exceptions/0/expires", ["more than maxExceptionDays (365)", "latest allowed expiry is 2026-06-01"]],
  ["expiry-beyond-lowered-max", "/ec2-imdsv2-required/exceptions/0/expires", ["maxExceptionDays (30)", "2025-07-01"]],
  ["bad-date", "/ec2-imdsv2-required/exceptions/0/expires", ["not a calendar date"]],
  ["bad-date-format", "/ec2-imdsv2-required/exceptions/0/expires", ["YYYY-MM-DD"]],
  ["bad-glob", "/ec2-imdsv2-required/exceptions/0/resource", ["not a valid glob"]],
  ["exception-field-typo", "/ec2-imdsv2-required/exceptions/0/expiry", ["not a known property", 'did you mean "expires"']],
  ["exceptions-not-a-list", "/ec2-imdsv2-required/exceptions", ["must be an array, not an object"]],
  ["top-level-array", "", ["must be an object mapping policy names", "not an array"]],
  ["not-json-trailing-comma", "", ["not valid JSON", "line 3, column 1"]],
  ["not-json-yaml", "", ["not valid JSON", "line 1, column 1"]],
];

test("there are at least 15 malformed baselines", () => {
  expect(cases.length).toBeGreaterThanOrEqual(15);
});

test.each(cases)("%s is rejected at %p", (fixture, pointer, words) => {
  const file = path.join(BAD, `${fixture}.json`);
  const problems = validateBaselineFile(file, policies, { today: TODAY });
  expect(hasErrors(problems)).toBe(true);
  const hit = problems.find((p) => p.severity === "error" && p.path === pointer && words.every((w) => p.message.includes(w)));
  if (!hit) throw new Error(`no error at ${JSON.stringify(pointer)} with ${JSON.stringify(words)}; got:\n${problems.map(formatProblem).join("\n")}`);
  expect(hit.file).toBe(file);
  const printed = formatProblem(hit);
  expect(printed.startsWith(`${file}: ${pointer === "" ? "(root)" : pointer}: `)).toBe(true);
  // Every problem points at a line of the file (a missing property at its enclosing object).
  expect(hit.line).toBeGreaterThanOrEqual(1);
});

test("a missing file is an error of its own", () => {
  const problems = validateBaselineFile(path.join(BAD, "does-not-exist.json"), policies);
  expect(problems).toEqual([expect.objectContaining({ severity: "error", message: "cannot read the file: no such file" })]);
});
