// Program mode: records a Pulumi program in a child process of its own (program-process.ts) and
// waits for it within the deadline. The child's output goes to stderr, so reports stay clean.
import { fork } from "child_process";
import * as path from "path";
import { InputError } from "../inputs/input-error";
import type { CheckInput } from "../inputs/resource";
import { trackChild } from "../process/children";
import { DEFAULT_TIMEOUT_SECONDS } from "../process/deadline";
import { lastLines } from "../process/output-tail";
import { compiledScript, guardedEnv, orphanGuardScript } from "../process/scripts";

export interface ProgramOptions {
  stack: string;
  preview: boolean;
  /** What `pulumi.getOrganization()` answers in the program. */
  organization?: string;
  /** How long the program may run (default `--timeout`'s). */
  timeoutMs?: number;
}

/** What the recorder sends back: the recording, or why it failed. */
export type ProgramMessage = { ok: true; input: CheckInput } | { ok: false; file: string; field: string; cause: string };

export function runProgram(dir: string, options: ProgramOptions): Promise<CheckInput> {
  const programDir = path.resolve(dir);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000;
  const child = trackChild(
    fork(compiledScript(__dirname, "program-process.js"), [programDir, JSON.stringify({ stack: options.stack, preview: options.preview, organization: options.organization })], {
      execArgv: ["--require", orphanGuardScript()],
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      serialization: "advanced",
      env: guardedEnv(),
    }),
  );
  let output = "";
  const forward = (d: Buffer) => {
    process.stderr.write(d);
    output = (output + d.toString()).slice(-16 * 1024);
  };
  child.stdout!.on("data", forward);
  child.stderr!.on("data", forward);
  return new Promise<CheckInput>((resolve, reject) => {
    let message: ProgramMessage | undefined;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new InputError(programDir, "", `the program did not finish within ${timeoutMs / 1000}s (--timeout); it was stopped`));
    }, timeoutMs);
    child.on("message", (m: ProgramMessage) => {
      message ??= m;
    });
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(new InputError(programDir, "", `could not start the program recorder: ${e.message}`));
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (message?.ok) return resolve(message.input);
      if (message) return reject(new InputError(message.file, message.field, message.cause));
      const tail = lastLines(output);
      reject(new InputError(programDir, "", `the program recorder ended (${signal ? `signal ${signal}` : `exit code ${code}`}) without a result${tail ? `:\n${tail}` : ""}`));
    });
  });
}
