// Preloaded (`node --require`) into every child rampart starts. A watcher thread ends the child
// when its parent is gone (even after a SIGKILL of rampart, which no handler sees), and it does
// so even while the child's own event loop is blocked by a policy that never returns.
import { Worker, isMainThread } from "worker_threads";
import { PARENT_PID_VARIABLE } from "./scripts";

const WATCH = `
const { workerData: parent } = require("worker_threads");
const watch = () => {
  if (process.ppid !== parent) process.kill(process.pid, "SIGKILL");
};
watch();
setInterval(watch, 250);
`;

// Workers inherit --require: only the main thread starts the watcher, and the watcher preloads nothing.
const parent = Number(process.env[PARENT_PID_VARIABLE] ?? process.ppid);
if (isMainThread) new Worker(WATCH, { eval: true, execArgv: [], workerData: parent }).unref();
