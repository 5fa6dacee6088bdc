// Deadlines: no call to a pack and no program run waits for ever. One setting, `--timeout`,
// bounds every call and the program; AnalyzeStack, whose work grows with the stack, gets one
// timeout per 10,000 resources.
export const DEFAULT_TIMEOUT_SECONDS = 120;
const STACK_RESOURCES_PER_TIMEOUT = 10_000;

/** A pack's start (loading its code) is allowed at least this long, whatever `--timeout` says. */
const MIN_START_MS = 60_000;

export interface Deadlines {
  /** Any single call to a pack (GetAnalyzerInfo, Configure, Analyze, Remediate). */
  readonly callMs: number;
  /** A pack's start, until it reports its port. */
  readonly startMs: number;
  /** The program run in program mode. */
  readonly programMs: number;
}

export function deadlinesOf(seconds: number = DEFAULT_TIMEOUT_SECONDS): Deadlines {
  const ms = Math.round(seconds * 1000);
  return { callMs: ms, startMs: Math.max(ms, MIN_START_MS), programMs: ms };
}

export function stackCallMs(deadlines: Deadlines, resources: number): number {
  return deadlines.callMs * Math.max(1, Math.ceil(resources / STACK_RESOURCES_PER_TIMEOUT));
}

/** Parses `--timeout` (seconds, positive, at most a day). */
export function parseTimeout(text: string): number {
  const value = Number(text);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(text) || !Number.isFinite(value) || value <= 0 || value > 86_400) {
    throw new Error(`--timeout: "${text}" is not a number of seconds between 0 and 86400`);
  }
  return value;
}
