// A scratch copy of what a PAM change touches (/etc, pam-auth-update's profiles and records,
// debconf, /run), seen at the real paths only inside a private mount namespace (unshare -m):
// scripts run there with the system's real pam-auth-update, PAM modules and pamtester, and the
// machine's own /etc/pam.d is never touched. Needs root (mount), as installing the tools did.
import * as fs from "fs";
import * as path from "path";
import { RunResult, run, tempDir } from "./tools";

// real path -> folder name inside the scratch root
const BOUND: [string, string][] = [
  ["/etc", "etc"],
  ["/usr/share/pam-configs", "pam-configs"],
  ["/var/lib/pam", "var-lib-pam"],
  ["/var/cache/debconf", "debconf"],
  ["/run", "run"],
];

/** Whether `unshare -m` and bind mounts work here (root, and not forbidden by a container). */
export function mountNamespacesWork(unshare: string): boolean {
  const dir = tempDir();
  return run(unshare, ["-m", "sh", "-c", `mount --bind '${dir}' '${dir}'`]).status === 0;
}

export class ScratchRoot {
  readonly dir = tempDir();
  private readonly bound: [string, string][];

  /** `empty`: more real folders (such as /var/log, /home) to cover with an empty scratch folder. */
  constructor(
    private readonly unshare: string,
    private readonly empty: string[] = [],
  ) {
    this.bound = [...BOUND, ...empty.map((real): [string, string] => [real, `empty${real.replace(/\//g, "-")}`])];
    for (const [real, name] of this.bound) {
      const target = path.join(this.dir, name);
      if (real === "/run" || this.empty.includes(real)) fs.mkdirSync(target);
      else if (fs.existsSync(real)) {
        // cp -a keeps owners and modes (/etc/shadow is root:shadow 0640), which PAM's helpers check.
        const copy = run("cp", ["-a", real, target]);
        if (copy.status !== 0) throw new Error(`cannot copy ${real} into the scratch root: ${copy.stderr}`);
      } else fs.mkdirSync(target, { recursive: true });
    }
  }

  /** Where the scratch copy of a real path lives on this machine. */
  path(real: string): string {
    for (const [prefix, name] of this.bound) {
      if (real === prefix || real.startsWith(`${prefix}/`)) return path.join(this.dir, name, real.slice(prefix.length));
    }
    throw new Error(`${real} is not inside the scratch root (${this.bound.map(([p]) => p).join(", ")})`);
  }

  read(real: string): string {
    return fs.readFileSync(this.path(real), "utf8");
  }

  write(real: string, content: string, mode = 0o644): void {
    const file = this.path(real);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content, { mode });
    fs.chmodSync(file, mode);
  }

  /** Runs a sh script with the scratch copies mounted over the real paths. */
  run(script: string, env: NodeJS.ProcessEnv = process.env): RunResult {
    const mounts = this.bound.map(([real, name]) => `mount --bind '${path.join(this.dir, name)}' '${real}' || exit 99`).join("\n");
    return run(this.unshare, ["-m", "--propagation", "private", "sh", "-c", `${mounts}\n${script}`], { env });
  }
}
