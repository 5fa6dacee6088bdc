// The chokepoint in policies/lib/control: whatever a policy built with Rampart's builders says
// (findings, exception notes, tag and config problems, not-applicable reasons, both report
// forms) leaves without the values that arrived as secrets, and exception markers stay parseable.
import { findingKind, parseExpired, parseSuppressed } from "../../policies/lib/exception-marker";
import { resourcePolicy, stackPolicy } from "../../policies/lib/control";
import { redactMessage, redactingReport } from "../../policies/lib/redact-finding";
import { REDACTED } from "../../policies/lib/secret-values";
import { runResourcePolicy, runStackPolicy, secret } from "../helpers/policy-harness";
import { TODAY } from "./test-controls";

const ECHO = "test:index:Echo";

/** A careless custom policy: it prints whatever it reads. */
const echo = resourcePolicy<Record<string, never>>({
  name: "test-echo",
  description: "Echoes its input.",
  severity: "low",
  enforcementLevel: "mandatory",
  domain: "test",
  references: [{ framework: "cis-aws", ids: ["5.2"] }],
  remediationSteps: "None.",
  types: [ECHO],
  check(resource, _config, judge) {
    const { word, why } = resource.props as { word?: unknown; why?: unknown };
    if (why !== undefined) return judge.notApplicable(`cannot judge ${String(why)}`);
    judge.violation(`${resource.name} says ${String(word)} (port ${String(resource.props.port)})`);
  },
});

const echoAll = stackPolicy<Record<string, never>>({
  name: "test-echo-all",
  description: "Echoes every input of the stack.",
  severity: "low",
  enforcementLevel: "advisory",
  domain: "test",
  references: [{ framework: "cis-aws", ids: ["5.2"] }],
  remediationSteps: "None.",
  types: [ECHO, "test:index:Other"],
  check(stack, _config, judge) {
    judge.violation(`words: ${stack.ofType(ECHO).map((r) => String(r.props.word)).join(", ")}`);
  },
});

beforeEach(() => {
  process.env.RAMPART_TODAY = TODAY;
});
afterAll(() => {
  delete process.env.RAMPART_TODAY;
});

test("a finding (the string form) prints [secret] for a secret, and plain values as they are", async () => {
  const out = await runResourcePolicy(echo, { type: ECHO, name: "e1", props: { word: secret("hunter2"), port: 22 } });
  expect(out.violations).toEqual([{ message: `e1 says ${REDACTED} (port 22)`, urn: undefined }]);
});

test("a not-applicable reason is redacted too", async () => {
  const out = await runResourcePolicy(echo, { type: ECHO, name: "e1", props: { why: secret("the-hidden-thing") } });
  expect(out.notApplicable).toBe(`e1: cannot judge ${REDACTED}`);
});

test("an exception note (the object form) is redacted, and its marker still parses though a secret is 0", async () => {
  const config = { exceptions: [{ resource: "e1", reason: "accepted for now", expires: "2025-12-31", ticket: "SEC-0" }] };
  const out = await runResourcePolicy(echo, { type: ECHO, name: "e1", props: { word: secret("hunter2"), port: secret(0) } }, config);
  const [v] = out.violations;
  expect(v.enforcementLevel).toBe("advisory");
  expect(parseSuppressed(v.message)).toEqual({
    reason: "accepted for now",
    expires: "2025-12-31",
    // The ticket is free text like the rest; "0" in it is redacted, "via exceptions[0]" is not.
    ticket: `SEC-${REDACTED}`,
    source: { kind: "config", index: 0 },
    original: `e1 says ${REDACTED} (port ${REDACTED})`,
  });
});

test("an expired exception's note keeps its marker too", async () => {
  const config = { exceptions: [{ resource: "e1", reason: "was accepted", expires: "2025-01-31" }] };
  const out = await runResourcePolicy(echo, { type: ECHO, name: "e1", props: { word: secret("hunter2"), port: secret(2025) } }, config);
  const note = parseExpired(out.violations[0].message);
  expect(note?.expires).toBe("2025-01-31");
  expect(note?.original).toBe(`e1 says ${REDACTED} (port ${REDACTED})`);
});

test("a malformed exception tag's problem keeps its marker, the rest is redacted", async () => {
  const tags = { "rampart:exception:test-echo": "no expiry here" };
  const out = await runResourcePolicy(echo, { type: ECHO, name: "e1", props: { word: secret("exception"), tags } });
  const problem = out.violations.find((v) => findingKind(v.message) === "tag-problem");
  expect(problem?.message.startsWith("[invalid exception tag rampart:exception:test-echo] e1: the [secret] tag rampart:[secret]:test-echo is malformed")).toBe(true);
});

test("a config problem keeps its marker", async () => {
  const out = await runResourcePolicy(echo, { type: ECHO, name: "e1", props: { word: secret("config") } }, { exceptions: "not a list" });
  expect(out.violations).toHaveLength(1);
  expect(findingKind(out.violations[0].message)).toBe("config-problem");
  expect(out.violations[0].message).toContain(REDACTED);
});

test("a stack policy's finding is redacted of the secrets of every resource in the stack", async () => {
  const out = await runStackPolicy(echoAll, [
    { type: ECHO, name: "a", props: { word: secret("alpha-secret") } },
    // Plain here, but a secret of another resource of the stack: it may have flowed from there.
    { type: ECHO, name: "b", props: { word: "gamma" } },
    { type: ECHO, name: "d", props: { word: "delta" } },
    { type: "test:index:Other", name: "c", props: { key: secret("gamma") } },
  ]);
  expect(out.violations.map((v) => v.message)).toEqual([`words: ${REDACTED}, ${REDACTED}, delta`]);
});

describe("redactingReport", () => {
  test("redacts message and description of the object form and keeps its other fields", () => {
    const sent: unknown[] = [];
    const report = redactingReport(((v: unknown, urn?: string) => sent.push([v, urn])) as never, () => ["s3cr3t"]);
    (report as unknown as (v: unknown) => void)({ message: "a s3cr3t", description: "d S3CR3T", urn: "urn:x", enforcementLevel: "advisory" });
    report("plain s3cr3t", "urn:y");
    expect(sent).toEqual([
      [{ message: `a ${REDACTED}`, description: `d ${REDACTED}`, urn: "urn:x", enforcementLevel: "advisory" }, undefined],
      [`plain ${REDACTED}`, "urn:y"],
    ]);
  });

  test("does not ask for the secrets before something is reported", () => {
    const secretsOf = jest.fn(() => ["x"]);
    redactingReport((() => undefined) as never, secretsOf);
    expect(secretsOf).not.toHaveBeenCalled();
  });
});

test("redactMessage leaves a message without secrets byte for byte alone", () => {
  const marked = '[suppressed by exception: "a\\u0041"; expires 2025-12-31; via exceptions[0]] text';
  expect(redactMessage(marked, ["absent"])).toBe(marked);
});
