// Every child process rampart starts (policy packs, the program recorder) is registered here,
// so that no exit path, a signal included, leaves one running.
import type { ChildProcess } from "child_process";

const live = new Set<ChildProcess>();
let installed = false;
let interruptedBy: NodeJS.Signals | undefined;

/** The signal that interrupted the check, once one has: what fails after it is its consequence. */
export function interruption(): NodeJS.Signals | undefined {
  return interruptedBy;
}

/** Registers a child; it leaves the registry when it exits. */
export function trackChild(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once("exit", () => live.delete(child));
  return child;
}

/** Kills every child still running, at once (safe inside an "exit" handler: it is synchronous). */
export function killAllChildren(): void {
  for (const child of live) {
    try {
      child.kill("SIGKILL");
    } catch {
      // Already gone.
    }
  }
  live.clear();
}

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** What runs on an interrupt before the children are ended (Cancel to each pack, as the engine sends). */
const interruptHooks = new Set<() => Promise<void>>();
/** The longest an interrupt waits for its hooks: each bounds its own call, this bounds them all. */
const INTERRUPT_HOOKS_MS = 3_000;

/** Registers `hook` to run on SIGINT, SIGTERM or SIGHUP, before the children are ended; returns its removal. */
export function onInterrupt(hook: () => Promise<void>): () => void {
  interruptHooks.add(hook);
  return () => interruptHooks.delete(hook);
}

function runInterruptHooks(): Promise<void> {
  const all = Promise.allSettled([...interruptHooks].map((hook) => hook()));
  const bound = new Promise<void>((resolve) => setTimeout(resolve, INTERRUPT_HOOKS_MS));
  return Promise.race([all.then(() => undefined), bound]);
}

/**
 * Installs the handlers that end every child on exit and on SIGINT, SIGTERM and SIGHUP (the
 * check then ends with exit code 2: it could not run), after the interrupt hooks had their turn.
 * Children also watch their parent (orphan-guard.ts), which covers a SIGKILL of rampart itself.
 */
export function installChildCleanup(onSignal: (signal: NodeJS.Signals) => void = () => undefined): void {
  if (installed) return;
  installed = true;
  process.on("exit", killAllChildren);
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      interruptedBy = signal;
      onSignal(signal);
      void runInterruptHooks().finally(() => {
        killAllChildren();
        process.exit(2);
      });
    });
  }
}
