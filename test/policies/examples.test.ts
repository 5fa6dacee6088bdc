// The one table-driven test of every policy: each good, bad and unknown example beside each
// control runs through the Analyzer protocol against the shipped pack, with only that policy on.
import * as path from "path";
import type { PolicyExamples } from "../../policies/lib/examples";
import { policies } from "../../policies/public";
import { AnalyzerSession, Diagnostic, exampleUrn } from "../helpers/analyzer-session";
import { POLICIES_DIR, loadExamples } from "../helpers/policy-sources";

const byPolicy = new Map<string, PolicyExamples & { file: string }>();
for (const examples of loadExamples()) {
  if (byPolicy.has(examples.policy)) throw new Error(`${examples.file}: examples of ${examples.policy} are also in ${byPolicy.get(examples.policy)!.file}`);
  byPolicy.set(examples.policy, examples);
}

let session: AnalyzerSession;
beforeAll(async () => {
  session = await AnalyzerSession.open();
});
afterAll(async () => {
  await session?.close();
});

const descriptions = new Map(policies.map((p) => [p.name, p.description]));

function ofPolicy(diagnostics: Diagnostic[], policy: string): Diagnostic[] {
  return diagnostics.filter((d) => d.policyName === policy);
}

function expectOwnMessages(found: Diagnostic[], policy: string): void {
  for (const d of found) {
    // Reported in the SDK's object form: the description travels on its own, not before the message.
    expect(d.message.startsWith(descriptions.get(policy)!)).toBe(false);
    expect(d.message.trim().length).toBeGreaterThan(0);
  }
}

test("every policy has good and bad examples beside it, and every example file names a policy", () => {
  const missing = policies.map((p) => p.name).filter((name) => !byPolicy.has(name));
  expect(missing).toEqual([]);
  const strays = [...byPolicy.keys()].filter((name) => !descriptions.has(name));
  expect(strays).toEqual([]);
  for (const ex of byPolicy.values()) {
    expect({ policy: ex.policy, good: ex.good.length > 0, bad: ex.bad.length > 0 }).toEqual({ policy: ex.policy, good: true, bad: true });
    // Each resource's URN (type and name) is unique within its example.
    for (const e of [...ex.good, ...ex.bad, ...(ex.unknown ?? [])]) expect({ title: e.title, urns: new Set(e.resources.map((r) => exampleUrn(r.type, r.name))).size }).toEqual({ title: e.title, urns: e.resources.length });
  }
});

for (const policy of policies.map((p) => p.name)) {
  const examples = byPolicy.get(policy);
  if (!examples) continue;
  describe(`${policy} (${path.relative(POLICIES_DIR, examples.file)})`, () => {
    for (const good of examples.good) {
      test(`good: ${good.title}`, async () => {
        expect(ofPolicy(await session.run(policy, good.resources, good.config), policy)).toEqual([]);
      });
    }
    for (const unknown of examples.unknown ?? []) {
      test(`unknown at preview: ${unknown.title}`, async () => {
        expect(ofPolicy(await session.run(policy, unknown.resources, unknown.config), policy)).toEqual([]);
      });
    }
    for (const bad of examples.bad) {
      test(`bad: ${bad.title}`, async () => {
        const found = ofPolicy(await session.run(policy, bad.resources, bad.config), policy);
        const byName = new Map(bad.resources.map((r) => [exampleUrn(r.type, r.name), r.name]));
        const reported = [...new Set(found.map((d) => byName.get(d.urn) ?? (d.urn === "" ? "stack" : `(unattributed: ${d.urn})`)))].sort();
        expect(reported).toEqual([...new Set(bad.violations)].sort());
        expectOwnMessages(found, policy);
        if (bad.message) for (const d of found) expect(d.message).toMatch(bad.message);
      });
    }
  });
}
