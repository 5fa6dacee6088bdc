// Runs the real `rampart` command (the compiled CLI, as users run it) and captures the result.
import { spawnSync } from "child_process";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
// Real Pulumi CLI output (copied from the project's shared samples, so the repository stands alone).
export const SAMPLES = path.join(ROOT, "test", "fixtures", "samples");
export const FIXTURES = path.join(ROOT, "test", "fixtures", "checker");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function rampart(args: string[], env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "rampart.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, RAMPART_TODAY: "2026-11-23", ...env },
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a check with --format json and returns the parsed report. */
export function checkJson(args: string[], env: Record<string, string> = {}): { code: number; report: any; stderr: string } {
  const r = rampart(["check", ...args, "--format", "json"], env);
  let report: unknown;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`no JSON report (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, report, stderr: r.stderr };
}
