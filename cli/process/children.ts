// Every child process rampart starts (policy packs, the program recorder) is registered here,
// so that no exit path, a signal included, leaves one running.
import type { ChildProcess } from "child_process";

const live = new Set<ChildProcess>();
let installed = false;

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

/**
 * Installs the handlers that end every child on exit and on SIGINT, SIGTERM and SIGHUP (the
 * check then ends with exit code 2: it could not run). Children also watch their parent
 * (orphan-guard.ts), which covers a SIGKILL of rampart itself.
 */
export function installChildCleanup(onSignal: (signal: NodeJS.Signals) => void = () => undefined): void {
  if (installed) return;
  installed = true;
  process.on("exit", killAllChildren);
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      killAllChildren();
      onSignal(signal);
      process.exit(2);
    });
  }
}
