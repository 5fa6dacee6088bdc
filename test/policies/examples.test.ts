// The one table-driven test of every policy: each good, bad and unknown example beside each
// control runs through the Analyzer protocol against the shipped pack (rampart/testing, under
// the root stack as the engine sends it), with only that policy on.
import * as path from "path";
import type { Example, PolicyExamples } from "../../policies/lib/examples";
import { policies } from "../../policies/public";
import { TestFinding, TestPack, openPack, urnOf } from "../../testing";
import { POLICIES_DIR, loadExamples } from "../helpers/policy-sources";

const byPolicy = new Map<string, PolicyExamples & { file: string }>();
for (const examples of loadExamples()) {
  if (byPolicy.has(examples.policy)) throw new Error(`${examples.file}: examples of ${examples.policy} are also in ${byPolicy.get(examples.policy)!.file}`);
  byPolicy.set(examples.policy, examples);
}

let pack: TestPack;
beforeAll(async () => {
  pack = await openPack(POLICIES_DIR);
});
afterAll(async () => {
  await pack?.close();
});

const descriptions = new Map(policies.map((p) => [p.name, p.description]));

/** Every diagnostic of `policy` on the example, advisory notes of exceptions included. */
async function reported(policy: string, example: Example): Promise<TestFinding[]> {
  const run = await pack.run(example.resources, { policies: [policy], config: { [policy]: example.config ?? {} } });
  return [...run.findings, ...run.suppressed].filter((f) => f.policyName === policy);
}

function expectOwnMessages(found: TestFinding[], policy: string): void {
  for (const f of found) {
    // The description travels once, in its own field; the message is the finding's own sentence.
    expect(f.description).toBe(descriptions.get(policy));
    expect(f.message).not.toContain(descriptions.get(policy)!);
    expect(f.message.trim().length).toBeGreaterThan(0);
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
    for (const e of [...ex.good, ...ex.bad, ...(ex.unknown ?? [])]) expect({ title: e.title, urns: new Set(e.resources.map((r) => urnOf(r.type, r.name))).size }).toEqual({ title: e.title, urns: e.resources.length });
  }
});

for (const policy of policies.map((p) => p.name)) {
  const examples = byPolicy.get(policy);
  if (!examples) continue;
  describe(`${policy} (${path.relative(POLICIES_DIR, examples.file)})`, () => {
    for (const good of examples.good) {
      test(`good: ${good.title}`, async () => {
        expect(await reported(policy, good)).toEqual([]);
      });
    }
    for (const unknown of examples.unknown ?? []) {
      test(`unknown at preview: ${unknown.title}`, async () => {
        expect(await reported(policy, unknown)).toEqual([]);
      });
    }
    for (const bad of examples.bad) {
      test(`bad: ${bad.title}`, async () => {
        const found = await reported(policy, bad);
        // A stack policy's finding on no resource is reported on the root stack.
        const names = [...new Set(found.map((f) => (f.resourceType === "pulumi:pulumi:Stack" ? "stack" : f.resourceName || `(unattributed: ${f.urn})`)))].sort();
        expect(names).toEqual([...new Set(bad.violations)].sort());
        expectOwnMessages(found, policy);
        if (bad.message) for (const f of found) expect(f.message).toMatch(bad.message);
      });
    }
  });
}
