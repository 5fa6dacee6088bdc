// Secrets through the real `rampart check`, in every output format: distinctive canary values,
// wrapped as secrets in the properties the issue names (security-group, rule-resource and ACL
// CIDRs, a listener's TLS policy, an inline policy's name), never appear; "[secret]" does. A
// third-party pack that prints everything it reads is redacted by the checker itself.
import * as fs from "fs";
import * as path from "path";
import { REDACTED, secretValuesIn } from "../../policies/lib/secret-values";
import { FIXTURES, ROOT, rampart } from "./run-rampart";

const EXPORT = path.join(FIXTURES, "secret-canaries-export.json");
const STRICT = path.join(ROOT, "baselines", "strict.json");
const LEAKY = path.join(FIXTURES, "leaky-pack");

// Every form the canaries may print in (the CIDRs also as the blocks policies show, "192.0.0.0/2").
const CANARIES = secretValuesIn(JSON.parse(fs.readFileSync(EXPORT, "utf8")));

const runs = new Map<string, ReturnType<typeof rampart>>();
/** One run per format, shared by the tests below. */
function check(format: string): ReturnType<typeof rampart> {
  let r = runs.get(format);
  if (!r) runs.set(format, (r = rampart(["check", "--stack-export", EXPORT, "--policy-pack-config", STRICT, "--format", format])));
  return r;
}

function leaked(text: string): string[] {
  const lower = text.toLowerCase();
  return CANARIES.filter((c) => lower.includes(c.toLowerCase()));
}

test("the fixture's canaries are distinctive, and include the block forms", () => {
  expect(CANARIES).toEqual(expect.arrayContaining(["203.0.113.77/2", "192.0.0.0/2", "2600::/16", "128.0.0.0/1", "ELBSecurityPolicy-TLS-1-0-2015-04-canary", "canary-inline-name"]));
  expect(CANARIES.every((c) => c.length >= 9)).toBe(true);
});

describe.each(["json", "text", "sarif", "junit"])("--format %s", (format) => {
  test("Rampart's pack: the findings are there, the canaries are not", () => {
    const r = check(format);
    expect(r.code).toBe(1);
    expect(leaked(r.stdout + r.stderr)).toEqual([]);
    expect(r.stdout).toContain(REDACTED);
    for (const p of ["alb-tls-policy", "iam-no-wildcard-admin", "no-internet-ingress-to-restricted-ports", "internet-ingress-allowlist", "nacl-no-any-any-ingress"]) expect(r.stdout).toContain(p);
  });
});

test("the JSON report: each finding that names a canary's property says [secret] in its place", () => {
  const report = JSON.parse(check("json").stdout);
  const detail = (name: string, resource: string) => report.findings.filter((f: any) => f.policyName === name && f.resourceName === resource).map((f: any) => f.message);
  expect(detail("alb-tls-policy", "canary-listener")).toEqual([expect.stringContaining(`uses sslPolicy "${REDACTED}"`)]);
  expect(detail("iam-no-wildcard-admin", "canary-role")).toEqual([expect.stringContaining(`inlinePolicies[0] ("${REDACTED}")`)]);
  expect(detail("nacl-no-any-any-ingress", "canary-nacl")).toEqual([expect.stringContaining(`from ${REDACTED})`)]);
  expect(detail("no-internet-ingress-to-restricted-ports", "canary-rule")).toEqual([expect.stringContaining(`tcp port 3389 from ${REDACTED} `)]);
  expect(detail("internet-ingress-allowlist", "canary-sg")).toHaveLength(2);
  for (const m of detail("internet-ingress-allowlist", "canary-sg")) expect(m).toMatch(/from \[secret\] \(a public range of the internet\)/);
});

test.each(["json", "text"])("a third-party pack that prints its inputs and the stack's outputs is redacted by the checker (--format %s)", (format) => {
  const r = rampart(["check", "--stack-export", EXPORT, "--policy-pack", LEAKY, "--format", format]);
  expect(r.stdout).toContain("prints-inputs");
  expect(r.stdout).toContain("prints-outputs");
  expect(leaked(r.stdout + r.stderr)).toEqual([]);
  expect(r.stdout).toContain(REDACTED);
  // What was not secret still reads as it was.
  expect(r.stdout).toContain("vpc-0canary");
});
