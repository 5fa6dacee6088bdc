// Runs one pack over one input through the real protocol and returns what the bench reports.
import { AnalyzerClient } from "../cli/analyzer/client";
import { launchPack } from "../cli/analyzer/launch";
import { PackRun, runPack } from "../cli/analyzer/run-pack";
import type { CheckInput } from "../cli/inputs/resource";

export interface Measurement {
  startupMs: number;
  analyzeMs: number;
  stackMs: number;
  /** Analyze + AnalyzeStack: the per-stack cost, start-up excluded. */
  analysisMs: number;
  peakRssMb: number;
  findings: number;
}

export async function measure(packDir: string, input: CheckInput): Promise<Measurement> {
  const run: PackRun = await runPack(packDir, input, { concurrency: 16 });
  const { startupMs, analyzeMs, stackMs } = run.timings;
  return { startupMs, analyzeMs, stackMs, analysisMs: analyzeMs + stackMs, peakRssMb: (run.peakRssKb ?? 0) / 1024, findings: run.findings.length };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds from spawning a pack to its GetAnalyzerInfo answer, as the engine waits for it. */
export async function measureStartup(packDir: string): Promise<number> {
  const t0 = performance.now();
  const pack = await launchPack(packDir);
  const client = new AnalyzerClient(pack.port);
  try {
    await client.getAnalyzerInfo();
    return performance.now() - t0;
  } finally {
    client.close();
    await pack.stop();
  }
}
