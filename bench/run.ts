// `npm run bench`: Rampart's pack against the protocol floor (one no-op policy), both driven
// through the Analyzer protocol in the same run, reported as ratios. Machines are shared and
// noisy, so runs alternate between the two packs and medians are compared.
import * as fs from "fs";
import * as path from "path";
import { readStackExport } from "../cli/inputs/stack-export";
import { analyseNetworkStack } from "../policies/network/stack/analyse";
import { syntheticNetworkStack } from "../policies/network/stack/synthetic-stack";
import { generateStackExport } from "./generate-stack";
import { Measurement, measure, measureStartup, median } from "./measure";

const ROOT = path.resolve(__dirname, "..", "..");
const FLOOR = path.join(ROOT, "bench", "floor-pack");
const RAMPART = path.join(ROOT, "policies");
const SHAPE = path.join(ROOT, "bench", "shape-pack");
const OUT = path.join(ROOT, "bench", "out");

const TARGETS = { analysis: 1.25, startup: 1.15, stackScaling: 1.5 };

function arg(name: string, fallback: number[]): number[] {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.split("=")[1].split(",").map(Number) : fallback;
}

function inputOf(size: number) {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `stack-${size}.json`);
  fs.writeFileSync(file, JSON.stringify(generateStackExport(size)));
  return readStackExport(file);
}

async function alternate(size: number, reps: number): Promise<{ floor: Measurement[]; shape: Measurement[]; rampart: Measurement[] }> {
  const input = inputOf(size);
  const floor: Measurement[] = [];
  const shape: Measurement[] = [];
  const rampart: Measurement[] = [];
  for (let i = 0; i < reps; i++) {
    floor.push(await measure(FLOOR, input));
    shape.push(await measure(SHAPE, input));
    rampart.push(await measure(RAMPART, input));
  }
  return { floor, shape, rampart };
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(9);
const verdict = (ratio: number, target: number) => `${ratio.toFixed(3)}x (target <= ${target}x: ${ratio <= target ? "met" : "MISSED"})`;

async function main(): Promise<void> {
  const sizes = arg("sizes", [1000, 10000]);
  const scaling = arg("scaling", [10000, 25000, 50000]);
  const reps = arg("reps", [3])[0];
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    process.stdout.write(s + "\n");
  };
  say(`Rampart bench: rampart-aws vs the protocol floor (one no-op policy) and the shape floor (rampart-aws's policies with no-op bodies), ${reps} alternating runs each, medians`);
  say(`${"resources".padStart(9)} ${"pack".padEnd(12)} ${"start ms".padStart(9)} ${"analyze".padStart(9)} ${"stack".padStart(9)} ${"total ms".padStart(9)} ${"res/s".padStart(9)} ${"RSS MB".padStart(9)}`);
  const startups = { floor: [] as number[], rampart: [] as number[] };
  const ratios: string[] = [];
  for (const size of sizes) {
    const { floor, shape, rampart } = await alternate(size, reps);
    for (const [name, runs] of [["floor", floor], ["shape floor", shape], ["rampart-aws", rampart]] as const) {
      const analysis = median(runs.map((r) => r.analysisMs));
      say(`${String(size).padStart(9)} ${name.padEnd(12)} ${fmt(median(runs.map((r) => r.startupMs)))} ${fmt(median(runs.map((r) => r.analyzeMs)))} ${fmt(median(runs.map((r) => r.stackMs)))} ${fmt(analysis)} ${fmt((size / analysis) * 1000)} ${fmt(Math.max(...runs.map((r) => r.peakRssMb)), 1)}`);
    }
    startups.floor.push(...floor.map((r) => r.startupMs));
    startups.rampart.push(...rampart.map((r) => r.startupMs));
    const ratio = median(rampart.map((r) => r.analysisMs)) / median(floor.map((r) => r.analysisMs));
    ratios.push(`analysis time at ${size} resources: ${size === 10000 ? verdict(ratio, TARGETS.analysis) : `${ratio.toFixed(3)}x`}`);
    const sdk = median(shape.map((r) => r.analysisMs)) / median(floor.map((r) => r.analysisMs));
    const own = median(rampart.map((r) => r.analysisMs)) / median(shape.map((r) => r.analysisMs));
    ratios.push(`  of which @pulumi/policy's per-policy cost (shape floor / floor): ${sdk.toFixed(3)}x; Rampart's own judgements (rampart-aws / shape floor): ${own.toFixed(3)}x`);
  }
  say("");
  for (const r of ratios) say(r);
  // Start-up is short and noisy: on top of the runs above, alternate bare launches.
  for (let i = 0; i < arg("startup-reps", [10])[0]; i++) {
    startups.floor.push(await measureStartup(FLOOR));
    startups.rampart.push(await measureStartup(RAMPART));
  }
  say(`pack start-up (GetAnalyzerInfo answered; ${startups.floor.length} launches each, median ${median(startups.floor).toFixed(0)} vs ${median(startups.rampart).toFixed(0)} ms): ${verdict(median(startups.rampart) / median(startups.floor), TARGETS.startup)}`);

  // Stack-level analysis must stay near-linear: compare the AnalyzeStack cost per resource
  // at the largest size with the smallest.
  const perResource: number[] = [];
  for (const size of scaling) {
    const input = inputOf(size);
    const runs = [await measure(RAMPART, input), await measure(RAMPART, input)];
    const stackMs = Math.min(...runs.map((r) => r.stackMs));
    perResource.push(stackMs / size);
    say(`AnalyzeStack at ${String(size).padStart(6)} resources: ${stackMs.toFixed(0)} ms, ${((stackMs / size) * 1000).toFixed(1)} us/resource`);
  }
  say(`stack-level scaling (us/resource at ${scaling[scaling.length - 1]} vs ${scaling[0]}): ${verdict(perResource[perResource.length - 1] / perResource[0], TARGETS.stackScaling)}`);

  // Rampart's own cross-resource firewall analysis (rule attachment, unions), without the
  // protocol: the part whose complexity is Rampart's to keep near-linear.
  const ownPerResource: number[] = [];
  for (const size of scaling) {
    const resources = syntheticNetworkStack(size);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      analyseNetworkStack(resources);
      times.push(performance.now() - t0);
    }
    const ms = Math.min(...times);
    ownPerResource.push(ms / size);
    say(`network stack analysis at ${String(size).padStart(6)} resources: ${ms.toFixed(0)} ms, ${((ms / size) * 1000).toFixed(1)} us/resource`);
  }
  say(`network analysis scaling (us/resource at ${scaling[scaling.length - 1]} vs ${scaling[0]}): ${verdict(ownPerResource[ownPerResource.length - 1] / ownPerResource[0], TARGETS.stackScaling)}`);
  fs.writeFileSync(path.join(OUT, "last-run.txt"), lines.join("\n") + "\n");
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exit(2);
});
