// Peak resident memory of a process tree, sampled from /proc while it runs (Linux): the checker
// and the packs it starts, each process's VmHWM (its own high-water mark) at the last sample.
import * as fs from "fs";
import { peakRssKb } from "../cli/process/peak-rss";

function readProc(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function childrenOf(pid: number): number[] {
  const tasks = fs.existsSync(`/proc/${pid}/task`) ? fs.readdirSync(`/proc/${pid}/task`) : [];
  return tasks.flatMap((t) => (readProc(`/proc/${pid}/task/${t}/children`) ?? "").split(/\s+/).filter(Boolean).map(Number));
}

export interface TreeMemory {
  rootKb: number;
  /** The largest high-water mark among the root's descendants (the pack). */
  childKb: number;
  stop(): void;
}

/** Samples `pid` and its descendants every `everyMs` until stop(). */
export function sampleTree(pid: number, everyMs = 100): TreeMemory {
  const seen = new Map<number, number>();
  const sample = () => {
    const queue = [pid];
    while (queue.length) {
      const p = queue.pop()!;
      const kb = peakRssKb(p);
      if (kb !== undefined) seen.set(p, Math.max(seen.get(p) ?? 0, kb));
      queue.push(...childrenOf(p));
    }
  };
  const timer = setInterval(sample, everyMs);
  sample();
  const memory: TreeMemory = {
    rootKb: 0,
    childKb: 0,
    stop() {
      clearInterval(timer);
      memory.rootKb = seen.get(pid) ?? 0;
      memory.childKb = Math.max(0, ...[...seen].filter(([p]) => p !== pid).map(([, kb]) => kb));
    },
  };
  return memory;
}
