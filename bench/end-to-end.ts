// `node dist/bench/end-to-end.js [--sizes=10000,50000,100000]`: `rampart check --stack-export` on
// generated exports as users run it (the CLI, a JSON report written to a file), with the floor
// pack (one no-op policy) beside rampart-aws. Reports the wall time and peak memory of the checker
// and of the pack, per resource, so growth beyond linear shows as a rising ratio; then, in
// process, where the time goes (read, pack start, Analyze, AnalyzeStack, report). Ratios only:
// nothing here is asserted, the machines are shared and noisy.
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runPack } from "../cli/analyzer/run-pack";
import { addPackRun, emptyReport } from "../cli/check/check-report";
import { readStackExport } from "../cli/inputs/stack-export";
import { renderJson } from "../cli/report/json-report";
import { generateStackExport } from "./generate-stack";
import { sampleTree } from "./process-memory";

const ROOT = path.resolve(__dirname, "..", "..");
const CLI = path.join(ROOT, "bin", "rampart.js");
const OUT = path.join(ROOT, "bench", "out");
const PACKS = { floor: path.join(ROOT, "bench", "floor-pack"), "rampart-aws": path.join(ROOT, "policies") };

function sizesArg(): number[] {
  const hit = process.argv.find((a) => a.startsWith("--sizes="));
  return hit ? hit.slice("--sizes=".length).split(",").map(Number) : [10_000, 50_000, 100_000];
}

interface CliRun {
  exit: number | null;
  wallMs: number;
  checkerMb: number;
  packMb: number;
  findings: number;
}

async function checkWithCli(pack: string, exportFile: string): Promise<CliRun> {
  const report = path.join(OUT, "end-to-end-report.json");
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, "check", "--stack-export", exportFile, "--policy-pack", pack, "--format", "json", "--output", report, "--timeout", "3600"], { stdio: ["ignore", "ignore", "pipe"] });
  const memory = sampleTree(child.pid!);
  let stderr = "";
  child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const exit = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  memory.stop();
  const wallMs = performance.now() - t0;
  if (exit !== 0 && exit !== 1) throw new Error(`rampart check exited ${exit}: ${stderr}`);
  const findings = (JSON.parse(fs.readFileSync(report, "utf8")).findings ?? []).length;
  return { exit, wallMs, checkerMb: memory.rootKb / 1024, packMb: memory.childKb / 1024, findings };
}

interface Split {
  readMs: number;
  startMs: number;
  analyzeMs: number;
  stackMs: number;
  reportMs: number;
}

async function splitInProcess(pack: string, exportFile: string): Promise<Split> {
  const t0 = performance.now();
  const input = readStackExport(exportFile);
  const readMs = performance.now() - t0;
  const run = await runPack(pack, input, {});
  const t1 = performance.now();
  const report = emptyReport(input);
  addPackRun(report, run);
  renderJson(report);
  return { readMs, startMs: run.timings.startupMs, analyzeMs: run.timings.analyzeMs, stackMs: run.timings.stackMs, reportMs: performance.now() - t1 };
}

const col = (v: number | string, width = 10) => (typeof v === "number" ? v.toFixed(0) : v).padStart(width);

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    process.stdout.write(s + "\n");
  };
  say("rampart check --stack-export end to end (the CLI, JSON report to a file); peak RSS sampled from /proc every 100 ms");
  say(["resources", "pack", "exit", "wall ms", "findings", "checker MB", "pack MB", "us/res", "KB/res chk", "KB/res pack"].map((h) => col(h, 12)).join(""));
  const perResource: Record<string, { size: number; us: number; checkerKb: number; packKb: number }[]> = { floor: [], "rampart-aws": [] };
  const files = new Map<number, string>();
  for (const size of sizesArg()) {
    const file = path.join(OUT, `end-to-end-${size}.json`);
    fs.writeFileSync(file, JSON.stringify(generateStackExport(size)));
    files.set(size, file);
    for (const [name, dir] of Object.entries(PACKS)) {
      const r = await checkWithCli(dir, file);
      const us = (r.wallMs * 1000) / size;
      perResource[name].push({ size, us, checkerKb: (r.checkerMb * 1024) / size, packKb: (r.packMb * 1024) / size });
      say([size, name, String(r.exit), r.wallMs, r.findings, r.checkerMb, r.packMb, us, (r.checkerMb * 1024) / size, (r.packMb * 1024) / size].map((v) => col(typeof v === "number" && v < 100 && !Number.isInteger(v) ? v.toFixed(2) : v, 12)).join(""));
    }
  }
  say("");
  for (const [name, rows] of Object.entries(perResource)) {
    const [first, last] = [rows[0], rows[rows.length - 1]];
    say(`${name}: per resource at ${last.size} vs ${first.size}: time ${(last.us / first.us).toFixed(2)}x, checker memory ${(last.checkerKb / first.checkerKb).toFixed(2)}x, pack memory ${(last.packKb / first.packKb).toFixed(2)}x`);
  }
  const largest = Math.max(...files.keys());
  const r = perResource["rampart-aws"].find((x) => x.size === largest)!;
  const f = perResource.floor.find((x) => x.size === largest)!;
  say(`rampart-aws / floor at ${largest}: time ${(r.us / f.us).toFixed(2)}x, pack memory ${(r.packKb / f.packKb).toFixed(2)}x`);
  say("");
  say(`where the time goes at ${largest} resources (in process, rampart-aws):`);
  const s = await splitInProcess(PACKS["rampart-aws"], files.get(largest)!);
  const total = s.readMs + s.startMs + s.analyzeMs + s.stackMs + s.reportMs;
  for (const [what, ms] of [["read the export", s.readMs], ["start the pack", s.startMs], ["Analyze (each resource)", s.analyzeMs], ["AnalyzeStack", s.stackMs], ["render the JSON report", s.reportMs]] as const) {
    say(`  ${what.padEnd(26)} ${col(ms)} ms ${col(((ms / total) * 100).toFixed(0), 4)}%`);
  }
  fs.writeFileSync(path.join(OUT, "end-to-end-last-run.txt"), lines.join("\n") + "\n");
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exit(2);
});
