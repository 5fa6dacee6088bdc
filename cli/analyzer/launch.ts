// Starts a policy pack exactly as the Pulumi engine does: `node run-policy-pack <engine> <dir>`
// in the pack's folder, reading the gRPC port from the first line of its stdout.
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { trackChild } from "../process/children";
import { guardedEnv, orphanGuardScript } from "../process/scripts";
import { runPolicyPackScript } from "./pulumi-modules";

export class PackStartError extends Error {
  constructor(readonly packDir: string, message: string) {
    super(`policy pack ${packDir}: ${message}`);
    this.name = "PackStartError";
  }
}

export interface LaunchedPack {
  dir: string;
  port: number;
  process: ChildProcess;
  /** The end of what the pack wrote to stderr (for error reports). */
  stderr(): string;
  /** How the process ended ("exit code 3", "signal SIGKILL"), or undefined while it runs. */
  exitDescription(): string | undefined;
  stop(): Promise<void>;
}

const DEFAULT_START_TIMEOUT_MS = 60_000;
/** Only the end of a pack's stderr is kept: enough for an error report, bounded for a chatty pack. */
const STDERR_KEPT = 64 * 1024;

export function checkPackDir(dir: string): void {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new PackStartError(dir, "not a folder");
  if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) throw new PackStartError(dir, "no PulumiPolicy.yaml in the folder: not a policy pack");
  if (!fs.existsSync(path.join(dir, "package.json"))) throw new PackStartError(dir, "no package.json: a Node.js policy pack needs one with a version");
}

/** Starts the pack in `packDir`; `env` is the pack process's environment (default: this process's). */
export function launchPack(packDir: string, engineAddress = "127.0.0.1:0", startTimeoutMs = DEFAULT_START_TIMEOUT_MS, env: NodeJS.ProcessEnv = process.env): Promise<LaunchedPack> {
  // The engine runs the pack with its folder as working directory; the path it passes must still resolve.
  const dir = path.resolve(packDir);
  checkPackDir(dir);
  // RAMPART_PACK_NODE_ARGS passes flags to the pack's node (e.g. --cpu-prof when profiling a pack).
  const nodeArgs = (process.env.RAMPART_PACK_NODE_ARGS ?? "").split(" ").filter(Boolean);
  // The orphan guard ends the pack if rampart dies; it changes nothing else about the pack.
  const child = trackChild(
    spawn(process.execPath, ["--require", orphanGuardScript(), ...nodeArgs, runPolicyPackScript(dir), engineAddress, dir], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      env: guardedEnv({ ...env, PULUMI_RAMPART_CHECK: "1" }),
    }),
  );
  let stderr = "";
  let stdout = "";
  child.stderr!.on("data", (d: Buffer) => {
    stderr += d.toString();
    if (stderr.length > 2 * STDERR_KEPT) stderr = stderr.slice(-STDERR_KEPT);
  });
  const exitDescription = () => {
    if (child.signalCode) return `signal ${child.signalCode}`;
    return child.exitCode !== null ? `exit code ${child.exitCode}` : undefined;
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 3000).unref();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new PackStartError(dir, `did not report a port within ${startTimeoutMs / 1000}s\n${stderr}`));
    }, startTimeoutMs);
    const onData = (d: Buffer) => {
      stdout += d.toString();
      const nl = stdout.indexOf("\n");
      if (nl < 0) return;
      child.stdout!.off("data", onData);
      // Keep draining stdout so a chatty pack never blocks on a full pipe.
      child.stdout!.resume();
      clearTimeout(timer);
      const port = Number(stdout.slice(0, nl).trim());
      if (!Number.isInteger(port) || port <= 0) {
        void stop();
        reject(new PackStartError(dir, `printed "${stdout.slice(0, nl).trim()}" instead of a port\n${stderr}`));
        return;
      }
      resolve({ dir, port, process: child, stderr: () => stderr.slice(-STDERR_KEPT), exitDescription, stop });
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new PackStartError(dir, `exited (${signal ?? `code ${code}`}) before it was ready:\n${stderr.trim() || stdout.trim()}`));
    });
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(new PackStartError(dir, `could not start: ${e.message}`));
    });
  });
}
