// Nothing hangs: a policy that never returns, a program that never finishes, a pack that stops
// answering each end the check with exit 2 naming what hung, and no child process outlives it.
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { eventually, processesMatching } from "../helpers/processes";
import { FIXTURES, ROOT, rampart } from "./run-rampart";

const HANGING_PACK = path.join(FIXTURES, "hanging-pack");
const TEMPLATE = JSON.parse(fs.readFileSync(path.join(FIXTURES, "stuck-policy-export.json"), "utf8"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-hangs-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The fixture export with its STUCK bucket renamed (the hanging pack reacts to the name). */
function exportWith(stuckName: string): string {
  const file = path.join(tmp, `${stuckName}.json`);
  fs.writeFileSync(file, JSON.stringify(TEMPLATE).replace(/STUCK/g, stuckName));
  return file;
}

// The pack's own command line (rampart's also names the folder).
const PACK_PROCESS = `run-policy-pack 127.0.0.1:0 ${HANGING_PACK}`;
const recorderOf = (dir: string) => `program-process.js ${dir}`;
const noPackLeft = () => eventually(() => processesMatching(PACK_PROCESS).length === 0, 5000);

describe("a policy that never returns", () => {
  it.each([
    ["spin", "spins-forever", "blocks the pack's event loop"],
    ["wait", "waits-forever", "awaits a promise that never settles"],
  ])("on resource %s: exit 2 naming the pack, the resource and policy %s (%s)", async (name, policy) => {
    const started = Date.now();
    const r = rampart(["check", "--stack-export", exportWith(name), "--policy-pack", HANGING_PACK, "--timeout", "3"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`policy pack ${HANGING_PACK}`);
    expect(r.stderr).toContain(`Analyze of urn:pulumi:dev::stuck::aws:s3/bucket:Bucket::${name}`);
    expect(r.stderr).toContain(`policy ${policy} did not return within 3s (--timeout)`);
    // One timeout plus the diagnosis (a probe waits 10 s), not the default 120 s.
    expect(Date.now() - started).toBeLessThan(90_000);
    expect(await noPackLeft()).toBe(true);
  });

  it("in a stack policy: exit 2 naming AnalyzeStack and the policy", async () => {
    const r = rampart(["check", "--stack-export", exportWith("spin-stack"), "--policy-pack", HANGING_PACK, "--timeout", "3"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("AnalyzeStack failed: policy stack-spins-forever did not return within 3s");
    expect(await noPackLeft()).toBe(true);
  });

  it("well-behaved resources around it still pass under the same pack", () => {
    const r = rampart(["check", "--stack-export", exportWith("calm"), "--policy-pack", HANGING_PACK, "--timeout", "30"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});

describe("a program that never finishes", () => {
  it("is stopped at the deadline: exit 2 naming the program", async () => {
    const dir = path.join(FIXTURES, "hanging-program");
    const r = rampart(["check", dir, "--timeout", "6"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir}: the program did not finish within 6s (--timeout); it was stopped`);
    expect(await eventually(() => processesMatching(recorderOf(dir)).length === 0, 5000)).toBe(true);
  });

  it("that deadlocks (nothing left to settle its promise) is told apart at once", () => {
    const r = rampart(["check", path.join(FIXTURES, "stalled-program"), "--timeout", "60"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the program never finished: it awaits a promise that nothing is left to settle");
  });

  it("that leaves a rejection unhandled fails with the cause: exit 2, not 1, and no report", () => {
    const r = rampart(["check", path.join(FIXTURES, "rejecting-program"), "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("the program left a promise rejection unhandled: Error: lookup of the AMI failed: canary-rejection-cause");
  });
});

describe("--timeout", () => {
  it.each(["0", "-1", "soon", "1e9"])("refuses %s", (value) => {
    const r = rampart(["check", "--stack-export", exportWith("calm"), "--timeout", value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--timeout");
  });
});

describe("no child process outlives rampart", () => {
  const start = (args: string[]) => spawn(process.execPath, [path.join(ROOT, "bin", "rampart.js"), ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const exitOf = (child: ReturnType<typeof start>) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
      let stderr = "";
      child.stderr!.on("data", (d) => (stderr += d));
      child.once("exit", (code, signal) => resolve({ code, signal, stderr }));
    });

  it.each(["SIGTERM", "SIGINT", "SIGHUP"] as const)("on %s, the pack is ended and the check exits 2", async (signal) => {
    const child = start(["check", "--stack-export", exportWith("spin"), "--policy-pack", HANGING_PACK, "--timeout", "120"]);
    const exited = exitOf(child);
    expect(await eventually(() => processesMatching(PACK_PROCESS).length > 0, 30_000)).toBe(true);
    child.kill(signal);
    const { code, stderr } = await exited;
    expect(code).toBe(2);
    expect(stderr).toContain(`interrupted by ${signal}`);
    expect(await noPackLeft()).toBe(true);
  });

  it("on SIGKILL of rampart itself, the pack notices and ends", async () => {
    const child = start(["check", "--stack-export", exportWith("wait"), "--policy-pack", HANGING_PACK, "--timeout", "120"]);
    const exited = exitOf(child);
    expect(await eventually(() => processesMatching(PACK_PROCESS).length > 0, 30_000)).toBe(true);
    child.kill("SIGKILL");
    expect((await exited).signal).toBe("SIGKILL");
    expect(await noPackLeft()).toBe(true);
  });

  it("on SIGKILL of rampart itself, the program recorder notices and ends", async () => {
    const dir = path.join(FIXTURES, "hanging-program");
    const child = start(["check", dir, "--timeout", "120"]);
    const exited = exitOf(child);
    expect(await eventually(() => processesMatching(recorderOf(dir)).length > 0, 30_000)).toBe(true);
    child.kill("SIGKILL");
    await exited;
    expect(await eventually(() => processesMatching(recorderOf(dir)).length === 0, 5000)).toBe(true);
  });
});

describe("a pack that dies mid-run", () => {
  it("is exit 2 naming the pack, the requests in flight, its exit code and the end of its stderr", async () => {
    const pack = path.join(FIXTURES, "dying-pack");
    const r = rampart(["check", "--stack-export", exportWith("die"), "--policy-pack", pack]);
    expect(r.code).toBe(2);
    // Every request in flight fails at once; however many there were, the one that killed it is named.
    expect(r.stderr).toContain(`policy pack ${pack}: Analyze`);
    expect(r.stderr).toMatch(/failed: the pack process ended \(exit code 3\) while/);
    expect(r.stderr).toContain("urn:pulumi:dev::stuck::aws:s3/bucket:Bucket::die");
    expect(r.stderr).toContain("the pack's stderr ended with:\ndying-pack: out of patience on resource die");
    expect(r.stderr).not.toMatch(/Connection dropped/);
  });
});
