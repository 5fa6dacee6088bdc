// The shared fuzz at scale, through the real Analyzer protocol: generated resources sent to the
// compiled pack as the engine sends them, 100,000 per run in CI (RAMPART_PROTOCOL_FUZZ_RESOURCES
// sets it; 10,000 elsewhere). Every policy, in turn, gets odd cases (hostile values and secrets in
// every position) and realistic cases sent twice, resolved and with preview unknowns. The pack must
// answer every call; no message is empty or shows a secret; no finding hangs on an unknown.
// Failures are collected, so one run shows every distinct one, each with the case that replays it.
import { InputError } from "../../cli/inputs/input-error";
import { policies } from "../../policies/public";
import type { RampartPolicy } from "../../policies/lib/control";
import { TestFinding, TestPack, TestResource, openPack } from "../../testing";
import { POLICIES_DIR } from "../helpers/policy-sources";
import type { Case } from "../policies/odd-input/cases";
import { leaksToWatch } from "../policies/odd-input/checks";
import { CARRIED_SEEDS, exampleSeeds } from "../policies/odd-input/seeds";
import { withUnknowns } from "../policies/odd-input/unknowns";
import { caseOfUrn, casePrefix, caseStream, pickStream, sessionResources } from "./protocol-cases";

const TARGET = Number(process.env.RAMPART_PROTOCOL_FUZZ_RESOURCES ?? (process.env.CI === "true" ? 100_000 : 10_000));
const SEED = Number(process.env.RAMPART_FUZZ_SEED ?? 20_261_202);
// Resource policies judge each resource alone, so many of their cases share one run; a stack
// policy's cases could interfere (their ids repeat across seeds), so each gets a run of its own.
const RESOURCE_CASES_PER_RUN = 20;
const STACK_CASES_PER_VISIT = 5;
jest.setTimeout(60 * 60_000);

const kinds = new Map(policies.map((p) => [p.name, p.rampart.kind]));
const seeds = [...CARRIED_SEEDS, ...exampleSeeds((name) => kinds.get(name))];

interface Failure {
  policy: string;
  kind: string;
  detail: string;
  replay: string;
}

// Two pack processes, each with half of the policies, run at once: a session waits on its pack
// for every call, so one alone leaves a core idle.
const SESSIONS = 2;
let sessions: TestPack[] = [];
beforeAll(async () => {
  sessions = await Promise.all(Array.from({ length: SESSIONS }, () => openPack(POLICIES_DIR)));
});
afterAll(async () => Promise.all(sessions.map((s) => s.close())));

const keyOf = (d: TestFinding) => d.urn || "stack";
const failures: Failure[] = [];
const counts = { resources: 0, cases: 0, refusedConfigs: 0 };

function checkSound(policy: string, what: string, diagnostics: readonly TestFinding[], c: Case): void {
  const leaks = leaksToWatch(c);
  for (const d of diagnostics) {
    const bad = typeof d.message !== "string" || d.message.trim() === "" ? `an empty message on ${keyOf(d)}` : leaks.find((l) => l.test(d.message)) && `a secret shows in "${d.message.slice(0, 200)}"`;
    if (bad) failures.push({ policy, kind: `${what}: unsound`, detail: bad, replay: JSON.stringify(c).slice(0, 2000) });
  }
}

/** Every finding of `policy` on the run, advisory notes of exceptions included. */
async function findingsOf(session: TestPack, policy: string, resources: TestResource[], config: Record<string, unknown>): Promise<TestFinding[]> {
  const run = await session.run(resources, { policies: [policy], config: { [policy]: config } });
  return [...run.findings, ...run.suppressed];
}

/** Runs the cases in one session run, each case's findings apart (a finding of no case goes to all). */
async function runShared(session: TestPack, policy: RampartPolicy, cases: Case[], what: string): Promise<(TestFinding[] | undefined)[]> {
  let config = cases[0].config;
  const resources = cases.flatMap((c, i) => sessionResources(c.stack, casePrefix(i)));
  counts.resources += resources.length;
  counts.cases += cases.length;
  try {
    let diagnostics: TestFinding[];
    try {
      diagnostics = await findingsOf(session, policy.name, resources, config);
    } catch (e) {
      // The engine (and rampart check) refuses a config its schema rejects before any call.
      if (!(e instanceof InputError)) throw e;
      counts.refusedConfigs++;
      config = {};
      diagnostics = await findingsOf(session, policy.name, resources, config);
    }
    const judged = cases.map((c) => ({ ...c, config }));
    const perCase = judged.map((_c, i) => diagnostics.filter((d) => [i, undefined].includes(caseOfUrn(d.urn))));
    perCase.forEach((ds, i) => checkSound(policy.name, what, ds, judged[i]));
    return perCase;
  } catch (e) {
    failures.push({ policy: policy.name, kind: `${what}: the pack failed`, detail: String((e as Error).message ?? e).slice(0, 500), replay: JSON.stringify(cases).slice(0, 2000) });
    return cases.map(() => undefined);
  }
}

/** A finding may move between resources granting the same thing; it never appears on more resources than the resolved case's. */
function checkSilentOnUnknowns(policy: string, resolved: Case, preview: Case, before: TestFinding[], after: TestFinding[]): void {
  const resolvedKeys = new Set(before.map(keyOf));
  const previewKeys = new Set(after.map(keyOf));
  const moved = resolvedKeys.size > 0 && previewKeys.size <= resolvedKeys.size;
  const appeared = moved ? [] : [...previewKeys].filter((k) => !resolvedKeys.has(k));
  if (appeared.length === 0) return;
  const messages = after.filter((d) => appeared.includes(keyOf(d))).map((d) => d.message.slice(0, 200));
  failures.push({ policy, kind: "preview: reported on an unknown", detail: messages.join(" | "), replay: JSON.stringify({ resolved, preview }).slice(0, 4000) });
}

const streams = policies.map((p, i) => ({
  policy: p,
  odd: caseStream(p, seeds, "odd", SEED + i * 1_000_003),
  realistic: caseStream(p, seeds, "realistic", SEED + i * 1_000_003 + 500_000),
  picks: pickStream(SEED + i * 1_000_003 + 900_000),
}));

async function visit(session: TestPack, s: (typeof streams)[number]): Promise<void> {
  const shared = s.policy.rampart.kind === "resource";
  const n = shared ? RESOURCE_CASES_PER_RUN : STACK_CASES_PER_VISIT;
  const odd = Array.from({ length: n }, s.odd);
  const resolved = Array.from({ length: n }, s.realistic);
  // One draw of config for a shared run: every case of it runs under the first case's.
  if (shared) for (const c of [odd, resolved]) c.forEach((k, i) => (c[i] = { ...k, config: c[0].config }));
  const preview = resolved.map((c) => ({ ...c, stack: withUnknowns(c.stack, s.picks()) }));
  const run = async (cases: Case[], what: string) => {
    if (shared) return runShared(session, s.policy, cases, what);
    const out: (TestFinding[] | undefined)[] = [];
    for (const c of cases) out.push(...(await runShared(session, s.policy, [c], what)));
    return out;
  };
  await run(odd, "odd input");
  const before = await run(resolved, "resolved");
  const after = await run(preview, "preview");
  resolved.forEach((c, i) => before[i] && after[i] && checkSilentOnUnknowns(s.policy.name, c, preview[i], before[i]!, after[i]!));
}

test(`${TARGET.toLocaleString("en")} generated resources through the protocol: no error, no secret shown, nothing reported on an unknown`, async () => {
  const worker = async (session: TestPack, mine: typeof streams) => {
    while (counts.resources < TARGET) for (const s of mine) await visit(session, s);
  };
  await Promise.all(sessions.map((session, i) => worker(session, streams.filter((_s, j) => j % SESSIONS === i))));
  // One entry per distinct failure (policy and kind), with the first case that shows it.
  const distinct = [...new Map(failures.map((f) => [`${f.policy} ${f.kind}`, f])).values()];
  expect(distinct).toEqual([]);
  expect(counts.resources).toBeGreaterThanOrEqual(TARGET);
  // Most configs the fuzz draws are valid: the pack saw them, not only its defaults.
  expect(counts.refusedConfigs).toBeLessThan(counts.cases / 4);
});
