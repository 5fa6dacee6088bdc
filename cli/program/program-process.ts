// The child process that records a program (forked by run-program.ts). A program runs here, not
// in rampart's own process, so that a program that never finishes can be stopped, a rejection it
// leaves unhandled is reported as its failure, and its console output never mixes with a report.
import { InputError } from "../inputs/input-error";
import { recordProgram } from "./record-program";
import type { ProgramMessage, ProgramOptions } from "./run-program";

function send(message: ProgramMessage): void {
  process.send!(message, () => process.exit(message.ok ? 0 : 2));
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return reason.stack ?? reason.message;
  try {
    return typeof reason === "string" ? reason : JSON.stringify(reason) ?? String(reason);
  } catch {
    return String(reason);
  }
}

let settled = false;
function fail(file: string, field: string, cause: string): void {
  if (settled) return;
  settled = true;
  send({ ok: false, file, field, cause });
}

const [dir, optionsJson] = process.argv.slice(2);
const options = JSON.parse(optionsJson) as ProgramOptions;

process.on("unhandledRejection", (reason) => fail(dir, "", `the program left a promise rejection unhandled: ${describe(reason)}`));
process.on("uncaughtException", (error) => fail(dir, "", `the program threw outside any promise: ${describe(error)}`));

// A program whose event loop empties while it still waits has deadlocked: it awaits a promise that
// nothing is left to settle (a running timer or socket would keep it alive until the deadline).
process.on("beforeExit", () => fail(dir, "", "the program never finished: it awaits a promise that nothing is left to settle"));

/** Node reports a rejection left unhandled only after the microtasks of its turn: let it. */
const afterPendingRejections = () => new Promise<void>((resolve) => setTimeout(() => setImmediate(resolve), 0));

recordProgram(dir, options).then(
  async (input) => {
    await afterPendingRejections();
    if (settled) return;
    settled = true;
    send({ ok: true, input });
  },
  (e) => (e instanceof InputError ? fail(e.file, e.field, e.cause_) : fail(dir, "", describe(e))),
);
