// An exception that has already expired: the validator warns (it is not an error, the baseline
// still works) and the policy's finding is back in force at its own level.
import * as fs from "fs";
import * as path from "path";
import { hasErrors, validateBaselineFile, validateBaselineText } from "../../cli/baseline/validate";
import { policies } from "../../policies/all";
import { findingKind, parseExpired } from "../../policies/lib/exception-marker";
import { runResourcePolicy } from "../helpers/policy-harness";
import { openThing, THING } from "../lib/test-controls";

const TODAY = "2025-06-01";
const FIXTURE = path.join(__dirname, "..", "fixtures", "baselines", "good", "expired-exception.json");

beforeEach(() => {
  process.env.RAMPART_TODAY = TODAY;
});
afterAll(() => {
  delete process.env.RAMPART_TODAY;
});

test("the validator warns that the exception expired and its finding is back in force, without failing the baseline", () => {
  const problems = validateBaselineFile(FIXTURE, policies, { today: TODAY });
  expect(hasErrors(problems)).toBe(false);
  expect(problems).toEqual([
    expect.objectContaining({
      severity: "warning",
      path: "/ec2-imdsv2-required/exceptions/0/expires",
      message: "the exception expired on 2025-05-31: its finding is back in force",
    }),
  ]);
});

test("the same baseline entry, given to the policy, leaves the finding in force and says when the exception expired", async () => {
  const doc = { "test-open-thing": { enforcementLevel: "mandatory", exceptions: [{ resource: "legacy-*", reason: "Old waiver", expires: "2025-05-31" }] } };
  const problems = validateBaselineText(JSON.stringify(doc), "inline.json", [openThing], { today: TODAY });
  expect(problems.map((p) => p.severity)).toEqual(["warning"]);
  const { enforcementLevel: _level, ...config } = doc["test-open-thing"];
  const out = await runResourcePolicy(openThing, { type: THING, name: "legacy-1", props: { open: true } }, config);
  expect(out.violations).toHaveLength(1);
  expect(out.violations[0].enforcementLevel).toBeUndefined(); // the policy's own level
  expect(parseExpired(out.violations[0].message)).toMatchObject({ reason: "Old waiver", expires: "2025-05-31" });
});

test("with a real policy (ec2-imdsv2-required), the expired exception from the fixture brings the finding back", async () => {
  const policy = policies.find((p) => p.name === "ec2-imdsv2-required");
  if (!policy) throw new Error("ec2-imdsv2-required is not in policies/all.ts");
  const entry = JSON.parse(fs.readFileSync(FIXTURE, "utf8"))["ec2-imdsv2-required"];
  const instance = { type: "aws:ec2/instance:Instance", name: "legacy-web", props: { ami: "ami-0abc1234def567890", instanceType: "t3.micro", metadataOptions: { httpTokens: "optional" } } };
  const expired = await runResourcePolicy(policy, instance, entry);
  expect(expired.violations.map((v) => findingKind(v.message))).toEqual(["expired-exception"]);
  // The same exception, still valid a day earlier, suppresses it.
  process.env.RAMPART_TODAY = "2025-05-31";
  const valid = await runResourcePolicy(policy, instance, entry);
  expect(valid.violations.map((v) => [findingKind(v.message), v.enforcementLevel])).toEqual([["suppressed", "advisory"]]);
});
