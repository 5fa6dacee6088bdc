// A process's peak resident memory (VmHWM, its own high-water mark), read from /proc on Linux.
import * as fs from "fs";

/** Kilobytes, or undefined where /proc is absent or the process has gone. */
export function peakRssKb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}
