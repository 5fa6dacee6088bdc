// Real tools the OS baseline tests run. In CI (CI=true) they are required: a missing tool fails
// the suite, and .ci/install-os-tools.sh installs them (Debian: cloud-init, openssh-server, procps, sudo, kmod).
// Elsewhere a missing tool says so plainly and its tests are skipped: they did not run.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const SEARCH_PATH = [...(process.env.PATH ?? "").split(":"), "/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/bin", "/bin"];

/** Absolute path of a tool, or an error that says what to install. */
export function requireTool(name: string, debianPackage: string): string {
  const candidates = name.startsWith("/") ? [name] : SEARCH_PATH.filter(Boolean).map((dir) => path.join(dir, name));
  for (const candidate of candidates) {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // try the next folder
    }
  }
  throw new Error(
    `${name} is required by test/os (rendered configuration is checked with the real tool) but was not found. ` +
      `Install it with .ci/install-os-tools.sh (Debian package: ${debianPackage}).`,
  );
}

function findTool(name: string): string | undefined {
  try {
    return requireTool(name, "");
  } catch {
    return undefined;
  }
}

const INSTALL = "sudo bash .ci/install-os-tools.sh";

/** Keeps the notice for test/helpers/not-run-reporter.js, which repeats it after jest's summary. */
function recordNotRun(file: string, notice: string): void {
  const dir = process.env.RAMPART_NOT_RUN_DIR;
  if (!dir || !fs.existsSync(dir)) return;
  fs.writeFileSync(path.join(dir, `${file.replace(/[^A-Za-z0-9._-]/g, "_")}.txt`), `${notice}\n`);
}

/**
 * The tools a test file needs, and the `describe` to declare its tests with: jest's own when every
 * tool is present (or in CI, where a missing one throws), otherwise `describe.skip` after a notice.
 */
export function osTools<K extends string>(needs: Record<K, [name: string, debianPackage: string]>): { path: Record<K, string>; describe: jest.Describe } {
  const found = {} as Record<K, string>;
  const missing: string[] = [];
  for (const key of Object.keys(needs) as K[]) {
    const [name, debianPackage] = needs[key];
    const tool = process.env.CI === "true" ? requireTool(name, debianPackage) : findTool(name);
    if (tool) found[key] = tool;
    else {
      found[key] = name;
      missing.push(`${name} (Debian package ${debianPackage})`);
    }
  }
  if (missing.length === 0) return { path: found, describe };
  const file = path.relative(process.cwd(), expect.getState().testPath ?? "test/os");
  const notice = `NOT RUN: ${file} needs ${missing.join(", ")}, which this machine lacks, so its tests were skipped. Install them with \`${INSTALL}\` (CI=true makes them required).`;
  console.warn(notice);
  recordNotRun(file, notice);
  return { path: found, describe: describe.skip };
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): RunResult {
  const result = spawnSync(command, args, { encoding: "utf8", env: options.env ?? process.env, input: options.input });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const created: string[] = [];

/** A fresh temporary folder, removed after the test file ends. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-os-"));
  created.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A throwaway ed25519 host key: sshd -t refuses to check a configuration without one. */
export function hostKey(dir: string): string {
  const keygen = requireTool("ssh-keygen", "openssh-client");
  const file = path.join(dir, "ssh_host_ed25519_key");
  const result = run(keygen, ["-q", "-t", "ed25519", "-N", "", "-f", file]);
  if (result.status !== 0) throw new Error(`ssh-keygen failed: ${result.stderr}`);
  return file;
}

/**
 * sshd -t insists on its privilege-separation folder, which Debian creates only when the service
 * starts (and services are not started in CI). Creating it needs root, as installing the tools did.
 */
export function ensureSshPrivsepDir(): void {
  try {
    fs.mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
  } catch (error) {
    throw new Error(`sshd -t needs /run/sshd and it could not be created (${(error as Error).message}); run the tests as root or create it first`);
  }
}

/** The OpenSSH version of a real sshd ("9.2"), from `sshd -V`. */
export function sshdVersion(sshd: string): string {
  const result = run(sshd, ["-V"]);
  const m = /OpenSSH_(\d+\.\d+)/.exec(result.stderr + result.stdout);
  if (!m) throw new Error(`cannot tell the OpenSSH version of ${sshd}: ${result.stderr}`);
  return m[1];
}
