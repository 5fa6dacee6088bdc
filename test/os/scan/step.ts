// One bounded step of the scan: a child process in its own process group, its output in a log
// file, killed with its whole group when it outlives its timeout. A failure names the step and
// ends with the tail of its log, so a red CI run says what broke without digging.
import { spawn } from "child_process";
import * as fs from "fs";

export interface StepOptions {
  /** What the step does, as a failure message should name it ("debootstrap bookworm"). */
  name: string;
  timeoutMs: number;
  /** stdout and stderr of the child, appended. */
  log: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Exit statuses that count as success (default: 0 only). */
  okStatuses?: number[];
}

export class StepError extends Error {}

const TAIL_LINES = 40;

export function logTail(file: string, lines = TAIL_LINES): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Runs command, resolving with its exit status; rejects (StepError) on a timeout or a status not in okStatuses. */
export function runStep(command: string, args: string[], options: StepOptions): Promise<number> {
  const out = fs.openSync(options.log, "a");
  fs.writeSync(out, `\n$ ${command} ${args.join(" ")}\n`);
  return new Promise<number>((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", out, out], env: options.env ?? process.env, cwd: options.cwd });
    fs.closeSync(out);
    let timedOut = false;
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    // The step must not outlive this process either (Ctrl-C, a jest timeout).
    process.once("exit", killGroup);
    const fail = (why: string) => new StepError(`${options.name} ${why} (log ${options.log}):\n${logTail(options.log)}`);
    child.on("error", (error) => {
      clearTimeout(timer);
      process.removeListener("exit", killGroup);
      reject(fail(`could not start: ${error.message}`));
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      process.removeListener("exit", killGroup);
      // Children that left the group (daemons) would still be alive: the group is killed regardless.
      killGroup();
      if (timedOut) reject(fail(`timed out after ${Math.round(options.timeoutMs / 1000)}s and was killed`));
      else if (status === null) reject(fail(`was killed by ${signal}`));
      else if (!(options.okStatuses ?? [0]).includes(status)) reject(fail(`exited with status ${status}`));
      else resolve(status);
    });
  });
}
