// Every policy of the pack, through the real Analyzer protocol, over breaks-every-control with
// every value turned into a secret: the judgements are unchanged, and no message prints a value
// that arrived as a secret. The checker's own redaction (defence in depth, cli/analyzer/run-pack)
// is switched off in this file, so what is asserted is the pack's: the engine has no such net.
import * as fs from "fs";
import * as path from "path";
import { PackRun, runPack } from "../../cli/analyzer/run-pack";
import type { CheckInput, CheckedResource } from "../../cli/inputs/resource";
import type { Finding } from "../../cli/report/finding";
import { runProgram } from "../../cli/program/run-program";
import { policies } from "../../policies/all";
import { REDACTED, secretValuesIn } from "../../policies/lib/secret-values";
import { secret } from "../helpers/policy-harness";
import { ROOT } from "./run-rampart";

jest.mock("../../policies/lib/redact-finding", () => ({ ...jest.requireActual("../../policies/lib/redact-finding"), redactMessage: (m: string) => m }));
jest.mock("../../policies/lib/secret-values", () => ({ ...jest.requireActual("../../policies/lib/secret-values"), redactSecrets: (m: string) => m }));

const PACK = path.join(ROOT, "policies");
const STRICT = path.join(ROOT, "baselines", "strict.json");
const PROGRAM = path.join(ROOT, "test", "fixtures", "programs", "breaks-every-control");
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const CIDR = /(?<![\w.:])(\d{1,3}(\.\d{1,3}){3}\/\d{1,2}|[0-9a-f:]*::[0-9a-f:]*\/\d{1,3})(?![\w.])/i;
const DESCRIPTIONS = new Map(policies.map((p) => [p.name, p.description]));
/** Policies whose verdict is whether a value arrived as a secret. */
const JUDGES_SECRETNESS = ["sensitive-inputs-are-secrets"];

type Wrap = (props: Record<string, unknown>) => Record<string, unknown>;

/** Every leaf value a secret of its own (map keys stay names; wire objects stay as they are). */
function leavesSecret(value: unknown): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(leavesSecret);
  if (typeof value === "object") {
    if (SIG_KEY in (value as object)) return value;
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, leavesSecret(v)]));
  }
  return secret(value);
}
const everyLeaf: Wrap = (props) => leavesSecret(props) as Record<string, unknown>;
/** Each top-level property one secret, as `additionalSecretOutputs` or `pulumi.secret(...)` make them. */
const everyProperty: Wrap = (props) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v !== null && typeof v === "object" && SIG_KEY in v ? v : secret(v)]));

function secretInput(input: CheckInput, wrap: Wrap): CheckInput {
  const resources: CheckedResource[] = input.resources.map((r) => ({ ...r, inputs: wrap(r.inputs), outputs: wrap(r.outputs) }));
  return { ...input, resources };
}

const run = (input: CheckInput): Promise<PackRun> => runPack(PACK, input, { config: { document: JSON.parse(fs.readFileSync(STRICT, "utf8")), file: STRICT } });
const key = (f: Finding) => `${f.policyName} ${f.urn} ${f.phase}`;

/** The part of a message the policy wrote: the SDK puts the policy's fixed description before it. */
function detail(f: Finding): string {
  const description = DESCRIPTIONS.get(f.policyName)!;
  expect(f.description).toBe(description);
  return f.message.startsWith(`${description}\n`) ? f.message.slice(description.length + 1) : f.message;
}

/**
 * The secret forms `text` prints. A form counts where it stands on its own, as the rule reads
 * (a secret "22" is printed by "port 22", not by "2022"); plain substrings would flag every
 * short secret ("0", "tcp") inside unrelated words and numbers.
 */
function printed(text: string, forms: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return forms.filter((form) => {
    const f = form.toLowerCase();
    for (let at = lower.indexOf(f); at >= 0; at = lower.indexOf(f, at + 1)) {
      const before = at === 0 ? "" : lower[at - 1];
      const after = lower[at + f.length] ?? "";
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    }
    return false;
  });
}

let input: CheckInput;
let plain: PackRun;
/** The forms of each resource's inputs (what Analyze sees; all secret in the wrapped runs), and of every output (AnalyzeStack). */
let inputForms: Map<string, string[]>;
let stackForms: string[];

beforeAll(async () => {
  input = await runProgram(PROGRAM, { stack: "dev", preview: false });
  plain = await run(input);
  const wrapped = secretInput(input, everyLeaf);
  inputForms = new Map(wrapped.resources.map((r) => [r.urn, secretValuesIn(r.inputs)]));
  stackForms = secretValuesIn(wrapped.resources.map((r) => r.outputs));
}, 180_000);

test("the plain run breaks every policy of the pack, and some of its messages print CIDRs", () => {
  expect(new Set(plain.findings.map((f) => f.policyName))).toEqual(new Set(policies.map((p) => p.name)));
  expect(plain.findings.filter((f) => CIDR.test(detail(f))).length).toBeGreaterThan(5);
});

describe.each([
  ["every leaf value", everyLeaf],
  ["every top-level property", everyProperty],
])("%s a secret", (_label, wrap) => {
  let secretRun: PackRun;
  beforeAll(async () => {
    secretRun = await run(secretInput(input, wrap));
  }, 180_000);

  test("(a) the same findings, on the same resources: secrets do not change judgements", () => {
    // Except the judgement of secret-ness itself: every credential input is now a secret.
    const same = (run: PackRun) => run.findings.filter((f) => !JUDGES_SECRETNESS.includes(f.policyName));
    expect(same(secretRun).map(key).sort()).toEqual(same(plain).map(key).sort());
    expect(same(secretRun).map((f) => f.enforcementLevel).sort()).toEqual(same(plain).map((f) => f.enforcementLevel).sort());
    expect(secretRun.findings.filter((f) => JUDGES_SECRETNESS.includes(f.policyName))).toEqual([]);
  });

  test("(b) no message prints a value that arrived as a secret", () => {
    const leaks = secretRun.findings.flatMap((f) => {
      const forms = f.phase === "stack" ? stackForms : inputForms.get(f.urn) ?? [];
      return printed(detail(f), forms).map((form) => `${f.policyName} on ${f.urn}: ${JSON.stringify(form)} in ${JSON.stringify(detail(f))}`);
    });
    expect(leaks).toEqual([]);
  });

  test("(c) every message that printed a CIDR, a TLS policy or an inline policy name now says [secret] instead", () => {
    const byKey = new Map<string, string[]>();
    for (const f of secretRun.findings) byKey.set(key(f), [...(byKey.get(key(f)) ?? []), detail(f)]);
    const printedCidr = plain.findings.filter((f) => CIDR.test(detail(f)));
    for (const f of printedCidr) {
      const now = byKey.get(key(f)) ?? [];
      expect(now.length).toBeGreaterThan(0);
      for (const message of now) {
        expect(message).toContain(REDACTED);
        expect(message).not.toMatch(CIDR);
      }
    }
    // Each leak the issue names: network rules, rule resources, allowlist and ACL findings, the TLS policy, the inline policy.
    const named = new Set(printedCidr.map((f) => f.policyName));
    for (const p of ["no-any-any-ingress", "internet-ingress-allowlist", "nacl-no-any-any-ingress"]) expect(named).toContain(p);
    for (const p of ["alb-tls-policy", "iam-no-wildcard-admin"]) {
      const messages = secretRun.findings.filter((f) => f.policyName === p).map(detail);
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m).toContain(REDACTED);
    }
  });
});
