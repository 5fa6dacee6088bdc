// Open packs must not outlive the tests that forgot to close them: a pack's process never keeps
// the test process alive (its handles are unref'd), Jest closes what a test file left open after
// the file's tests, and a process exit kills what is left. (Should the test process die, the
// orphan guard every pack runs with ends the pack within a second.)

/** Something to end: asynchronously in order, or at once while the process exits. */
export interface Closable {
  close(): Promise<void>;
  closeNow(): void;
}

const open = new Set<Closable>();

/** Tracks `c` until it is closed; ends it on exit. Returns the function that stops tracking it. */
export function track(c: Closable): () => void {
  open.add(c);
  const onExit = () => c.closeNow();
  // Under Jest `process` is the test file's copy, whose "exit" never fires: the afterAll below
  // and the orphan guard cover that case.
  process.on("exit", onExit);
  return () => {
    open.delete(c);
    process.off("exit", onExit);
  };
}

type Hook = (fn: () => Promise<void>) => void;
type JestGlobals = { afterAll?: Hook; expect?: { getState?: () => { currentTestName?: string } } };

/** Whether this module is loaded while Jest collects a test file: the one time a hook may be added. */
function collectingJestFile(): boolean {
  const jest = globalThis as JestGlobals;
  if (typeof jest.afterAll !== "function") return false;
  if (jest.expect?.getState?.().currentTestName !== undefined) return false;
  // jest-circus keeps its run state under a symbol of its own; once tests have started (a
  // beforeAll loading the kit), a hook is refused. Without that state, collection is assumed.
  const key = Object.getOwnPropertySymbols(globalThis).find((s) => s.description === "JEST_STATE_SYMBOL");
  const state = key ? ((globalThis as Record<symbol, unknown>)[key] as { hasStarted?: boolean } | undefined) : undefined;
  return state?.hasStarted !== true;
}

if (collectingJestFile()) {
  // Close what the test file leaves open, after its tests.
  (globalThis as JestGlobals).afterAll!(async () => {
    await Promise.all([...open].map((c) => c.close()));
  });
}
